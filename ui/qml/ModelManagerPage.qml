import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Linnet

// Models: the installed ones (use, remove, disk use), importing a file, and the catalog
// of official RWKV models with their size, the memory they need per precision, whether
// they fit this computer, and downloads with progress, pause, resume and cancel.
Popup {
    id: page
    modal: true
    dim: true
    padding: 0
    width: parent ? parent.width * 0.9 : 1000
    height: parent ? parent.height * 0.9 : 700
    anchors.centerIn: Overlay.overlay
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    function formatBytes(bytes) {
        if (bytes <= 0)
            return qsTr("0 MB")
        if (bytes >= 1073741824)
            return qsTr("%1 GB").arg((bytes / 1073741824).toFixed(1))
        return qsTr("%1 MB").arg(Math.round(bytes / 1048576))
    }
    function formatMib(mib) { return formatBytes(mib * 1048576) }
    function formatTime(seconds) {
        if (seconds < 0)
            return ""
        if (seconds >= 3600)
            return qsTr("%1 h %2 min left").arg(Math.floor(seconds / 3600)).arg(Math.floor(seconds % 3600 / 60))
        if (seconds >= 60)
            return qsTr("%1 min left").arg(Math.ceil(seconds / 60))
        return qsTr("%1 s left").arg(seconds)
    }
    function precisionName(p) {
        return p === "fp32" ? qsTr("full precision (fp32)") : p === "bf16" ? qsTr("half precision (bf16)")
             : p === "int8" ? qsTr("8-bit (int8)") : ""
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Models")
                font.pixelSize: 20
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                leftPadding: 12
                color: Theme.mutedText
                elide: Text.ElideRight
                text: qsTr("This computer has %1 GB of memory · models use %2 in %3")
                      .arg(App.models.totalMemoryGb.toFixed(1)).arg(page.formatBytes(App.models.diskUsage)).arg(App.models.modelsDir)
            }
            CheckBox {
                id: copyBox
                checked: true
                text: qsTr("Copy into the models folder")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("On: Linnet keeps its own copy. Off: the file stays where it is and is used from there.")
            }
            Button {
                objectName: "importButton"
                text: qsTr("Import a file…")
                icon.source: "qrc:/Linnet/icons/plus.svg"
                icon.color: Theme.text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add a model file you already have (.pth, .safetensors, .st or rwkv.cpp .bin)")
                onClicked: importDialog.open()
            }
            IconButton {
                iconName: "close"
                tip: qsTr("Close")
                onClicked: page.close()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: App.firstRun && App.models.installed.count === 0 && App.models.recommendedName !== ""
            color: Theme.userBubble
            radius: Theme.radius
            implicitHeight: welcome.implicitHeight + 20
            Label {
                id: welcome
                anchors.fill: parent
                anchors.margins: 10
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("Welcome! Linnet needs a model to chat. For this computer we suggest <b>%1</b>, marked below: download it, or import a file you already have.")
                      .arg(App.models.recommendedName)
            }
        }

        Label {
            text: qsTr("Installed")
            font.bold: true
            color: Theme.text
            visible: App.models.installed.count > 0
        }
        ListView {
            id: installedList
            objectName: "installedList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 180)
            visible: count > 0
            clip: true
            model: App.models.installed
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: installedRow
                required property var modelId
                required property string name
                required property string path
                required property string version
                required property string format
                required property real diskBytes
                required property bool fileExists
                width: ListView.view.width
                Accessible.name: name
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            text: installedRow.name + (App.model.path === installedRow.path ? "  ✓" : "")
                            color: Theme.text
                            font.bold: App.model.path === installedRow.path
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: installedRow.fileExists ? qsTr("RWKV-%1 · %2 · %3").arg(installedRow.version).arg(installedRow.format).arg(page.formatBytes(installedRow.diskBytes))
                                                          : qsTr("The file is missing: %1").arg(installedRow.path)
                            color: installedRow.fileExists ? Theme.mutedText : Theme.danger
                            font.pixelSize: 11
                            elide: Text.ElideMiddle
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        text: qsTr("Use")
                        enabled: installedRow.fileExists && App.model.path !== installedRow.path
                        Accessible.name: qsTr("Use %1").arg(installedRow.name)
                        onClicked: { App.model.load(installedRow.path); page.close() }
                    }
                    IconButton {
                        iconName: "trash"
                        tip: qsTr("Remove this model")
                        onClicked: { removeDialog.modelId = installedRow.modelId; removeDialog.modelName = installedRow.name; removeDialog.open() }
                    }
                }
            }
        }

        Label {
            text: qsTr("Download")
            font.bold: true
            color: Theme.text
        }
        ListView {
            id: catalogList
            objectName: "catalogList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: App.models.catalog
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: entry
                required property int index
                required property string catalogId
                required property string name
                required property string family
                required property real sizeBytes
                required property string description
                required property string license
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
                readonly property bool active: downloadState !== "" && downloadState !== "failed"
                width: ListView.view.width
                implicitHeight: entryColumn.implicitHeight + 16
                radius: Theme.radius
                color: recommended ? Theme.userBubble : Theme.window
                border.color: Theme.border
                Accessible.name: name

                ColumnLayout {
                    id: entryColumn
                    x: 10
                    y: 8
                    width: parent.width - 20
                    spacing: 3
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: entry.name
                            font.bold: true
                            color: Theme.text
                        }
                        Label {
                            text: entry.recommended ? qsTr("Recommended") : ""
                            visible: entry.recommended
                            color: Theme.accent
                            font.bold: true
                        }
                        Item { Layout.fillWidth: true }
                        Label {
                            text: page.formatBytes(entry.sizeBytes)
                            color: Theme.mutedText
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
                        text: entry.description
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: 11
                        color: entry.bestPrecision === "" ? Theme.danger : Theme.mutedText
                        text: qsTr("%1 · memory: fp32 %2, bf16 %3, int8 %4 · %5")
                              .arg(entry.family).arg(page.formatMib(entry.ramFp32)).arg(page.formatMib(entry.ramBf16))
                              .arg(page.formatMib(entry.ramInt8))
                              .arg(entry.bestPrecision === "" ? qsTr("too large for this computer")
                                                              : qsTr("fits this computer in %1").arg(page.precisionName(entry.bestPrecision)))
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
                            indeterminate: entry.total <= 0 && entry.active
                            Accessible.name: qsTr("Download progress of %1").arg(entry.name)
                        }
                        Label {
                            color: entry.downloadState === "failed" ? Theme.danger : Theme.mutedText
                            font.pixelSize: 11
                            text: entry.downloadState === "downloading"
                                  ? qsTr("%1 of %2 · %3/s · %4").arg(page.formatBytes(entry.received)).arg(page.formatBytes(entry.total))
                                        .arg(page.formatBytes(entry.speed)).arg(page.formatTime(entry.secondsLeft))
                                  : entry.downloadState === "paused" ? qsTr("Paused at %1").arg(page.formatBytes(entry.received))
                                  : entry.downloadState === "failed" ? entry.message
                                  : entry.downloadState === "queued" ? qsTr("Waiting…")
                                  : entry.downloadState === "verifying" ? qsTr("Checking the file…")
                                  : entry.downloadState === "hashing" ? qsTr("Checking the part already downloaded…")
                                  : qsTr("Connecting…")
                        }
                        IconButton {
                            visible: entry.active && entry.downloadState !== "paused"
                            iconName: "stop"
                            tip: qsTr("Pause")
                            onClicked: App.models.pause(entry.catalogId)
                        }
                        IconButton {
                            visible: entry.downloadState === "paused" || entry.downloadState === "failed"
                            iconName: "refresh"
                            tip: qsTr("Resume")
                            onClicked: App.models.resume(entry.catalogId)
                        }
                        IconButton {
                            iconName: "close"
                            tip: qsTr("Cancel and delete the partial file")
                            onClicked: App.models.cancel(entry.catalogId)
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import a model file")
        nameFilters: [qsTr("RWKV models (*.pth *.safetensors *.st *.bin)"), qsTr("All files (*)")]
        onAccepted: {
            const error = App.models.importFile(selectedFile, copyBox.checked)
            if (error !== "")
                App.showNotice(error)
        }
    }

    Dialog {
        id: removeDialog
        // A fixed content width: the wrapped label's implicit width changes with the
        // language and would otherwise feed back into the dialog's (a binding loop).
        contentWidth: 320
        property var modelId
        property string modelName
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Remove model")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: 320
            wrapMode: Text.Wrap
            text: qsTr("Remove “%1”? Linnet's copy of the file is deleted; your conversations stay.").arg(removeDialog.modelName)
        }
        onAccepted: {
            const error = App.models.remove(modelId)
            if (error !== "")
                App.showNotice(error)
        }
    }
}
