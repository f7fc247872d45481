import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// Live and per-message statistics: the footer's rate updates while a reply streams, and
// each reply shows its tokens, time to first token, rate and why it ended (stopped by
// you, the token limit, a stop text, the end of reply).
TestCase {
    name: "Stats"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    // The footer's rate each time it changed while the reply was still being written.
    property var liveRates: []
    Connections {
        target: App.chat
        function onStatsChanged() {
            if (App.chat.busy)
                liveRates.push(App.chat.tokensPerSecond)
        }
    }

    function initTestCase() {
        App.settings.applyEngine("cpu fp32", 1)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        window.modelManager.close()
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function lastStats() {
        const list = window.chatView.messageList
        list.positionViewAtEnd()
        waitForItemPolished(list)
        const item = list.itemAtIndex(list.count - 1)
        verify(item, "the last message")
        return findChild(item, "messageStats")
    }

    function test_1_live_rate_then_stopped_by_you() {
        App.settings.setValue("max_tokens", 4000, false)
        App.settings.setValue("temperature", 1.0, false)
        App.settings.setValue("temperature", 0, false)
        liveRates = []
        verify(App.chat.send("Tell me a very long story"))
        tryVerify(() => App.chat.busy && App.chat.messages.textAt(App.chat.messages.count - 1).length > 20, 10000)
        App.chat.stop()
        tryVerify(() => !App.chat.busy, 10000)
        verify(liveRates.length >= 1, "the rate was updated while the reply was written")
        for (const r of liveRates)
            verify(r > 0)
        const stats = lastStats()
        verify(stats && stats.visible, "figures under the reply")
        verify(stats.replyTokens > 0)
        verify(stats.firstTokenMs > 0)
        verify(stats.tokensPerSecond > 0)
        compare(stats.finishReason, "stopped")
        verify(stats.text.indexOf("stopped by you") >= 0, stats.text)
        verify(stats.text.indexOf("tokens/s") >= 0, stats.text)
    }

    function test_2_token_limit() {
        App.settings.setValue("max_tokens", 5, false)
        verify(App.chat.send("Hi"))
        tryVerify(() => !App.chat.busy, 20000)
        const stats = lastStats()
        compare(stats.replyTokens, 5)
        compare(stats.finishReason, "max_tokens")
        verify(stats.text.indexOf("reached the token limit") >= 0, stats.text)
        verify(stats.text.indexOf("5 tokens") >= 0, stats.text)
    }

    function replyTo(text) {
        App.chat.newChat()
        verify(App.chat.send(text))
        tryVerify(() => !App.chat.busy, 20000)
        return App.chat.messages.textAt(App.chat.messages.count - 1)
    }

    // The same text ends the greedy reply once as a stop text, once as the template's
    // end of reply; each reply says which.
    function test_3_stop_text_and_end_of_reply() {
        App.settings.setValue("max_tokens", 30, false)
        App.settings.setValue("temperature", 0, false)
        const free = replyTo("Hello")
        verify(free.length > 12, free)
        const cut = free.substr(6, 3)

        compare(App.settings.setValue("stop", [cut], false), "")
        compare(replyTo("Hello"), free.substr(0, free.indexOf(cut)))
        let stats = lastStats()
        compare(stats.finishReason, "stop_text")
        verify(stats.text.indexOf("ended at a stop text") >= 0, stats.text)

        compare(App.settings.setValue("stop", [], false), "")
        compare(App.settings.setValue("template_fields", {separator: cut}, false), "")
        compare(replyTo("Hello"), free.substr(0, free.indexOf(cut)))
        stats = lastStats()
        compare(stats.finishReason, "end_of_reply")
        verify(stats.text.indexOf("end of reply") >= 0, stats.text)
        compare(App.settings.setValue("template_fields", {}, false), "")
    }
}
