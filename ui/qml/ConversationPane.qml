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

    function focusSearch() { search.forceActiveFocus(); search.selectAll() }

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
                onClicked: App.chat.newChat()
            }
            IconButton {
                id: chatsMenuButton
                objectName: "chatsMenuButton"
                iconName: "more"
                tip: qsTr("More")
                onClicked: chatsMenu.popup(chatsMenuButton, 0, chatsMenuButton.height)
                Menu {
                    id: chatsMenu
                    MenuItem {
                        objectName: "importChatsItem"
                        text: qsTr("Import chats…")
                        onTriggered: importDialog.open()
                    }
                }
            }
        }
        TextField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            placeholderText: qsTr("Search chats (Ctrl+F)")
            Accessible.name: qsTr("Search conversations")
            selectByMouse: true
            onTextChanged: searchDelay.restart()
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
                Accessible.name: title
                background: Rectangle {
                    radius: 6
                    color: row.highlighted ? Theme.userBubble : row.hovered ? Theme.surface : "transparent"
                }
                onClicked: App.chat.open(conversationId)

                contentItem: ColumnLayout {
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
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: menu.popup()
                }
                Menu {
                    id: menu
                    MenuItem {
                        text: qsTr("Rename…")
                        onTriggered: { renameDialog.conversationId = row.conversationId; renameField.text = row.title; renameDialog.open() }
                    }
                    MenuItem {
                        text: qsTr("Export as Markdown…")
                        onTriggered: { exportDialog.conversationId = row.conversationId; exportDialog.format = "markdown"; exportDialog.open() }
                    }
                    MenuItem {
                        text: qsTr("Export as JSON…")
                        onTriggered: { exportDialog.conversationId = row.conversationId; exportDialog.format = "json"; exportDialog.open() }
                    }
                    MenuItem {
                        text: qsTr("Reset…")
                        onTriggered: { resetDialog.conversationId = row.conversationId; resetDialog.conversationTitle = row.title; resetDialog.open() }
                    }
                    MenuItem {
                        text: qsTr("Delete…")
                        onTriggered: { deleteDialog.conversationId = row.conversationId; deleteDialog.conversationTitle = row.title; deleteDialog.open() }
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
        property var conversationId
        title: qsTr("Rename conversation")
        anchors.centerIn: Overlay.overlay
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        TextField {
            id: renameField
            width: 300
            Accessible.name: qsTr("New title")
            onAccepted: renameDialog.accept()
        }
        onAccepted: App.renameConversation(conversationId, renameField.text)
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
        nameFilters: [qsTr("Conversations exported from Linnet (*.json)")]
        onAccepted: App.importConversations(selectedFiles)
    }

    FileDialog {
        id: exportDialog
        property var conversationId
        property string format: "markdown"
        fileMode: FileDialog.SaveFile
        title: qsTr("Export conversation")
        nameFilters: format === "json" ? [qsTr("JSON files (*.json)")] : [qsTr("Markdown files (*.md)")]
        defaultSuffix: format === "json" ? "json" : "md"
        onAccepted: {
            const error = App.exportConversation(conversationId, format, selectedFile)
            if (error !== "")
                App.showNotice(error)
        }
    }
}
