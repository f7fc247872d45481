pragma Singleton
import QtQuick
import Linnet

// Colours and sizes shared by every view. `dark` starts from the system palette and
// can be switched in the settings.
QtObject {
    id: theme
    property bool dark: App.systemDark

    readonly property color window: dark ? "#1e1f22" : "#f7f7f8"
    readonly property color surface: dark ? "#2b2d31" : "#ffffff"
    readonly property color sidebar: dark ? "#232428" : "#eeeff1"
    readonly property color text: dark ? "#e8e8ea" : "#1d1d1f"
    readonly property color mutedText: dark ? "#a0a3aa" : "#61646b"
    readonly property color border: dark ? "#3b3d44" : "#d9dade"
    readonly property color accent: dark ? "#6ea8fe" : "#2563eb"
    readonly property color accentText: "#ffffff"
    readonly property color userBubble: dark ? "#2f3b52" : "#e3ecff"
    readonly property color assistantBubble: dark ? "#2b2d31" : "#ffffff"
    readonly property color codeBackground: dark ? "#17181b" : "#f1f2f4"
    readonly property color danger: dark ? "#ff8a80" : "#c62828"
    readonly property color bannerBackground: dark ? "#4a2b2b" : "#fdecea"

    readonly property int radius: 8
    readonly property int spacing: 8
    readonly property string monospace: "DejaVu Sans Mono"
}
