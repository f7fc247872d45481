import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Linnet

// "New chat from…": the starting points (built-in examples, saved chats, state-tuned
// files); a chat made from one reads only the user's messages.
Button {
    id: button
    objectName: "newChatFromButton"
    text: qsTr("New chat from…")
    Accessible.name: qsTr("New chat from a starting point")
    ToolTip.visible: hovered
    ToolTip.text: qsTr("Start a chat from a saved starting point: a persona, a long prompt or a document")
    onClicked: menu.open()

    property alias menu: menu
    property alias tunedStateDialog: tunedStateDialog
    property alias stateFileDialog: stateFileDialog

    Menu {
        id: menu
        objectName: "startPointMenu"
        y: button.height
        Instantiator {
            model: App.chat.startPoints
            delegate: MenuItem {
                required property var modelData
                objectName: "startPoint_" + modelData.name
                text: modelData.name
                onTriggered: App.chat.newChatFrom(modelData.id)
            }
            onObjectAdded: (index, object) => menu.insertItem(index, object)
            onObjectRemoved: (index, object) => menu.removeItem(object)
        }
        MenuSeparator {}
        MenuItem {
            objectName: "addTunedStateItem"
            text: qsTr("Add a state-tuned file…")
            enabled: App.chat.modelReady && !App.chat.remote
            onTriggered: tunedStateDialog.open()
        }
        MenuItem {
            objectName: "importStateFileItem"
            text: qsTr("Import a state file…")
            enabled: App.chat.modelReady && !App.chat.remote
            onTriggered: stateFileDialog.open()
        }
    }

    // A chat's or a starting point's state exported by Linnet (here or elsewhere).
    FileDialog {
        id: stateFileDialog
        objectName: "stateFileDialog"
        title: qsTr("Import a state file")
        currentFolder: FilePlaces.urlOf(FilePlaces.homeFolder())
        nameFilters: [qsTr("Linnet state files (*.lnstate)"), qsTr("All files (*)")]
        onAccepted: App.chat.importStateFile(selectedFile)
    }

    // A .pth or .safetensors file of blocks.N.att.time_state tensors, as RWKV-PEFT,
    // RWKV-Runner and ai00 use them; it is checked against the loaded model.
    FileDialog {
        id: tunedStateDialog
        objectName: "tunedStateDialog"
        title: qsTr("Add a state-tuned file")
        currentFolder: FilePlaces.urlOf(FilePlaces.homeFolder())
        nameFilters: [qsTr("State-tuned files (*.pth *.safetensors)")]
        onAccepted: App.chat.addTunedStartPoint(selectedFile)
    }
}
