import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// Export from the window: a suggested "<title>.md", a Save button, the extension added
// from the chosen format when the typed name has none, and a confirmation naming the file.
TestCase {
    name: "Export"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    property var chatId: 0

    function initTestCase() {
        chatId = testSupport.makeLongChat(4)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function clickNamed(dialog, name) {
        const button = findChild(dialog.footer, name)
        verify(button && button.visible && button.enabled, name)
        mouseClick(button)
    }

    function test_1_suggests_title_and_saves_with_extension() {
        const dialog = window.conversationPane.exportDialog
        dialog.start(chatId, "A very long chat", "markdown")
        tryVerify(() => dialog.opened, 3000)
        compare(dialog.nameField.text, "A very long chat.md")
        compare(dialog.folderField.text, FilePlaces.homeFolder(), "starts in the home folder")
        const save = findChild(dialog.footer, "exportSave")
        compare(save.text, "Save")

        dialog.folderField.text = App.dataDir
        dialog.nameField.text = "notes"
        clickNamed(dialog, "exportSave")
        const written = App.dataDir + "/notes.md"
        tryVerify(() => dialog.exportedPath !== "", 3000)
        compare(dialog.exportedPath, written)
        verify(testSupport.fileExists(written), written)
        verify(!testSupport.fileExists(App.dataDir + "/notes"), "no file without the extension")
        const confirmation = findChild(dialog.contentItem, "exportConfirmation")
        verify(confirmation.visible)
        verify(confirmation.text.indexOf(written) >= 0, confirmation.text)
        verify(findChild(dialog.footer, "exportOpenFolder").visible, "a way to open the folder")
        dialog.close()
        tryVerify(() => !dialog.visible, 3000)
    }

    function test_2_json_follows_the_format() {
        const dialog = window.conversationPane.exportDialog
        dialog.start(chatId, "Plans: a/b?", "markdown")
        tryVerify(() => dialog.opened, 3000)
        compare(dialog.nameField.text, "Plans_ a_b_.md", "characters file systems refuse are replaced")
        dialog.format = "json"
        compare(dialog.nameField.text, "Plans_ a_b_.json", "the extension follows the format")
        dialog.folderField.text = App.dataDir
        dialog.nameField.text = "data"
        clickNamed(dialog, "exportSave")
        tryCompare(dialog, "exportedPath", App.dataDir + "/data.json")
        verify(testSupport.fileExists(App.dataDir + "/data.json"))
        dialog.close()
    }

    function test_3_a_missing_folder_is_refused_in_words() {
        const dialog = window.conversationPane.exportDialog
        dialog.start(chatId, "x", "markdown")
        tryVerify(() => dialog.opened, 3000)
        dialog.folderField.text = App.dataDir + "/no/such/folder"
        clickNamed(dialog, "exportSave")
        compare(dialog.exportedPath, "")
        verify(dialog.error.indexOf("does not exist") >= 0, dialog.error)
        dialog.close()
    }
}
