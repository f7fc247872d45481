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
        onToggleSidebar: conversations.visible = !conversations.visible
    }

    SplitView {
        anchors.fill: parent
        ConversationPane {
            id: conversations
            onNewChatRequested: window.startNewChat()
            // Drag the divider to resize; the top bar's button (Ctrl+B) hides it. A narrow
            // window gives it less than 280 px so the chat keeps most of the room.
            SplitView.preferredWidth: Math.min(280, window.width * 0.28)
            SplitView.minimumWidth: 180
            SplitView.maximumWidth: window.width * 0.5
        }
        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0
            Banner {
                objectName: "windowBanner"
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                // While the Models dialog is open it shows the notice itself.
                text: models.opened ? "" : App.notice
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
        onOpenAbout: { settings.close(); about.open() }
        width: Math.min(420, window.width * 0.9)
        height: window.height
    }

    ModelManagerPage {
        id: models
        onAddRemoteRequested: {
            models.close()
            window.header.remoteDialog.open()
        }
    }

    // A model file dropped anywhere on the window is imported; the Models dialog opens
    // to show it arrive (or why it cannot).
    DropArea {
        id: fileDrop
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (!drop.hasUrls)
                return
            models.open()
            for (const url of drop.urls)
                models.importChosen(url)
            drop.acceptProposedAction()
        }
    }
    Rectangle {
        anchors.fill: parent
        visible: fileDrop.containsDrag
        color: "transparent"
        border.color: Theme.accent
        border.width: 3
        Label {
            anchors.centerIn: parent
            text: qsTr("Drop a model file to import it")
            font.pixelSize: 18
            color: Theme.accent
        }
    }
    // First start with no model: the model manager opens with a suggestion.
    Component.onCompleted: if (App.firstRun) models.open()

    function setDark(dark) { Theme.dark = dark }
    function showPanel(name) {
        if (name === "settings")
            settings.open()
        else if (name === "models")
            models.open()
        else if (name === "about")
            about.open()
    }

    // A new chat puts the cursor in the message box, so typing goes there.
    function startNewChat() {
        App.chat.newChat()
        chat.composer.input.forceActiveFocus()
    }

    FocusRing { window: window }
    AboutDialog { id: about }

    Shortcut { sequence: "Ctrl+N"; onActivated: window.startNewChat() }
    Shortcut { sequence: "Ctrl+B"; onActivated: conversations.visible = !conversations.visible }
    Shortcut { sequence: "Ctrl+Q"; context: Qt.ApplicationShortcut; onActivated: Qt.quit() }
    Shortcut { sequence: StandardKey.HelpContents; onActivated: about.open() }
    Shortcut { sequence: StandardKey.Find; onActivated: conversations.focusSearch() }
    Shortcut { sequence: "Esc"; enabled: App.chat.busy; onActivated: App.chat.stop() }
    Shortcut { sequence: "Ctrl+,"; onActivated: settings.visible ? settings.close() : settings.open() }
}
