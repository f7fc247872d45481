import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// The template editor of a chat: it starts from the chat's template, previews the exact
// text a model reads for a two-turn example as the texts change, refuses a user text
// without {text} (Save disabled, the reason shown), and saves the edit to this chat.
TestCase {
    name: "TemplateEditor"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    property var panel: null
    property var chat: 0

    function initTestCase() {
        chat = testSupport.makeLongChat(2)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        App.chat.open(chat)
        panel = window.settingsPanel
        panel.open()
        tryVerify(() => panel.opened, 3000)
        panel.scopeBar.currentIndex = 1
        compare(App.settings.setValue("template", "rwkv-world", true), "")
    }

    function cleanupTestCase() { window.destroy() }

    function field(name) { return findChild(panel.templateEditor.contentItem, name) }

    function test_1_edit_preview_and_save() {
        const button = findChild(panel.contentItem, "editTemplateButton")
        verify(button && button.visible)
        button.clicked() // it sits below the fold of the settings panel

        const editor = panel.templateEditor
        tryVerify(() => editor.opened, 3000)
        compare(field("tplUser").text, "User: {text}\\n\\n")
        compare(field("tplAssistant").text, "Assistant:")
        compare(field("tplPreview").text,
                "System: You are a helpful assistant.\n\nUser: Hello!\n\nAssistant: Hi! How can I help?\n\nUser: Name a river.\n\nAssistant:")

        field("tplUser").text = "Q: {text}\\n\\n"
        field("tplAssistant").text = "A:"
        field("tplStop").text = "\\nQ:"
        compare(field("tplError").text, "")
        compare(field("tplPreview").text,
                "System: You are a helpful assistant.\n\nQ: Hello!\n\nA: Hi! How can I help?\n\nQ: Name a river.\n\nA:")

        field("tplUser").text = "Q:"
        verify(field("tplError").visible)
        verify(field("tplError").text.indexOf("{text}") >= 0, field("tplError").text)
        verify(!field("tplSave").enabled)

        field("tplUser").text = "Q: {text}\\n\\n"
        verify(field("tplSave").enabled)
        mouseClick(field("tplSave"))
        tryVerify(() => !editor.visible, 3000)
        const stored = App.settings.overrides.template_fields
        compare(stored.user, "Q: {text}\n\n")
        compare(stored.assistant, "A:")
        compare(stored.stop.length, 1)
        compare(stored.stop[0], "\nQ:")
    }

    function test_2_use_the_original() {
        findChild(panel.contentItem, "editTemplateButton").clicked()
        const editor = panel.templateEditor
        tryVerify(() => editor.opened, 3000)
        compare(field("tplUser").text, "Q: {text}\\n\\n", "the editor starts from the chat's edit")
        mouseClick(field("tplUseOriginal"))
        compare(App.settings.overrides.template_fields, undefined)
        compare(field("tplUser").text, "User: {text}\\n\\n")
        editor.close()
    }
}
