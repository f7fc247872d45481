import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The open conversation: messages (lazily created delegates), the composer and a footer
// with speed, model, precision and the size of the chat's saved state.
Rectangle {
    id: view
    color: Theme.window
    property alias composer: composer
    property alias messageList: list
    property alias jumpButton: jumpButton

    function formatBytes(bytes) {
        if (bytes < 1024 * 1024)
            return qsTr("%1 KB").arg(Math.round(bytes / 1024))
        return qsTr("%1 MB").arg((bytes / 1048576).toFixed(1))
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ListView {
            id: list
            objectName: "messageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.chat.messages
            reuseItems: true
            cacheBuffer: 800
            ScrollBar.vertical: ScrollBar { id: scrollBar }
            Accessible.name: qsTr("Messages")
            // Stick to the newest message (a streaming reply, then its action row) unless
            // the user scrolled up to read; scrolling back to the end sticks again.
            property bool following: true
            property bool autoScrolling: false
            function scrollToEnd() {
                autoScrolling = true
                positionViewAtEnd()
                autoScrolling = false
            }
            function followLatest() {
                following = true
                scrollToEnd()
                // Delegates made while positioning change the estimated height; settle
                // once they are laid out.
                Qt.callLater(() => { if (list.following) list.scrollToEnd() })
            }
            // Only the user's own scrolling (drag, wheel, scroll bar) lets go of the end.
            onContentYChanged: if (!autoScrolling && (moving || scrollBar.pressed)) following = atYEnd
            onMovementEnded: following = atYEnd
            // After a change of size: back to the end, unless the user scrolled away in
            // the meantime (a wheel turn makes delegates, which changes the height).
            function keepAtEnd() {
                if (!following || moving)
                    return
                scrollToEnd()
                Qt.callLater(() => { if (list.following && !list.moving) list.scrollToEnd() })
            }
            onCountChanged: if (following) Qt.callLater(keepAtEnd)
            onContentHeightChanged: if (following) Qt.callLater(keepAtEnd)
            onHeightChanged: if (following) Qt.callLater(keepAtEnd)
            Connections {
                target: App.chat
                function onConversationChanged() { list.followLatest() }
            }

            delegate: MessageDelegate {
                isLast: index === list.count - 1
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                width: Math.min(parent.width - 40, 520)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: 15
                text: App.chat.modelReady ? qsTr("Ask anything. Your chat and the model's memory of it are saved, so you can come back to it later.")
                                          : qsTr("Choose a model in the top bar to start.")
            }

            RoundButton {
                id: jumpButton
                objectName: "jumpToLatest"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 12
                visible: !list.following && !list.atYEnd && list.count > 0
                text: "↓"
                font.pixelSize: 16
                Accessible.name: qsTr("Jump to the latest message")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Jump to the latest message")
                onClicked: list.followLatest()
            }
        }

        ProgressBar {
            Layout.fillWidth: true
            visible: App.chat.reading
            value: App.chat.readProgress
            Accessible.name: qsTr("Reading the prompt")
        }

        Composer {
            id: composer
            Layout.fillWidth: true
        }

        Label {
            Layout.fillWidth: true
            color: Theme.mutedText
            font.pixelSize: 11
            elide: Text.ElideRight
            text: [App.chat.tokensPerSecond > 0 ? qsTr("%1 tokens/s").arg(App.chat.tokensPerSecond.toFixed(1)) : "",
                   App.model.ready ? App.model.name : "",
                   App.model.ready ? App.model.info.strategy : "",
                   App.chat.stateBytes > 0 ? qsTr("saved state %1").arg(view.formatBytes(App.chat.stateBytes)) : ""]
                  .filter(s => s !== "").join("  ·  ")
        }
    }
}
