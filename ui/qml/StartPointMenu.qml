import QtQuick
import QtQuick.Controls
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
    }
}
