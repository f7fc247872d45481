import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Linnet")
    color: Theme.window
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.mid: Theme.border
    palette.light: Theme.surface
    palette.dark: Theme.border
    palette.alternateBase: Theme.sidebar

    property alias chatView: chat
    property alias conversationPane: conversations
    property alias settingsPanel: settings
    property alias modelManager: models

    header: TopBar {
        onOpenSettings: settings.open()
        onOpenModels: models.open()
    }

    SplitView {
        anchors.fill: parent
        ConversationPane {
            id: conversations
            SplitView.preferredWidth: 280
            SplitView.minimumWidth: 200
        }
        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0
            Banner {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                text: App.notice
                onDismissed: App.dismissNotice()
            }
            ChatView {
                id: chat
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }

    SettingsPanel {
        id: settings
        width: Math.min(420, window.width * 0.9)
        height: window.height
    }

    ModelManagerPage {
        id: models
    }
    // First start with no model: the model manager opens with a suggestion.
    Component.onCompleted: if (App.firstRun) models.open()

    function setDark(dark) { Theme.dark = dark }
    function showPanel(name) {
        if (name === "settings")
            settings.open()
        else if (name === "models")
            models.open()
    }

    Shortcut { sequence: "Ctrl+N"; onActivated: App.chat.newChat() }
    Shortcut { sequence: StandardKey.Find; onActivated: conversations.focusSearch() }
    Shortcut { sequence: "Esc"; enabled: App.chat.busy; onActivated: App.chat.stop() }
    Shortcut { sequence: "Ctrl+,"; onActivated: settings.visible ? settings.close() : settings.open() }
}
