import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// One labelled setting: the label explains itself on hover, the control follows it on
// the same line (children set Layout.fillWidth), and a refused value shows its reason.
// A chat setting (`key`) shown for this chat marks a value the chat overrides and can
// put it back to the default; `warning` says when an accepted value is unwise.
ColumnLayout {
    id: row
    property string label
    property string tip
    property string error
    property string warning
    property string key
    property bool perChat: false
    readonly property bool overridden: perChat && key !== "" && App.settings.overrides[key] !== undefined
    default property alias content: line.data
    spacing: 2
    Layout.fillWidth: true

    RowLayout {
        id: line
        Layout.fillWidth: true
        Label {
            text: row.overridden ? "● " + row.label : row.label
            font.bold: row.overridden
            color: row.overridden ? Theme.accent : Theme.text
            Layout.preferredWidth: 130 - (resetButton.visible ? resetButton.width + line.spacing : 0)
            // A label longer than its column ("OpenAI-compatible API", most labels in
            // Vietnamese) takes two lines instead of being cut.
            wrapMode: Text.Wrap
            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered && row.tip !== ""
            ToolTip.text: row.overridden ? qsTr("Changed for this chat. %1").arg(row.tip) : row.tip
            ToolTip.delay: 400
            Accessible.name: row.overridden ? qsTr("%1 (changed for this chat)").arg(row.label) : row.label
        }
        IconButton {
            id: resetButton
            objectName: "reset_" + row.key
            visible: row.overridden
            iconName: "refresh"
            icon.width: 14
            icon.height: 14
            padding: 2
            tip: qsTr("Use the default for %1").arg(row.label)
            onClicked: App.settings.resetChatValue(row.key)
        }
    }
    Label {
        visible: row.error !== "" || row.warning !== ""
        text: row.error !== "" ? row.error : row.warning
        color: Theme.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        font.pixelSize: 11
    }
}
