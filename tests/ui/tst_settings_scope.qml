import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// Settings that tell the truth: Defaults show the defaults even when the open chat
// overrides a value; "This chat" marks the override and resets it; too many threads
// warn; "Automatic" follows the language.
TestCase {
    name: "SettingsScope"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    property var chatA: 0
    property var chatB: 0

    function initTestCase() {
        chatA = testSupport.makeLongChat(2)
        chatB = testSupport.makeLongChat(2)
        App.settings.setValue("temperature", 1.0, false)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
    }

    function cleanupTestCase() {
        App.language = "en"
        window.destroy()
    }

    function shownValue(key) {
        const label = findChild(window.settingsPanel.contentItem, "value_" + key)
        verify(label, "value label of " + key)
        return label.text
    }

    function test_1_defaults_vs_this_chat() {
        const panel = window.settingsPanel
        App.chat.open(chatA)
        panel.open()
        tryVerify(() => panel.opened, 3000)
        panel.scopeBar.currentIndex = 1
        verify(panel.perChat)
        compare(App.settings.setValue("temperature", 0.3, true), "")
        compare(shownValue("temperature"), "0.30")
        const reset = findChild(panel.contentItem, "reset_temperature")
        verify(reset && reset.visible, "the override is marked and can be reset")
        verify(!findChild(panel.contentItem, "reset_top_p").visible, "values not overridden are not marked")

        panel.scopeBar.currentIndex = 0
        compare(shownValue("temperature"), "1.00", "Defaults show the default, not this chat's value")
        verify(!reset.visible, "no override marks on Defaults")

        App.chat.open(chatB)
        panel.scopeBar.currentIndex = 1
        compare(shownValue("temperature"), "1.00", "another chat uses the default")

        App.chat.open(chatA)
        compare(shownValue("temperature"), "0.30")
        mouseClick(reset)
        compare(shownValue("temperature"), "1.00", "reset puts the default back for this chat")
        verify(App.settings.overrides.temperature === undefined)
        verify(!reset.visible)
        panel.close()
    }

    function test_2_threads_above_the_core_count_warn() {
        const panel = window.settingsPanel
        const row = findChild(panel.contentItem, "threadsRow")
        panel.threadsBox.value = App.settings.coreCount
        compare(row.warning, "")
        panel.threadsBox.value = App.settings.coreCount + 1
        verify(row.warning.indexOf(String(App.settings.coreCount)) >= 0, row.warning)
        panel.threadsBox.value = 0
        compare(row.warning, "")
    }

    function test_3_automatic_is_translated() {
        const box = window.settingsPanel.threadsBox
        box.value = 0
        compare(box.displayText, "Automatic")
        App.language = "vi"
        compare(box.displayText, "Tự động")
        App.language = "en"
        compare(box.displayText, "Automatic")
    }
}
