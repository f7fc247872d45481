import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// What a thinking model thought before its answer: open while it thinks, folded once
// the answer starts (a click opens or folds it again).
ColumnLayout {
    id: block
    property string thought: ""
    property bool thinking: false
    property int tokens: 0
    property real seconds: 0
    // Set once the user opens or folds the block; until then it follows the thinking.
    property var chosen: undefined
    readonly property bool open: chosen !== undefined ? chosen : thinking

    spacing: 4

    Button {
        objectName: "thoughtToggle"
        flat: true
        Layout.fillWidth: true
        leftPadding: 4
        contentItem: Label {
            text: (block.open ? "▾ " : "▸ ") + (block.thinking
                  ? qsTr("Thinking… %n token(s)", "", block.tokens)
                  : qsTr("Thought for %1 s · %n token(s)", "", block.tokens).arg(Math.max(1, Math.round(block.seconds))))
            color: Theme.mutedText
            font.italic: true
        }
        Accessible.name: block.open ? qsTr("Hide the thought") : qsTr("Show the thought")
        onClicked: block.chosen = !block.open
    }

    Rectangle {
        objectName: "thoughtBody"
        visible: block.open
        Layout.fillWidth: true
        implicitHeight: thoughtText.implicitHeight + 12
        color: "transparent"
        border.color: Theme.border
        radius: 6
        TextEdit {
            id: thoughtText
            x: 8
            y: 6
            width: parent.width - 16
            text: block.thought
            textFormat: TextEdit.PlainText
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            color: Theme.mutedText
            selectionColor: Theme.accent
            Accessible.name: qsTr("The model's thought")
        }
    }
}
