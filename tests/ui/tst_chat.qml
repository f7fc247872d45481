import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// The chat flows through the real window: send and stream, stop, regenerate, edit,
// switch conversations and back, settings used, and a refused strategy.
TestCase {
    id: test
    name: "Chat"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    SignalSpy { id: rowSpy; signalName: "dataChanged" }
    SignalSpy { id: busySpy; target: App.chat; signalName: "busyChanged" }

    function initTestCase() {
        App.settings.applyEngine("cpu fp32", 1)
        App.settings.setValue("top_p", 0.9, false)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
        verify(App.chat.modelReady)
    }

    function cleanupTestCase() {
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

    function type(text) {
        const input = findByName(window.contentItem, "messageInput")
        verify(input, "message input")
        input.forceActiveFocus()
        input.text = text
        keyClick(Qt.Key_Return)
    }

    function messages() { return App.chat.messages }
    function lastText() { return messages().textAt(messages().count - 1) }

    function test_1_send_streams_the_reply() {
        App.settings.setValue("seed", 7, false)
        App.settings.setValue("max_tokens", 40, false)
        const spy = rowSpy
        spy.target = messages()
        spy.clear()
        busySpy.clear()
        type("Hello there")
        tryVerify(() => busySpy.count >= 2, 20000) // busy, then idle again
        verify(!App.chat.busy)
        compare(messages().count, 2)
        compare(messages().textAt(0), "Hello there")
        verify(lastText().length > 0)
        verify(spy.count >= 1, "the reply was streamed in pieces")
        // Every streamed update touched the last row only.
        for (let i = 0; i < spy.count; ++i) {
            const args = spy.signalArguments[i]
            compare(args[0].row, 1)
            compare(args[1].row, 1)
        }
        verify(App.conversations.count >= 1)
        verify(App.chat.stateBytes > 0)
    }

    function test_2_stop_mid_reply() {
        App.settings.setValue("max_tokens", 4000, false)
        App.settings.setValue("temperature", 0, false)
        type("Tell me a very long story")
        tryVerify(() => App.chat.busy && lastText().length > 20, 10000)
        const stop = findByName(window.contentItem, "stopButton")
        verify(stop, "Stop button while generating")
        mouseClick(stop)
        tryVerify(() => !App.chat.busy, 5000)
        const kept = lastText()
        verify(kept.length > 0)
        // The partial reply is stored as it is shown.
        const id = App.chat.conversationId
        App.chat.open(0)
        App.chat.open(id)
        compare(lastText(), kept)
        App.settings.setValue("temperature", 1.0, false)
    }

    function test_3_regenerate_and_edit() {
        App.settings.setValue("max_tokens", 30, false)
        App.settings.setValue("seed", 11, false)
        type("Name a colour")
        tryVerify(() => !App.chat.busy, 20000)
        const first = lastText()
        const rows = messages().count
        App.chat.regenerate()
        tryVerify(() => !App.chat.busy, 20000)
        compare(messages().count, rows)
        compare(lastText(), first, "same seed, same reply")
        App.settings.setValue("seed", 12, false)
        App.chat.regenerate()
        tryVerify(() => !App.chat.busy, 20000)
        verify(lastText() !== first)

        // Edit the question: a branch; the old one stays in the database.
        App.chat.edit(rows - 2, "Name a fruit")
        tryVerify(() => !App.chat.busy, 20000)
        compare(messages().count, rows)
        compare(messages().textAt(rows - 2), "Name a fruit")
    }

    function test_4_switch_conversations_restores_state() {
        App.settings.setValue("max_tokens", 10, false)
        const a = App.chat.conversationId
        App.chat.newChat()
        type("Second chat")
        tryVerify(() => !App.chat.busy, 20000)
        const b = App.chat.conversationId
        verify(b !== a)
        App.chat.open(a)
        compare(App.chat.conversationId, a)
        type("Back again")
        tryVerify(() => !App.chat.busy, 20000)
        // Only the new turn was read: the saved state was restored, not rebuilt.
        const reading = App.chat.lastTurn
        verify(reading.state_restored)
        compare(reading.prompt_tokens, "User: Back again\n\nAssistant:".length)
    }

    function test_5_setting_is_used() {
        App.settings.setValue("max_tokens", 3, false)
        App.settings.setValue("temperature", 1.0, false)
        type("Count")
        tryVerify(() => !App.chat.busy, 20000)
        compare(App.chat.lastTurn.reply_tokens, 3)
        compare(App.chat.lastTurn.finish_reason, "max_tokens")
    }

    function test_7_reset_starts_the_chat_afresh() {
        App.settings.setValue("max_tokens", 10, false)
        type("Remember this")
        tryVerify(() => !App.chat.busy, 20000)
        const id = App.chat.conversationId
        verify(messages().count > 2)
        verify(App.chat.stateBytes > 0)
        App.chat.reset(id)
        tryVerify(() => messages().count === 0, 10000)
        compare(App.chat.conversationId, id, "the conversation stays open")
        compare(App.chat.stateBytes, 0)
        type("New start")
        tryVerify(() => !App.chat.busy, 20000)
        compare(messages().count, 2)
        compare(App.chat.conversationId, id)
        verify(!App.chat.lastTurn.state_restored)
        compare(App.chat.lastTurn.prompt_tokens, "User: New start\n\nAssistant:".length)
    }

    function test_6_invalid_strategy_shows_the_engine_message() {
        const panel = window.settingsPanel
        panel.open()
        tryVerify(() => panel.opened, 2000)
        const field = panel.strategyField
        field.editText = "cuda fp16"
        verify(panel.strategyError !== "")
        verify(panel.strategyError.indexOf("cuda") >= 0, panel.strategyError)
        const before = App.settings.strategy
        compare(App.settings.applyEngine("cuda fp16", 1), panel.strategyError)
        compare(App.settings.strategy, before, "nothing applied")
        verify(App.model.ready, "the model was not reloaded")
        field.editText = before
        compare(panel.strategyError, "")
        panel.close()
    }
}
