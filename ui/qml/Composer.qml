import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Linnet

// The message box: Enter sends, Shift+Enter adds a line, Tab leaves it (Ctrl+Tab types a
// tab); Stop while a reply streams.
// Disabled, with the reason, while no model is ready.
Rectangle {
    id: composer
    objectName: "composer"
    property alias input: input
    property alias documentDialog: documentDialog
    color: Theme.surface
    border.color: input.activeFocus ? Theme.accent : Theme.border
    radius: Theme.radius
    implicitHeight: Math.min(row.implicitHeight + 12, 240)

    readonly property string disabledReason: App.model.loading ? qsTr("The model is loading…")
        : !App.chat.modelReady ? qsTr("Choose a model to start chatting")
        : ""

    // How the model answers: at once, or after thinking (only the modes the model knows).
    readonly property var thinkNames: ({
        "off": qsTr("Think: off"), "fast": qsTr("Fast"), "think": qsTr("Think"),
        "think_bit": qsTr("Think a bit"), "think_lot": qsTr("Think a lot")
    })
    // Read again whenever the chat's settings or the model change.
    readonly property var thinkChoice: {
        App.settings.effective
        return App.settings.thinkChoice(App.model.path, App.model.info.vocab || 0)
    }

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
        ComboBox {
            id: thinkMode
            objectName: "thinkMode"
            Layout.alignment: Qt.AlignBottom
            visible: composer.thinkChoice.modes.length > 1
            model: composer.thinkChoice.modes.map(m => composer.thinkNames[m])
            currentIndex: composer.thinkChoice.modes.indexOf(composer.thinkChoice.current)
            enabled: !App.chat.busy
            Accessible.name: qsTr("Thinking")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Whether the model thinks before it answers (this chat)")
            onActivated: index => {
                // A chat not started yet takes it as the default of new chats.
                const error = App.settings.setValue("think", composer.thinkChoice.modes[index], App.chat.conversationId > 0)
                if (error !== "")
                    console.warn(error)
            }
        }
        ProgressBar {
            // Reading a prompt or a document; Stop cancels it and the chat stays as it was.
            objectName: "readingProgress"
            visible: App.chat.reading
            Layout.alignment: Qt.AlignVCenter
            Layout.preferredWidth: 80
            value: App.chat.readProgress
            Accessible.name: qsTr("Reading")
        }
        IconButton {
            objectName: "attachButton"
            Layout.alignment: Qt.AlignBottom
            iconName: "attach"
            tip: qsTr("Attach a document (.txt, .md, .pdf): read once into the chat")
            visible: !App.chat.remote
            enabled: !App.chat.busy && composer.disabledReason === ""
            onClicked: documentDialog.open()
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

    FileDialog {
        id: documentDialog
        objectName: "documentDialog"
        title: qsTr("Attach a document")
        nameFilters: [qsTr("Documents (*.txt *.md *.markdown *.pdf)")]
        onAccepted: App.chat.attach(selectedFile)
    }
}
