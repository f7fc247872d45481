import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// ‹ 2/3 ›: the versions of a message (edits and regenerated replies). Another version
// shows its branch; the next turn resumes from that branch's saved state.
RowLayout {
    id: arrows
    property int row: 0
    property int version: 1
    property int count: 1
    spacing: 0
    visible: count > 1

    ToolButton {
        objectName: "previousVersionButton"
        text: "‹"
        enabled: arrows.version > 1 && !App.chat.busy
        Accessible.name: qsTr("Previous version")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Previous version")
        ToolTip.delay: 500
        onClicked: App.chat.showVersion(arrows.row, -1)
    }
    Label {
        objectName: "versionLabel"
        text: qsTr("%1/%2").arg(arrows.version).arg(arrows.count)
        color: Theme.mutedText
        font.pixelSize: 11
        Accessible.name: qsTr("Version %1 of %2").arg(arrows.version).arg(arrows.count)
    }
    ToolButton {
        objectName: "nextVersionButton"
        text: "›"
        enabled: arrows.version < arrows.count && !App.chat.busy
        Accessible.name: qsTr("Next version")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Next version")
        ToolTip.delay: 500
        onClicked: App.chat.showVersion(arrows.row, 1)
    }
}
