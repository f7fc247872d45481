import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Linnet

// Conversations, most recent first, with search over titles and message text, and
// new / rename / export / reset / delete.
Rectangle {
    id: pane
    color: Theme.sidebar
    property alias searchField: search
    property alias exportDialog: exportDialog
    property alias renameDialog: renameDialog
    property alias list: list
    signal newChatRequested()

    function focusSearch() { search.forceActiveFocus(); search.selectAll() }
    // Enter or Down in the search field: the first match opens and the list takes the
    // keys (Up/Down to move, Enter to open).
    function openFirstResult() {
        searchDelay.stop()
        App.conversations.filter = search.text
        if (list.count === 0)
            return
        list.currentIndex = 0
        list.forceActiveFocus(Qt.TabFocusReason)
        list.openCurrent()
    }
    function clearSearch() {
        searchDelay.stop()
        search.clear()
        App.conversations.filter = ""
    }
    function rename(id, title) {
        renameDialog.conversationId = id
        renameField.text = title
        renameDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "newChatButton"
                Layout.fillWidth: true
                text: qsTr("New chat")
                icon.source: "qrc:/Linnet/icons/plus.svg"
                icon.color: Theme.text
                Accessible.name: qsTr("New chat (Ctrl+N)")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Start a new conversation (Ctrl+N)")
                onClicked: pane.newChatRequested()
            }
            IconButton {
                id: chatsMenuButton
                objectName: "chatsMenuButton"
                iconName: "more"
                tip: qsTr("More")
                onClicked: chatsMenu.popup(chatsMenuButton, 0, chatsMenuButton.height)
                Menu {
                    id: chatsMenu
                    objectName: "chatsMenu"
                    MenuItem {
                        objectName: "importChatsItem"
                        text: qsTr("Import chats…")
                        onTriggered: importDialog.open()
                    }
                }
            }
        }
        StartPointMenu {
            Layout.fillWidth: true
        }
        TextField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            placeholderText: qsTr("Search chats (Ctrl+F)")
            Accessible.name: qsTr("Search conversations")
            selectByMouse: true
            onTextChanged: searchDelay.restart()
            Keys.onReturnPressed: pane.openFirstResult()
            Keys.onEnterPressed: pane.openFirstResult()
            Keys.onDownPressed: pane.openFirstResult()
            Keys.onEscapePressed: event => {
                event.accepted = search.text !== ""
                pane.clearSearch()
            }
            Timer {
                id: searchDelay
                interval: 200
                onTriggered: App.conversations.filter = search.text
            }
        }
        ListView {
            id: list
            objectName: "conversationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.conversations
            spacing: 2
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Conversations")
            Accessible.role: Accessible.List
            // One Tab stop for the whole list; Up/Down move, Enter opens, F2 renames,
            // Delete deletes, the menu key shows the row's actions.
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            function openCurrent() {
                if (currentItem)
                    App.chat.open(currentItem.conversationId)
            }
            Keys.onReturnPressed: openCurrent()
            Keys.onEnterPressed: openCurrent()
            Keys.onSpacePressed: openCurrent()
            Keys.onPressed: event => {
                if (!currentItem)
                    return
                if (event.key === Qt.Key_F2) {
                    pane.rename(currentItem.conversationId, currentItem.title)
                    event.accepted = true
                } else if (event.key === Qt.Key_Delete) {
                    currentItem.askDelete()
                    event.accepted = true
                } else if (event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier))) {
                    currentItem.showMenu()
                    event.accepted = true
                }
            }
            Connections {
                target: App.chat
                function onConversationChanged() { list.currentIndex = App.conversations.indexOf(App.chat.conversationId) }
            }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property var conversationId
                required property string title
                required property string modelName
                required property string snippet
                required property var updated
                width: ListView.view.width
                highlighted: App.chat.conversationId === conversationId
                focusPolicy: Qt.NoFocus
                readonly property bool keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus
                Accessible.name: title
                Accessible.selected: ListView.isCurrentItem
                background: Rectangle {
                    radius: 6
                    color: row.highlighted ? Theme.userBubble : row.hovered ? Theme.surface : "transparent"
                    border.width: row.keyboardCurrent ? 2 : 0
                    border.color: Theme.accent
                }
                onClicked: { list.currentIndex = index; App.chat.open(conversationId) }
                function showMenu() { menu.popup(row, 0, row.height) }
                function askDelete() {
                    deleteDialog.conversationId = row.conversationId
                    deleteDialog.conversationTitle = row.title
                    deleteDialog.open()
                }

                contentItem: RowLayout {
                    spacing: 0
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: row.title
                                elide: Text.ElideRight
                                color: Theme.text
                                font.bold: row.highlighted
                            }
                            Label {
                                // Today's chats show the time, older ones the date: both fit
                                // beside the title in every language.
                                text: {
                                    const when = new Date(row.updated)
                                    const locale = Qt.locale(App.language)
                                    return when.toDateString() === new Date().toDateString()
                                            ? when.toLocaleTimeString(locale, Locale.ShortFormat)
                                            : when.toLocaleDateString(locale, Locale.ShortFormat)
                                }
                                color: Theme.mutedText
                                font.pixelSize: 11
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.snippet !== "" ? row.snippet : row.modelName
                            visible: text !== ""
                            elide: Text.ElideRight
                            color: Theme.mutedText
                            font.pixelSize: 11
                        }
                    }
                    // The row's actions, for mouse users who do not think of right-clicking.
                    IconButton {
                        objectName: "rowActions"
                        iconName: "more"
                        tip: qsTr("Actions for “%1”").arg(row.title)
                        focusPolicy: Qt.NoFocus
                        opacity: row.hovered || row.keyboardCurrent || menu.visible ? 1 : 0
                        enabled: opacity > 0
                        onClicked: row.showMenu()
                    }
                }
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: menu.popup()
                }
                Menu {
                    id: menu
                    MenuItem {
                        text: qsTr("Rename…")
                        onTriggered: pane.rename(row.conversationId, row.title)
                    }
                    MenuItem {
                        text: qsTr("Export as Markdown…")
                        onTriggered: exportDialog.start(row.conversationId, row.title, "markdown")
                    }
                    MenuItem {
                        text: qsTr("Export as JSON…")
                        onTriggered: exportDialog.start(row.conversationId, row.title, "json")
                    }
                    MenuItem {
                        objectName: "exportStateItem"
                        text: qsTr("Export its state…")
                        onTriggered: exportDialog.start(row.conversationId, row.title, "state")
                    }
                    MenuItem {
                        text: qsTr("Reset…")
                        onTriggered: { resetDialog.conversationId = row.conversationId; resetDialog.conversationTitle = row.title; resetDialog.open() }
                    }
                    MenuItem {
                        text: qsTr("Delete…")
                        onTriggered: row.askDelete()
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 16
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0
                color: Theme.mutedText
                text: App.conversations.filter !== "" ? qsTr("No chat contains “%1”.").arg(App.conversations.filter)
                                                      : qsTr("No conversations yet.")
            }
        }
    }

    Dialog {
        id: renameDialog
        objectName: "renameDialog"
        property var conversationId
        property alias field: renameField
        title: qsTr("Rename conversation")
        anchors.centerIn: Overlay.overlay
        modal: true
        // The field fills a fixed content width, so it stays inside the dialog.
        contentWidth: 320
        standardButtons: Dialog.Ok | Dialog.Cancel
        TextField {
            id: renameField
            objectName: "renameField"
            width: renameDialog.availableWidth
            selectByMouse: true
            Accessible.name: qsTr("New title")
            onAccepted: renameDialog.accept()
        }
        // Typing goes to the field at once, replacing the old title.
        onOpened: { renameField.forceActiveFocus(); renameField.selectAll() }
        onAccepted: App.renameConversation(conversationId, renameField.text)
        onClosed: list.forceActiveFocus()
    }

    Dialog {
        id: resetDialog
        // A fixed content width: the wrapped label's implicit width changes with the
        // language and would otherwise feed back into the dialog's (a binding loop).
        contentWidth: 320
        objectName: "resetDialog"
        property var conversationId
        property string conversationTitle
        title: qsTr("Reset conversation")
        anchors.centerIn: Overlay.overlay
        modal: true
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            text: qsTr("Clear every message of “%1” and the model's memory of them? The title and settings stay. This cannot be undone.").arg(resetDialog.conversationTitle)
            wrapMode: Text.Wrap
            width: 320
        }
        onAccepted: App.chat.reset(conversationId)
    }

    Dialog {
        id: deleteDialog
        // A fixed content width: the wrapped label's implicit width changes with the
        // language and would otherwise feed back into the dialog's (a binding loop).
        contentWidth: 320
        objectName: "deleteDialog"
        property var conversationId
        property string conversationTitle
        title: qsTr("Delete conversation")
        anchors.centerIn: Overlay.overlay
        modal: true
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            text: qsTr("Delete “%1” and all its messages? This cannot be undone.").arg(deleteDialog.conversationTitle)
            wrapMode: Text.Wrap
            width: 320
        }
        onAccepted: App.deleteConversation(conversationId)
    }

    FileDialog {
        id: importDialog
        fileMode: FileDialog.OpenFiles
        title: qsTr("Import chats")
        currentFolder: FilePlaces.urlOf(FilePlaces.homeFolder())
        nameFilters: [qsTr("Conversations exported from Linnet (*.json)")]
        onAccepted: App.importConversations(selectedFiles)
    }

    ExportDialog {
        id: exportDialog
    }
}
