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
    SignalSpy { id: errorSpy; target: App.chat; signalName: "error" }

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

    // Types like a user: one key press per character into the focused control.
    function typeKeys(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    // The delegate of a message, scrolled into view and laid out.
    function delegateAt(row) {
        const list = findByName(window.contentItem, "messageList")
        verify(list, "message list")
        list.positionViewAtIndex(row, ListView.Contain)
        waitForItemPolished(list)
        tryVerify(() => list.itemAtIndex(row) !== null, 2000, "delegate of message " + row)
        return list.itemAtIndex(row)
    }

    // Clicks a control of one message, as a user would, once it can be used.
    function clickInMessage(row, name) {
        const button = findByName(delegateAt(row), name)
        verify(button, name + " in message " + row)
        tryVerify(() => button.visible && button.enabled, 2000, name + " can be used")
        mouseClick(button)
    }

    // Waits until a turn started by a click has run and finished.
    function waitForTurn() {
        tryVerify(() => busySpy.count >= 2, testSupport.ms(20000), "the reply started and ended")
        verify(!App.chat.busy)
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
        // The reply fills its bubble, as it streams and when the chat is opened again:
        // as wide as the bubble's text, not a sliver.
        const widthOk = () => { const p = findByName(delegateAt(1), "replyPart"); return p && p.width > 400 }
        tryVerify(widthOk, 2000, "the streamed reply's text is as wide as its bubble")
        const id = App.chat.conversationId
        App.chat.newChat()
        App.chat.open(id)
        tryCompare(messages(), "count", 2)
        tryVerify(widthOk, 2000, "the reopened reply's text is as wide as its bubble")
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
        tryVerify(() => App.chat.busy && lastText().length > 20, testSupport.ms(10000))
        const stop = findByName(window.contentItem, "stopButton")
        verify(stop, "Stop button while generating")
        mouseClick(stop)
        tryVerify(() => !App.chat.busy, testSupport.ms(5000))
        const kept = lastText()
        verify(kept.length > 0)
        // The partial reply is stored as it is shown.
        const id = App.chat.conversationId
        App.chat.open(0)
        App.chat.open(id)
        compare(lastText(), kept)
        App.settings.setValue("temperature", 1.0, false)
    }

    function test_3a_regenerate_button() {
        App.settings.setValue("max_tokens", 30, false)
        App.settings.setValue("seed", 11, false)
        type("Name a colour")
        tryVerify(() => !App.chat.busy, testSupport.ms(20000))
        const first = lastText()
        const rows = messages().count
        compare(delegateAt(rows - 1).branchCount, 1)

        busySpy.clear()
        clickInMessage(rows - 1, "regenerateButton")
        waitForTurn()
        compare(messages().count, rows)
        compare(lastText(), first, "same seed, same reply")
        compare(delegateAt(rows - 1).branchCount, 2, "the regenerated reply is a second version")

        App.settings.setValue("seed", 12, false)
        busySpy.clear()
        clickInMessage(rows - 1, "regenerateButton")
        waitForTurn()
        compare(messages().count, rows)
        verify(lastText() !== first, "another seed, another reply")
        compare(delegateAt(rows - 1).branchCount, 3)
    }

    function test_3b_edit_button() {
        const rows = messages().count
        const question = rows - 2
        verify(question >= 0)
        compare(delegateAt(question).role, "user")
        const oldReply = lastText()
        const oldReplyId = delegateAt(rows - 1).messageId

        clickInMessage(question, "editButton")
        const editor = findByName(delegateAt(question), "editArea")
        verify(editor, "edit area")
        tryVerify(() => editor.visible && editor.activeFocus, 2000, "the edit area has the focus")
        compare(editor.text, messages().textAt(question), "editing starts from the message")
        keySequence(StandardKey.SelectAll)
        typeKeys("Name a fruit")
        compare(editor.text, "Name a fruit")

        // Send the edit: a branch from the question; the old one stays in the database.
        busySpy.clear()
        clickInMessage(question, "saveEditButton")
        waitForTurn()
        compare(messages().count, rows)
        compare(messages().textAt(question), "Name a fruit")
        compare(delegateAt(question).branchCount, 2, "the edited question is a second version")
        const reply = delegateAt(rows - 1)
        compare(reply.role, "assistant")
        verify(!reply.streaming)
        verify(reply.messageId !== oldReplyId, "a new reply follows the edited question")
        verify(reply.text.length > 0)
        compare(reply.text, lastText())
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
        App.settings.setValue("temperature", 1.0, false)
        const panel = window.settingsPanel
        panel.open()
        tryVerify(() => panel.opened, 2000)
        // Max tokens with its slider: a click at the left end gives the lowest value (1),
        // then every Right key press adds one token.
        const slider = findByName(panel.contentItem, "slider_max_tokens")
        verify(slider, "max tokens slider")
        waitForItemPolished(slider)
        mouseClick(slider, 1, slider.height / 2)
        compare(App.settings.effective.max_tokens, 1, "a click at the left end")
        tryVerify(() => slider.activeFocus, 2000, "the slider has the focus")
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        compare(App.settings.effective.max_tokens, 4)
        panel.close()
        tryVerify(() => !panel.visible, 2000)

        type("Count")
        tryVerify(() => !App.chat.busy, 20000)
        compare(App.chat.lastTurn.reply_tokens, 4)
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

    function test_8_missing_tuned_state_is_refused() {
        App.settings.setValue("max_tokens", 4, false)
        type("Hello")
        tryVerify(() => !App.chat.busy, 20000)
        const before = messages().count
        const panel = window.settingsPanel
        panel.open()
        tryVerify(() => panel.opened, 2000)
        // The tuned state is a setting of this chat only: its row shows on that tab.
        const field = findByName(panel.contentItem, "tunedStateField")
        verify(field, "tuned state field")
        verify(!field.visible, "hidden among the defaults")
        const chatTab = findByName(panel.contentItem, "thisChatTab")
        verify(chatTab, "this chat tab")
        mouseClick(chatTab)
        tryVerify(() => field.visible, 2000)
        field.forceActiveFocus()
        field.text = "/nonexistent/tuned-state.pth"
        keyClick(Qt.Key_Return)
        compare(App.settings.effective.tuned_state, "/nonexistent/tuned-state.pth")
        panel.close()
        tryVerify(() => !panel.visible, 2000)

        errorSpy.clear()
        type("Again")
        tryVerify(() => errorSpy.count > 0, 10000, "the send was refused")
        verify(errorSpy.signalArguments[0][0].indexOf("tuned-state.pth") >= 0, errorSpy.signalArguments[0][0])
        tryVerify(() => !App.chat.busy, 10000)
        compare(messages().count, before, "nothing was added")
        App.settings.setValue("tuned_state", "", true)
    }

    function test_9_engine_change_reloads_the_model() {
        compare(App.settings.applyEngine("cpu bf16", 1), "")
        tryVerify(() => App.model.ready && App.model.info.strategy === "cpu bf16", 20000, "reloaded in bf16")
        tryVerify(() => App.chat.modelReady, 2000)
        App.settings.setValue("max_tokens", 3, false)
        type("Hi")
        tryVerify(() => !App.chat.busy, 20000)
        compare(App.chat.lastTurn.reply_tokens, 3)
        compare(App.settings.applyEngine("cpu fp32", 1), "")
        tryVerify(() => App.model.ready && App.model.info.strategy === "cpu fp32", 20000, "back to fp32")
    }
}
