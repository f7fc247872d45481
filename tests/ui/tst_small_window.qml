import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// At 800×600 every dialog fits inside the window and shows its texts whole: no dialog
// reaches past the window, nothing in it reaches past the dialog's sides, no label or
// placeholder is elided, no choice box is blank, and the buttons of a footer stand on
// one line. The Models
// dialog and Settings are checked in every language. With LINNET_TEST_GRABS set to a
// folder, each dialog is saved there as a picture to look at.
TestCase {
    name: "SmallWindow"
    when: windowShown
    width: 800
    height: 600
    visible: true

    property var window: null
    property var chatId: 0

    function initTestCase() {
        chatId = testSupport.makeLongChat(2)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, {width: 800, height: 600})
        verify(window)
        if (window.modelManager.opened)
            window.modelManager.close()
        App.chat.open(chatId)
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
        // The window's read tests run by themselves; when they end, the Models dialog's
        // estimates and suggestion change and its entries are laid out again. Measured
        // after that, not while it may happen.
        verify(testSupport.waitForBackgroundWork(120000), "the read tests end")
        tryVerify(() => App.models.recommendedId !== "", 10000, "their results arrive")
    }

    function cleanupTestCase() {
        App.language = "en" // the translator is the application's, shared with later tests
        window.destroy()
    }

    function sceneRect(item) {
        const p = item.mapToItem(null, 0, 0)
        return {x: p.x, y: p.y, right: p.x + item.width, bottom: p.y + item.height}
    }

    function isFlickable(item) {
        return item.contentY !== undefined && item.flicking !== undefined
    }

    // Every visible text under `item` that is elided or reaches past `box` sideways (or
    // downwards, outside scrolled content), as "text: why".
    function cutTexts(item, box, scrolled, out) {
        if (!item.visible || item.opacity === 0)
            return out
        const text = item.truncated !== undefined ? item.text : undefined
        if (text !== undefined && text !== "" && item.width > 0) {
            const r = sceneRect(item)
            const shown = Math.min(item.width, item.implicitWidth)
            if (item.truncated)
                out.push("\"" + text + "\": elided at " + Math.round(item.width) + " px")
            else if (r.x < box.x - 1 || r.x + shown > box.right + 1)
                out.push("\"" + text + "\": reaches past the sides (" + Math.round(r.x) + "–"
                         + Math.round(r.x + shown) + " of " + Math.round(box.x) + "–" + Math.round(box.right) + ")")
            else if (!scrolled && r.bottom > box.bottom + 1)
                out.push("\"" + text + "\": below the bottom")
        }
        if (item.displayText !== undefined && item.count !== undefined && item.displayText === "")
            out.push("a choice box shows nothing: " + (item.Accessible.name || item.objectName))
        const inside = scrolled || isFlickable(item)
        for (let i = 0; i < item.children.length; ++i)
            cutTexts(item.children[i], box, inside, out)
        return out
    }

    function visibleButtons(item, out) {
        if (!item.visible)
            return out
        if (item.checkable !== undefined && item.autoRepeat !== undefined)
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            visibleButtons(item.children[i], out)
        return out
    }

    function grab(name) {
        verify(testSupport.saveGrab(window, name), "saved " + name)
    }

    // The popup is open, inside the window, and shows its texts whole.
    function checkWhole(popup, name) {
        tryVerify(() => popup.opened, 3000, name + " opens")
        waitForRendering(window.contentItem)
        grab(name)
        const item = popup.contentItem.parent // the popup's own item
        const box = sceneRect(item)
        verify(box.x >= -1 && box.y >= -1 && box.right <= window.width + 1 && box.bottom <= window.height + 1,
               "%1 fits the window: %2,%3–%4,%5".arg(name).arg(box.x).arg(box.y).arg(box.right).arg(box.bottom))
        const cut = cutTexts(item, box, false, [])
        verify(cut.length === 0, name + ": " + cut.join("; "))
        if (popup.footer) {
            const buttons = visibleButtons(popup.footer, [])
            const middle = b => sceneRect(b).y + b.height / 2
            for (const b of buttons)
                verify(Math.abs(middle(b) - middle(buttons[0])) < 1,
                       "%1: \"%2\" stands %3 px off the line of \"%4\"".arg(name).arg(b.text)
                       .arg(middle(b) - middle(buttons[0])).arg(buttons[0].text))
        }
    }

    function closed(popup) {
        popup.close()
        tryVerify(() => !popup.visible, 3000)
    }

    function test_models_data() {
        return App.languages.map(l => ({tag: l.code, language: l.code}))
    }

    function test_models(data) {
        App.language = data.language
        window.modelManager.open()
        checkWhole(window.modelManager, "models-" + data.language)
        closed(window.modelManager)
    }

    function test_settings_data() {
        return App.languages.map(l => ({tag: l.code, language: l.code}))
    }

    function test_settings(data) {
        App.language = data.language
        window.settingsPanel.open()
        checkWhole(window.settingsPanel, "settings-" + data.language)
        window.settingsPanel.scopeBar.currentIndex = 1
        checkWhole(window.settingsPanel, "settings-this-chat-" + data.language)
        window.settingsPanel.templateEditor.open()
        checkWhole(window.settingsPanel.templateEditor, "template-editor-" + data.language)
        closed(window.settingsPanel.templateEditor)
        window.settingsPanel.scopeBar.currentIndex = 0
        closed(window.settingsPanel)
        App.language = "en"
    }

    function test_about() {
        window.showPanel("about")
        const about = findChild(window.contentItem.parent, "aboutDialog") || findChild(window, "aboutDialog")
        verify(about, "the About dialog")
        checkWhole(about, "about")
        closed(about)
    }

    function test_remote_model() {
        const dialog = window.header.remoteDialog
        dialog.open()
        checkWhole(dialog, "remote-model")
        closed(dialog)
    }

    function test_conversation_dialogs() {
        const pane = window.conversationPane
        pane.renameDialog.conversationId = chatId
        pane.renameDialog.field.text = "A very long chat"
        pane.renameDialog.open()
        checkWhole(pane.renameDialog, "rename")
        closed(pane.renameDialog)
        pane.exportDialog.start(chatId, "A very long chat", "markdown")
        checkWhole(pane.exportDialog, "export")
        closed(pane.exportDialog)
        for (const name of ["resetDialog", "deleteDialog"]) {
            const dialog = findChild(pane, name)
            verify(dialog, name)
            dialog.conversationTitle = "A very long chat"
            dialog.open()
            checkWhole(dialog, name)
            closed(dialog)
        }
    }

    function test_message_dialogs() {
        const list = window.chatView.messageList
        list.positionViewAtEnd()
        waitForItemPolished(list)
        const item = list.itemAtIndex(list.count - 1)
        verify(item, "the last message")
        for (const name of ["saveStartPointDialog", "deleteFromHereDialog"]) {
            const dialog = findChild(item, name)
            verify(dialog, name)
            dialog.open()
            checkWhole(dialog, name)
            closed(dialog)
        }
    }

    function test_menus() {
        // The model menu lists the installed models (without any, the button opens Models).
        compare(App.models.importFile(testSupport.modelPath("7v0-834K-FP32"), false), "")
        tryVerify(() => App.models.installed.count > 0, 10000)
        if (window.modelManager.opened)
            closed(window.modelManager)
        const pane = window.conversationPane
        const menus = [[findChild(pane, "newChatFromButton"), findChild(pane, "startPointMenu"), "start-points"],
                       [findChild(pane, "chatsMenuButton"), findChild(pane, "chatsMenu"), "chats-menu"],
                       [findChild(window.header, "modelButton"), window.header.modelMenu, "model-menu"]]
        for (const [button, menu, name] of menus) {
            verify(button && menu, name)
            mouseClick(button)
            checkWhole(menu, name)
            closed(menu)
        }
    }
}
