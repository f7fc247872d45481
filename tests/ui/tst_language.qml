import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// The language setting switches the open window at once: the same items show their
// Vietnamese texts, and English again, without a restart.
TestCase {
    name: "Language"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    function initTestCase() {
        App.language = "en"
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        // A fresh data folder is a first run: the model manager opens by itself.
        tryVerify(() => window.modelManager.opened, 3000)
        window.modelManager.close()
        tryVerify(() => !window.modelManager.visible, 3000)
    }

    function cleanupTestCase() {
        App.language = "en" // the translator is the application's, shared with later tests
        window.destroy()
    }

    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children ? item.children : []
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const found = findByName(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }

    // Picks a language in the settings panel's list, with the mouse.
    function chooseLanguage(row) {
        const panel = window.settingsPanel
        panel.open()
        tryVerify(() => panel.opened, 2000)
        const box = findByName(panel.contentItem, "languageBox")
        verify(box, "language list")
        waitForItemPolished(box)
        mouseClick(box)
        tryVerify(() => box.popup.opened, 2000, "the language list opened")
        const list = box.popup.contentItem
        tryVerify(() => list.itemAtIndex(row) !== null, 2000)
        mouseClick(list.itemAtIndex(row))
        tryVerify(() => !box.popup.visible, 2000)
        panel.close()
        tryVerify(() => !panel.visible, 2000)
    }

    function test_switch_to_vietnamese_and_back() {
        const newChat = findByName(window.contentItem, "newChatButton")
        const search = findByName(window.contentItem, "searchField")
        const input = findByName(window.contentItem, "messageInput")
        verify(newChat && search && input)
        compare(newChat.text, "New chat")
        compare(search.placeholderText, "Search chats (Ctrl+F)")
        const englishHint = input.placeholderText
        compare(App.languages[1].code, "vi")

        chooseLanguage(1)
        compare(App.language, "vi")
        // The same items, retranslated in place.
        compare(newChat.text, "Trò chuyện mới")
        compare(search.placeholderText, "Tìm cuộc trò chuyện (Ctrl+F)")
        verify(input.placeholderText !== englishHint, input.placeholderText)

        compare(App.languages[0].code, "en")
        chooseLanguage(0)
        compare(App.language, "en")
        compare(newChat.text, "New chat")
        compare(search.placeholderText, "Search chats (Ctrl+F)")
        compare(input.placeholderText, englishHint)
    }
}
