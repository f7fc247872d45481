import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The "Local server" group of Settings: a switch, the address clients use (with a copy
// button) and the latest requests, newest first.
GroupBox {
    id: section
    property var server: App.localServer
    title: qsTr("Local server")

    ColumnLayout {
        anchors.fill: parent
        SettingRow {
            label: qsTr("OpenAI-compatible API")
            tip: qsTr("Lets other programs on this computer use the loaded model, as they would use OpenAI's API. Listens on 127.0.0.1 only.")
            error: section.server.error
            Switch {
                objectName: "localServerSwitch"
                checked: section.server.running
                onToggled: section.server.setRunning(checked)
                Accessible.name: qsTr("Local server")
            }
        }
        RowLayout {
            visible: section.server.running
            Layout.fillWidth: true
            TextField {
                objectName: "localServerAddress"
                text: section.server.address
                readOnly: true
                selectByMouse: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Server address")
            }
            Button {
                text: qsTr("Copy")
                onClicked: App.copyText(section.server.address)
            }
        }
        Label {
            visible: section.server.running && section.server.log.length === 0
            text: qsTr("No requests yet.")
            color: Theme.mutedText
        }
        // In a Column rather than straight in the layout: every new request replaces
        // these rows, and a Qt 6.4 layout resized before its next polish would read the
        // deleted ones (see MessageDelegate.qml).
        Column {
            Layout.fillWidth: true
            Repeater {
                model: section.server.log
                Label {
                    required property string modelData
                    width: parent ? parent.width : 0
                    text: modelData
                    color: Theme.mutedText
                    font.pixelSize: 11
                    elide: Text.ElideRight
                }
            }
        }
    }
}
