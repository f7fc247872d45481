import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The template of this chat, edited: the texts a conversation is written with (system,
// user, assistant cue, separator, stop texts; a line break is typed \n), checked as they
// are typed, with the exact text a model reads for a two-turn example.
Dialog {
    id: editor
    objectName: "templateEditor"
    title: qsTr("Template of this chat")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 640, 640)
    readonly property int vocab: App.model.info.vocab || 0
    property var outcome: ({})
    property bool loading: false

    function load() {
        loading = true
        const f = App.settings.templateFields(vocab)
        systemField.text = f.system
        userField.text = f.user
        assistantField.text = f.assistant
        separatorField.text = f.separator
        stopField.text = f.stop.join("\n")
        loading = false
        check()
    }
    function check() {
        if (loading)
            return
        outcome = App.settings.checkTemplate({
            "system": systemField.text, "user": userField.text, "assistant": assistantField.text,
            "separator": separatorField.text, "stop": stopField.text.split("\n").filter(s => s !== "")
        }, vocab)
    }
    onAboutToShow: load()

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            // "\\n" goes in as an argument: lupdate reads an escaped backslash in the source
            // text as a line break, so the translation was never found.
            text: qsTr("{text} stands for the message (or the system prompt); %1 is a line break.").arg("\\n")
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            Label { text: qsTr("System"); color: Theme.text }
            TextField { id: systemField; objectName: "tplSystem"; Layout.fillWidth: true; Accessible.name: qsTr("System"); onTextChanged: editor.check() }
            Label { text: qsTr("User"); color: Theme.text }
            TextField { id: userField; objectName: "tplUser"; Layout.fillWidth: true; Accessible.name: qsTr("User"); onTextChanged: editor.check() }
            Label { text: qsTr("Assistant"); color: Theme.text }
            TextField { id: assistantField; objectName: "tplAssistant"; Layout.fillWidth: true; Accessible.name: qsTr("Assistant"); onTextChanged: editor.check() }
            Label { text: qsTr("Separator"); color: Theme.text }
            TextField { id: separatorField; objectName: "tplSeparator"; Layout.fillWidth: true; Accessible.name: qsTr("Separator"); onTextChanged: editor.check() }
            Label { text: qsTr("Stop texts"); color: Theme.text; Layout.alignment: Qt.AlignTop }
            TextArea {
                id: stopField
                objectName: "tplStop"
                Layout.fillWidth: true
                placeholderText: qsTr("one per line")
                Accessible.name: qsTr("Stop texts")
                background: Rectangle { color: Theme.window; border.color: Theme.border; radius: 4 }
                onTextChanged: editor.check()
            }
        }
        Label {
            objectName: "tplError"
            Layout.fillWidth: true
            visible: text !== ""
            text: editor.outcome.error || ""
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        Label { text: qsTr("What the model reads, for a two-turn example:"); color: Theme.mutedText }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 150
            TextArea {
                objectName: "tplPreview"
                readOnly: true
                text: editor.outcome.preview || ""
                font.family: "monospace"
                wrapMode: TextEdit.Wrap
                background: Rectangle { color: Theme.window; border.color: Theme.border; radius: 4 }
                Accessible.name: qsTr("Preview")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "tplUseOriginal"
                text: qsTr("Use the original")
                onClicked: { App.settings.resetChatValue("template_fields"); editor.load() }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                onClicked: editor.close()
            }
            Button {
                objectName: "tplSave"
                text: qsTr("Save")
                enabled: editor.outcome.error === ""
                onClicked: {
                    const error = App.settings.applyValues({"template_fields": editor.outcome.fields}, true)
                    if (error === "")
                        editor.close()
                    else
                        editor.outcome = {"error": error}
                }
            }
        }
    }
}
