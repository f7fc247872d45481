import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A non-blocking message across the top of the chat: the cause in words, and a way
// to dismiss it.
Rectangle {
    id: banner
    property string text
    signal dismissed()
    visible: text !== ""
    color: Theme.bannerBackground
    border.color: Theme.danger
    radius: Theme.radius
    implicitHeight: row.implicitHeight + 16
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        Label {
            objectName: "bannerText"
            Layout.fillWidth: true
            text: banner.text
            wrapMode: Text.Wrap
            color: Theme.text
        }
        IconButton {
            iconName: "close"
            tip: qsTr("Dismiss")
            onClicked: banner.dismissed()
        }
    }
}
