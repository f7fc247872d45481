import QtQuick
import QtQuick.Controls
import Linnet

// Copies `textToCopy` and says so: "Copied" beside the icon for a moment.
IconButton {
    id: button
    property string textToCopy
    property bool copied: false
    iconName: "copy"
    text: copied ? qsTr("Copied") : ""
    onClicked: {
        App.copyText(textToCopy)
        copied = true
        resetTimer.restart()
    }
    Accessible.description: copied ? qsTr("Copied") : ""
    Timer {
        id: resetTimer
        interval: 1500
        onTriggered: button.copied = false
    }
}
