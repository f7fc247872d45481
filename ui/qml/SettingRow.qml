import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// One labelled setting: the label explains itself on hover, the control follows it on
// the same line (children set Layout.fillWidth), and a refused value shows its reason.
ColumnLayout {
    id: row
    property string label
    property string tip
    property string error
    default property alias content: line.data
    spacing: 2
    Layout.fillWidth: true

    RowLayout {
        id: line
        Layout.fillWidth: true
        Label {
            text: row.label
            color: Theme.text
            Layout.preferredWidth: 130
            elide: Text.ElideRight
            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered && row.tip !== ""
            ToolTip.text: row.tip
            ToolTip.delay: 400
        }
    }
    Label {
        visible: row.error !== ""
        text: row.error
        color: Theme.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        font.pixelSize: 11
    }
}
