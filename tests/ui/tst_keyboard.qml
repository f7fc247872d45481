import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// A keyboard-only journey through the real window: new chat, type, send, search, open,
// rename, settings and back, with no mouse at all.
TestCase {
    name: "Keyboard"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    property var firstChat: 0

    SignalSpy { id: busySpy; target: App.chat; signalName: "busyChanged" }

    function initTestCase() {
        App.settings.applyEngine("cpu fp32", 1)
        App.settings.setValue("max_tokens", 8, false)
        App.settings.setValue("seed", 3, false)
        firstChat = testSupport.makeLongChat(4)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        // A first run opens the Models dialog; this test is about the window behind it.
        window.modelManager.close()
        window.requestActivate()
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
        tryVerify(() => window.active, 3000)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function typeKeys(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function focused() { return window.activeFocusItem }
    function isInside(item, ancestor) {
        for (let i = item; i; i = i.parent)
            if (i === ancestor)
                return true
        return false
    }

    function test_1_new_chat_type_and_send() {
        keySequence("Ctrl+N")
        const input = window.chatView.composer.input
        tryVerify(() => input.activeFocus, 2000, "after Ctrl+N typing goes to the message box")
        compare(App.chat.conversationId, 0)
        typeKeys("Zebra crossing")
        compare(input.text, "Zebra crossing")

        // Ctrl+Tab types a tab; Tab leaves the box without typing one.
        keyClick(Qt.Key_Tab, Qt.ControlModifier)
        compare(input.text, "Zebra crossing\t")
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Tab)
        verify(!input.activeFocus, "Tab moves the focus on")
        compare(input.text, "Zebra crossing")
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        verify(input.activeFocus, "Shift+Tab comes back")

        busySpy.clear()
        keyClick(Qt.Key_Return)
        tryVerify(() => busySpy.count >= 2, 20000, "the reply started and ended")
        verify(App.chat.conversationId > 0)
        compare(App.chat.messages.textAt(0), "Zebra crossing")
    }

    function test_2_search_and_open_with_keys() {
        const pane = window.conversationPane
        const zebra = App.chat.conversationId
        App.chat.open(firstChat)
        compare(App.chat.conversationId, firstChat)

        keySequence(StandardKey.Find)
        tryVerify(() => pane.searchField.activeFocus, 2000, "Ctrl+F goes to the search field")
        typeKeys("Zebra")
        keyClick(Qt.Key_Return)
        compare(App.conversations.filter, "Zebra")
        compare(App.chat.conversationId, zebra, "Enter opens the first match")
        verify(pane.list.activeFocus, "the list takes the keys")

        // Esc in the search field clears it and shows every chat again.
        pane.focusSearch()
        keyClick(Qt.Key_Escape)
        compare(pane.searchField.text, "")
        compare(App.conversations.filter, "")
        verify(App.conversations.count >= 2)

        // Down opens a match too.
        App.chat.open(firstChat)
        typeKeys("Zebra")
        keyClick(Qt.Key_Down)
        compare(App.chat.conversationId, zebra)
        pane.focusSearch()
        keyClick(Qt.Key_Escape)

        // Up/Down move along the rows, Enter opens.
        pane.list.forceActiveFocus(Qt.TabFocusReason)
        const zebraRow = App.conversations.indexOf(zebra)
        const otherRow = App.conversations.indexOf(firstChat)
        pane.list.currentIndex = zebraRow
        keyClick(otherRow > zebraRow ? Qt.Key_Down : Qt.Key_Up)
        compare(pane.list.currentIndex, otherRow)
        keyClick(Qt.Key_Return)
        compare(App.chat.conversationId, firstChat)
        keyClick(zebraRow > otherRow ? Qt.Key_Down : Qt.Key_Up)
        keyClick(Qt.Key_Enter)
        compare(App.chat.conversationId, zebra)
    }

    function test_3_list_is_a_tab_stop_with_a_visible_outline() {
        const pane = window.conversationPane
        pane.focusSearch()
        keyClick(Qt.Key_Tab)
        verify(pane.list.activeFocus, "Tab goes from the search field to the conversation list")
        verify(pane.list.currentItem.keyboardCurrent, "the current row is outlined")
        compare(pane.list.currentItem.background.border.width, 2)
    }

    function test_4_rename_with_keys() {
        const pane = window.conversationPane
        const zebra = App.chat.conversationId
        pane.list.forceActiveFocus(Qt.TabFocusReason)
        pane.list.currentIndex = App.conversations.indexOf(zebra)
        keyClick(Qt.Key_F2)
        const dialog = pane.renameDialog
        tryVerify(() => dialog.opened, 3000)
        tryVerify(() => dialog.field.activeFocus, 2000, "the title field has the focus")
        // The field lies inside the dialog.
        const at = dialog.field.mapToItem(dialog.contentItem, 0, 0)
        verify(at.x >= 0 && at.x + dialog.field.width <= dialog.contentItem.width + 1, "field inside the dialog")
        typeKeys("Stripes")
        keyClick(Qt.Key_Return)
        tryVerify(() => !dialog.visible, 3000)
        const row = App.conversations.indexOf(zebra)
        compare(App.conversations.data(App.conversations.index(row, 0), Qt.DisplayRole), "Stripes")
    }

    function test_5_settings_and_back() {
        const settings = window.settingsPanel
        keySequence("Ctrl+,")
        tryVerify(() => settings.opened, 3000)
        keyClick(Qt.Key_Tab)
        verify(isInside(focused(), settings.contentItem), "Tab moves inside the settings: " + focused())
        keyClick(Qt.Key_Escape)
        tryVerify(() => !settings.visible, 3000)
        keySequence("Ctrl+N")
        tryVerify(() => window.chatView.composer.input.activeFocus, 2000)
    }
}
