import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// "Add a remote model": an OpenAI-compatible server (another Linnet, llama.cpp's server,
// Ollama, vLLM, a cloud API), an optional key, and one of the models it lists. The
// remote models already added are listed below, each with a way to remove it.
Dialog {
    id: dialog
    objectName: "remoteModelDialog"
    title: qsTr("Add a remote model")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) * 0.92)
    padding: 20

    property alias address: addressField.text
    property alias apiKey: keyField.text
    property alias modelName: nameField.text
    property var models: []
    property string problem: ""

    onOpened: {
        problem = ""
        models = []
        addressField.forceActiveFocus()
    }

    Connections {
        target: App.remoteModels
        function onListed(ids) {
            dialog.problem = ""
            dialog.models = ids
            if (nameField.text === "")
                nameField.text = ids[0]
        }
        function onFailed(message) { dialog.problem = message }
    }

    function add() {
        const id = App.remoteModels.add(nameField.text, addressField.text, modelBox.currentText, keyField.text)
        if (id === "")
            return
        App.model.useRemote(id)
        dialog.close()
    }

    ColumnLayout {
        width: parent.width
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("Chat with a model on another computer or service through its OpenAI-compatible API. The whole conversation is sent with each message.")
        }
        Label { text: qsTr("Server address"); color: Theme.text }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: addressField
                objectName: "remoteAddress"
                Layout.fillWidth: true
                placeholderText: "http://192.168.1.5:8080/v1"
                inputMethodHints: Qt.ImhUrlCharactersOnly
                Accessible.name: qsTr("Server address")
                onAccepted: listButton.clicked()
            }
            Button {
                id: listButton
                objectName: "remoteList"
                text: App.remoteModels.fetching ? qsTr("Asking…") : qsTr("List models")
                enabled: addressField.text.trim() !== "" && !App.remoteModels.fetching
                onClicked: App.remoteModels.fetch(addressField.text, keyField.text)
            }
        }
        Label { text: qsTr("API key (if the server asks for one)"); color: Theme.text }
        TextField {
            id: keyField
            objectName: "remoteKey"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Kept in your data folder, readable only by you")
            Accessible.name: qsTr("API key")
        }
        Label { text: qsTr("Model"); color: Theme.text; visible: dialog.models.length > 0 }
        ComboBox {
            id: modelBox
            objectName: "remoteModelBox"
            Layout.fillWidth: true
            visible: dialog.models.length > 0
            model: dialog.models
            Accessible.name: qsTr("Model")
        }
        Label { text: qsTr("Name in Linnet"); color: Theme.text; visible: dialog.models.length > 0 }
        TextField {
            id: nameField
            objectName: "remoteName"
            Layout.fillWidth: true
            visible: dialog.models.length > 0
            Accessible.name: qsTr("Name in Linnet")
        }
        Label {
            objectName: "remoteProblem"
            Layout.fillWidth: true
            visible: dialog.problem !== ""
            wrapMode: Text.Wrap
            color: Theme.danger
            text: dialog.problem
        }

        Label {
            Layout.topMargin: 8
            visible: App.remoteModels.count > 0
            text: qsTr("Remote models")
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: App.remoteModels
            delegate: RowLayout {
                required property string id
                required property string name
                required property string address
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: qsTr("%1 — %2").arg(name).arg(address)
                    color: Theme.text
                }
                Button {
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove %1").arg(name)
                    onClicked: App.remoteModels.remove(id)
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "remoteAdd"
            text: qsTr("Add and use")
            enabled: dialog.models.length > 0 && nameField.text.trim() !== ""
            // Not AcceptRole: a refused model keeps the dialog open, with the reason shown.
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.add()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
