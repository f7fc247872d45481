import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// A message's branch actions: Duplicate from here (a new chat with the path up to it and
// its states), Save as starting point, and Delete from here (after a confirmation).
RowLayout {
    id: actions
    objectName: "branchActions"
    property int row: 0
    property alias confirmDialog: confirm
    spacing: 0

    IconButton {
        objectName: "duplicateButton"
        iconName: "fork"
        tip: qsTr("Duplicate from here: a new chat with the conversation up to this message")
        enabled: !App.chat.busy
        onClicked: App.chat.duplicateFrom(actions.row)
    }
    IconButton {
        objectName: "saveStartPointButton"
        iconName: "box"
        visible: !App.chat.remote
        tip: qsTr("Save as a starting point for new chats")
        enabled: !App.chat.busy && App.chat.modelReady
        onClicked: { nameField.text = ""; saveDialog.open() }
    }
    IconButton {
        objectName: "deleteFromHereButton"
        iconName: "trash"
        tip: qsTr("Delete from here: this message and every later turn")
        enabled: !App.chat.busy
        onClicked: confirm.open()
    }

    Dialog {
        id: confirm
        objectName: "deleteFromHereDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete from here?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            text: qsTr("This message, every later turn and their saved states will be deleted.\nOther versions stay.")
            wrapMode: Text.Wrap
        }
        onAccepted: App.chat.deleteFrom(actions.row)
    }

    Dialog {
        id: saveDialog
        objectName: "saveStartPointDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Save as a starting point")
        standardButtons: Dialog.Ok | Dialog.Cancel
        // The field fills a fixed content width: its own would cut the example name.
        contentWidth: 320
        TextField {
            id: nameField
            width: saveDialog.availableWidth
            objectName: "startPointName"
            placeholderText: qsTr("Name, e.g. \"Travel planner\"")
            Accessible.name: qsTr("Starting point name")
        }
        onAccepted: App.chat.saveStartPoint(actions.row, nameField.text)
    }
}
