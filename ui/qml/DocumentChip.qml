import QtQuick
import QtQuick.Controls
import Linnet

// A document read into the chat: its name and how many tokens the model read. Its text
// stays in the chat (for another model to read again) but is not shown as a message.
Rectangle {
    id: chip
    property string name
    property int tokens: 0
    objectName: "documentChip"
    radius: height / 2
    color: Theme.codeBackground
    border.color: Theme.border
    implicitWidth: label.implicitWidth + 24
    implicitHeight: label.implicitHeight + 10
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        text: qsTr("Document: %1 · %n token(s) read", "", chip.tokens).arg(chip.name)
        color: Theme.text
    }
}
