import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// One catalog model: name, size, the memory it needs per precision and whether it fits
// this computer, and its download (progress, speed, time left, pause, resume, cancel).
// The description shows only where it differs from its series' one above it.
Rectangle {
    id: entry
    objectName: "catalogEntry_" + catalogId
    required property int index
    required property string catalogId
    required property string name
    required property string family
    required property real sizeBytes
    required property string description
    required property real ramFp32
    required property real ramBf16
    required property real ramInt8
    required property string bestPrecision
    required property bool installed
    required property string downloadState
    required property real received
    required property real total
    required property real speed
    required property real secondsLeft
    required property string message
    required property bool recommended
    required property var attempt
    required property bool isNew
    required property string sha256
    // Estimated on this computer at the model's default precision; 0 until the read test is done.
    required property real tokensPerSecond
    required property string estimatePrecision
    property var formatter
    property string seriesDescription
    readonly property bool active: downloadState !== "" && downloadState !== "failed"
    // The countdown to the next try while a transfer waits to retry.
    property real now: Date.now()
    readonly property int secondsToRetry: downloadState === "connecting" && attempt && attempt.retryAt > 0
                                          ? Math.max(0, Math.ceil((attempt.retryAt - now) / 1000)) : -1
    Timer {
        interval: 250
        repeat: true
        triggeredOnStart: true
        running: entry.downloadState === "connecting" && !!entry.attempt && entry.attempt.retryAt > 0
        onTriggered: entry.now = Date.now()
    }
    implicitHeight: entryColumn.implicitHeight + 16
    radius: Theme.radius
    color: recommended ? Theme.userBubble : Theme.window
    border.color: Theme.border
    Accessible.name: name

    // Received of total, speed, time left, and the address when it is not the first.
    function transferText() {
        const parts = [entry.total > 0 ? qsTr("%1 of %2").arg(formatter.formatBytes(entry.received)).arg(formatter.formatBytes(entry.total))
                                       : formatter.formatBytes(entry.received)]
        parts.push(entry.speed > 0 ? qsTr("%1/s").arg(formatter.formatBytes(entry.speed)) : qsTr("measuring speed…"))
        if (entry.secondsLeft >= 0)
            parts.push(formatter.formatTime(entry.secondsLeft))
        if (entry.attempt && entry.attempt.mirror > 0)
            parts.push(qsTr("from %1").arg(entry.attempt.host))
        return parts.join(" · ")
    }
    // Which address is tried, which try it is, and the countdown to the next one after
    // a failure (with the failure's reason above it).
    function attemptText() {
        const a = entry.attempt
        if (!a || !a.host)
            return qsTr("Connecting…")
        const where = a.mirrors > 1 ? qsTr("%1 (address %2 of %3)").arg(a.host).arg(a.mirror + 1).arg(a.mirrors) : a.host
        const trying = entry.secondsToRetry >= 0
              ? qsTr("Trying %1 again in %2 s (attempt %3 of %4)").arg(where).arg(entry.secondsToRetry).arg(a.attempt).arg(a.maxAttempts)
              : qsTr("Connecting to %1 (attempt %2 of %3)…").arg(where).arg(a.attempt).arg(a.maxAttempts)
        return a.lastError !== "" ? a.lastError + "\n" + trying : trying
    }

    ColumnLayout {
        id: entryColumn
        x: 10
        y: 8
        width: parent.width - 20
        spacing: 3
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "catalogName"
                text: entry.name
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
                // The layout gives whole pixels: a width rounded down from a fractional
                // text width would elide a name that fits.
                Layout.maximumWidth: Math.ceil(implicitWidth)
            }
            Label {
                text: qsTr("Recommended")
                visible: entry.recommended
                color: Theme.accent
                font.bold: true
            }
            Label {
                objectName: "new_" + entry.catalogId
                // Found by "Check for new models".
                text: qsTr("New")
                visible: entry.isNew
                color: Theme.accent
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Label {
                text: entry.formatter.formatBytes(entry.sizeBytes)
                color: Theme.mutedText
                ToolTip.visible: sizeHover.hovered && entry.sha256 !== ""
                ToolTip.text: qsTr("%1 bytes · SHA-256 %2").arg(entry.sizeBytes).arg(entry.sha256)
                HoverHandler { id: sizeHover }
            }
            Button {
                objectName: "download_" + entry.catalogId
                visible: !entry.installed && entry.downloadState === ""
                text: qsTr("Download")
                icon.source: "qrc:/Linnet/icons/download.svg"
                icon.color: Theme.text
                Accessible.name: qsTr("Download %1").arg(entry.name)
                onClicked: {
                    const error = App.models.download(entry.catalogId)
                    if (error !== "")
                        App.showNotice(error)
                }
            }
            Label {
                visible: entry.installed
                text: qsTr("Installed")
                color: Theme.mutedText
            }
        }
        Label {
            Layout.fillWidth: true
            visible: entry.description !== entry.seriesDescription
            text: entry.description
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 11
            color: entry.bestPrecision === "" ? Theme.danger : Theme.mutedText
            text: qsTr("memory: fp32 %1, bf16 %2, int8 %3 · %4")
                  .arg(entry.formatter.formatMib(entry.ramFp32)).arg(entry.formatter.formatMib(entry.ramBf16))
                  .arg(entry.formatter.formatMib(entry.ramInt8))
                  .arg(entry.bestPrecision === "" ? qsTr("too large for this computer")
                                                  : qsTr("fits this computer in %1").arg(entry.formatter.precisionName(entry.bestPrecision)))
        }
        Label {
            objectName: "estimate_" + entry.catalogId
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 11
            color: Theme.mutedText
            text: entry.tokensPerSecond > 0
                  ? qsTr("about %1 tokens/s on this computer in %2")
                    .arg(entry.tokensPerSecond.toFixed(entry.tokensPerSecond < 10 ? 1 : 0))
                    .arg(entry.formatter.precisionName(entry.estimatePrecision))
                  : qsTr("measuring this computer's speed…")
        }
        // A transfer in progress, paused or failed.
        RowLayout {
            Layout.fillWidth: true
            visible: entry.downloadState !== ""
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: entry.total > 0 ? entry.total : 1
                value: entry.received
                indeterminate: entry.total <= 0 && entry.active && entry.downloadState !== "paused"
                Accessible.name: qsTr("Download progress of %1").arg(entry.name)
            }
            Label {
                objectName: "downloadStatus"
                color: entry.downloadState === "failed" ? Theme.danger : Theme.mutedText
                font.pixelSize: 11
                wrapMode: Text.Wrap
                Layout.maximumWidth: entryColumn.width * 0.6
                text: entry.downloadState === "downloading" ? entry.transferText()
                      : entry.downloadState === "connecting" ? entry.attemptText()
                      : entry.downloadState === "paused" ? qsTr("Paused at %1").arg(entry.formatter.formatBytes(entry.received))
                      : entry.downloadState === "failed" ? entry.message
                      : entry.downloadState === "queued" ? qsTr("Waiting…")
                      : entry.downloadState === "verifying" ? qsTr("Checking the file…")
                      : entry.downloadState === "hashing" ? qsTr("Checking the part already downloaded…")
                      : qsTr("Connecting…")
            }
            IconButton {
                visible: entry.active && entry.downloadState !== "paused"
                iconName: "pause"
                tip: qsTr("Pause")
                onClicked: App.models.pause(entry.catalogId)
            }
            IconButton {
                visible: entry.downloadState === "paused" || entry.downloadState === "failed"
                iconName: entry.downloadState === "paused" ? "play" : "refresh"
                tip: entry.downloadState === "paused" ? qsTr("Resume") : qsTr("Try again")
                onClicked: App.models.resume(entry.catalogId)
            }
            IconButton {
                objectName: "cancelDownload"
                iconName: "close"
                tip: qsTr("Cancel and delete the partial file")
                onClicked: App.models.cancel(entry.catalogId)
            }
        }
    }
}
