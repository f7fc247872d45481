import QtQuick
import QtQuick.Controls
import Linnet

// A clear outline around the control that has keyboard focus (Fusion's own is faint).
// It is shown only when focus came from the keyboard, as browsers do with
// :focus-visible, and not on text fields, whose cursor already shows where typing goes.
Rectangle {
    id: ring
    property Window window
    readonly property Item target: {
        const item = window ? window.activeFocusItem : null
        if (!item || !(item instanceof Control) || item instanceof TextField || item instanceof TextArea)
            return null
        const fromKeyboard = item.focusReason === Qt.TabFocusReason || item.focusReason === Qt.BacktabFocusReason
                             || item.focusReason === Qt.ShortcutFocusReason
        return fromKeyboard && item.visible ? item : null
    }
    objectName: "focusRing"
    parent: target ? target : null
    visible: target !== null
    anchors.fill: parent
    anchors.margins: -2
    z: 1000
    color: "transparent"
    radius: Theme.radius / 2
    border.width: 2
    border.color: Theme.accent
}
