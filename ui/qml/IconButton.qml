import QtQuick
import QtQuick.Controls

// A flat button showing an icon, with a tooltip that says what it does.
ToolButton {
    id: button
    property string iconName
    property string tip
    icon.source: iconName ? "qrc:/Linnet/icons/" + iconName + ".svg" : ""
    icon.color: enabled ? Theme.text : Theme.mutedText
    icon.width: 18
    icon.height: 18
    display: text ? AbstractButton.TextBesideIcon : AbstractButton.IconOnly
    Accessible.name: tip || text
    ToolTip.visible: hovered && tip !== ""
    ToolTip.text: tip
    ToolTip.delay: 500
}
