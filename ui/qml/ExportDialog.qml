import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Linnet

// Export of one conversation: a format, a file name suggested from the title (the
// format's extension is added when missing), a folder that starts at home and can be
// typed or browsed, a Save button, and then where the file went with a way to open it.
// The chat's text is written at once; its state (a Linnet state file or a state-tuning
// .pth) is read from the database and written on the inference thread.
Dialog {
    id: dialog
    objectName: "exportDialog"
    property var conversationId
    property string conversationTitle
    property string format: "markdown"
    property string exportedPath: ""
    property string error: ""
    property string pendingPath: "" // a state being written on the inference thread
    readonly property var formats: [
        { id: "markdown", name: qsTr("Markdown (.md)"), extension: "md" },
        { id: "json", name: qsTr("JSON (.json)"), extension: "json" },
        { id: "state", name: qsTr("Linnet state (.lnstate)"), extension: "lnstate" },
        { id: "pth", name: qsTr("State-tuning file (.pth)"), extension: "pth" }
    ]
    readonly property int formatIndex: Math.max(0, formats.findIndex(f => f.id === format))
    readonly property string extension: formats[formatIndex].extension
    readonly property bool exportsState: format === "state" || format === "pth"
    readonly property string targetPath: FilePlaces.join(folderField.text, FilePlaces.withExtension(nameField.text, extension))
    property alias nameField: nameField
    property alias folderField: folderField

    title: exportedPath === "" ? qsTr("Export conversation") : qsTr("Conversation exported")
    anchors.centerIn: Overlay.overlay
    modal: true
    // Fixed: the labels' implicit widths change with the language and would feed back
    // into the dialog's width.
    contentWidth: 420

    function start(id, title, chosenFormat) {
        conversationId = id
        conversationTitle = title
        format = chosenFormat
        exportedPath = ""
        error = ""
        pendingPath = ""
        if (folderField.text === "")
            folderField.text = FilePlaces.homeFolder()
        nameField.text = FilePlaces.fileNameFor(title, extension)
        open()
        nameField.forceActiveFocus()
        nameField.select(0, Math.max(0, nameField.text.length - extension.length - 1))
    }

    function save() {
        const path = targetPath
        if (!FilePlaces.isFolder(FilePlaces.join(folderField.text, ""))) {
            error = qsTr("The folder %1 does not exist.").arg(folderField.text)
            return
        }
        if (exportsState) {
            error = ""
            pendingPath = path
            App.chat.exportChatState(conversationId, path, format)
            return
        }
        error = App.exportConversation(conversationId, format, path)
        if (error === "")
            exportedPath = path
    }

    Connections {
        target: App.chat
        function onStateExported(path, message) {
            if (path !== dialog.pendingPath)
                return
            dialog.pendingPath = ""
            dialog.error = message
            if (message === "")
                dialog.exportedPath = path
        }
    }

    onFormatChanged: {
        // The name follows the format: "chat.md" becomes "chat.json", "chat.lnstate" and back.
        // (`extension` is a binding that may not have followed yet: read the format itself.)
        const wanted = formats.find(f => f.id === format)
        const lower = nameField.text.toLowerCase()
        for (const f of formats) {
            const other = "." + f.extension
            if (wanted && f.extension !== wanted.extension && lower.endsWith(other)) {
                nameField.text = nameField.text.slice(0, -other.length) + "." + wanted.extension
                return
            }
        }
    }

    StackLayout {
        width: 420
        currentIndex: dialog.exportedPath === "" ? 0 : 1

        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            Label { text: qsTr("Format"); color: Theme.text }
            ComboBox {
                objectName: "exportFormat"
                Layout.fillWidth: true
                model: dialog.formats.map(f => f.name)
                currentIndex: dialog.formatIndex
                Accessible.name: qsTr("Format")
                onActivated: index => dialog.format = dialog.formats[index].id
            }
            Label { text: qsTr("File name"); color: Theme.text }
            TextField {
                id: nameField
                objectName: "exportName"
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("File name")
                onAccepted: if (saveButton.enabled) dialog.save()
            }
            Label { text: qsTr("Folder"); color: Theme.text }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: folderField
                    objectName: "exportFolder"
                    Layout.fillWidth: true
                    selectByMouse: true
                    Accessible.name: qsTr("Folder")
                    onAccepted: if (saveButton.enabled) dialog.save()
                }
                Button {
                    text: qsTr("Browse…")
                    onClicked: {
                        folderDialog.currentFolder = FilePlaces.urlOf(FilePlaces.join(folderField.text, ""))
                        folderDialog.open()
                    }
                }
            }
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: 11
                color: dialog.error !== "" ? Theme.danger : Theme.mutedText
                text: dialog.error !== "" ? dialog.error
                    : FilePlaces.exists(dialog.targetPath) ? qsTr("%1 exists and will be replaced.").arg(dialog.targetPath)
                    : qsTr("Saves %1").arg(dialog.targetPath)
            }
        }

        ColumnLayout {
            Label {
                objectName: "exportConfirmation"
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                color: Theme.text
                text: qsTr("Exported to %1").arg(dialog.exportedPath)
            }
        }
    }

    // The margins are the footer's, not one button's: a margin on one button alone
    // moved it off the others' line.
    footer: Control {
        padding: 12
        topPadding: 0
        contentItem: RowLayout {
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                id: saveButton
                objectName: "exportSave"
                visible: dialog.exportedPath === ""
                text: qsTr("Save")
                enabled: nameField.text.trim() !== "" && dialog.pendingPath === ""
                onClicked: dialog.save()
            }
            Button {
                objectName: "exportOpenFolder"
                visible: dialog.exportedPath !== ""
                text: qsTr("Open folder")
                onClicked: FilePlaces.openFolderOf(dialog.exportedPath)
            }
            Button {
                text: dialog.exportedPath === "" ? qsTr("Cancel") : qsTr("Close")
                onClicked: dialog.close()
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder")
        onAccepted: folderField.text = FilePlaces.localPath(selectedFolder)
    }
}
