import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The message box: Enter sends, Shift+Enter adds a line, Tab leaves it (Ctrl+Tab types a
// tab); Stop while a reply streams.
// Disabled, with the reason, while no model is ready.
Rectangle {
    id: composer
    property alias input: input
    color: Theme.surface
    border.color: input.activeFocus ? Theme.accent : Theme.border
    radius: Theme.radius
    implicitHeight: Math.min(row.implicitHeight + 12, 240)

    readonly property string disabledReason: App.model.loading ? qsTr("The model is loading…")
        : !App.chat.modelReady ? qsTr("Choose a model to start chatting")
        : ""

    function send() {
        if (App.chat.send(input.text))
            input.clear()
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(input.implicitHeight, 220)
            TextArea {
                id: input
                objectName: "messageInput"
                wrapMode: TextEdit.Wrap
                enabled: composer.disabledReason === ""
                placeholderText: composer.disabledReason !== "" ? composer.disabledReason
                                 : qsTr("Message (Enter to send, Shift+Enter for a new line)")
                Accessible.name: qsTr("Message")
                Accessible.description: composer.disabledReason
                background: null
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && !(event.modifiers & Qt.ShiftModifier)) {
                        event.accepted = true
                        if (!App.chat.busy)
                            composer.send()
                    } else if (event.key === Qt.Key_Tab && (event.modifiers & Qt.ControlModifier)) {
                        // Tab moves focus, as everywhere else in the window; Ctrl+Tab types one.
                        event.accepted = true
                        input.insert(input.cursorPosition, "\t")
                    } else if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
                        event.accepted = true
                        const forward = event.key === Qt.Key_Tab && !(event.modifiers & Qt.ShiftModifier)
                        input.nextItemInFocusChain(forward).forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
                    }
                }
            }
        }
        IconButton {
            objectName: App.chat.busy ? "stopButton" : "sendButton"
            Layout.alignment: Qt.AlignBottom
            iconName: App.chat.busy ? "stop" : "send"
            tip: App.chat.busy ? qsTr("Stop (Esc)") : qsTr("Send (Enter)")
            enabled: App.chat.busy || (input.enabled && input.text.trim() !== "")
            onClicked: App.chat.busy ? App.chat.stop() : composer.send()
        }
    }
}
