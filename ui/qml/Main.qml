import QtQuick
import QtQuick.Controls

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Linnet")

    Label {
        anchors.centerIn: parent
        text: qsTr("Linnet — chat with RWKV models")
        font.pixelSize: 24
    }
}
