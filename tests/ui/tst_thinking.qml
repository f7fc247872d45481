import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// A thinking model's reply in the real window: the thought block is open while the
// model thinks and folds when the answer starts; Copy copies the answer only; the
// composer offers the think modes of the model.
TestCase {
    id: test
    name: "Thinking"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    function initTestCase() {
        App.settings.applyEngine("cpu fp32", 1)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        // A fresh data folder is a first run: the model manager opens by itself.
        tryVerify(() => window.modelManager.opened, 3000)
        window.modelManager.close()
        tryVerify(() => !window.modelManager.visible, 3000)
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
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

    function delegateAt(row) {
        const list = findByName(window.contentItem, "messageList")
        verify(list, "message list")
        list.positionViewAtIndex(row, ListView.Contain)
        waitForItemPolished(list)
        tryVerify(() => list.itemAtIndex(row) !== null, 2000, "delegate of message " + row)
        return list.itemAtIndex(row)
    }

    function part(name) {
        const item = findByName(delegateAt(1), name)
        verify(item, name)
        return item
    }

    function test_1_thought_block_open_while_thinking_then_folded() {
        const messages = App.chat.messages
        const id = testSupport.makeQuestion("What is 2+2?")
        App.chat.open(id)
        tryCompare(messages, "count", 1)
        testSupport.beginReply(messages)
        testSupport.streamThought(messages, "\nThe user asks for 2+2.", 6, 0.4)
        tryVerify(() => part("thoughtBlock").visible, 2000, "the block shows while thinking")
        verify(part("thoughtBody").visible, "open while thinking")
        testSupport.streamThought(messages, " Two and two make four.\n", 12, 0.9)
        verify(part("thoughtBody").visible)
        testSupport.streamAnswer(messages, "It is **4**.")
        tryVerify(() => !part("thoughtBody").visible, 2000, "folded once the answer starts")
        verify(part("thoughtBlock").visible)

        const reply = testSupport.storeReply(id, "It is **4**.", "\nThe user asks for 2+2. Two and two make four.\n", 12, 12300)
        testSupport.finishReply(messages, reply)
        tryVerify(() => part("thoughtToggle").contentItem.text.indexOf("Thought for 12 s · 12 token") >= 0, 2000,
                  "the header says how long and how many tokens")
        verify(!part("thoughtBody").visible, "still folded after the reply is stored")
        const copy = part("copyMessageButton")
        tryVerify(() => copy.visible && copy.enabled, 2000)
        mouseClick(copy)
        compare(testSupport.clipboardText(), "It is **4**.")
        // Copy gave the answer only; a click opens the thought.
        mouseClick(part("thoughtToggle"))
        tryVerify(() => part("thoughtBody").visible, 2000, "a click opens it")
    }

    function test_2_composer_offers_the_think_modes() {
        const box = findByName(window.contentItem, "thinkMode")
        verify(box, "think control")
        // A file not from the catalog: every mode, starting with thinking off.
        tryVerify(() => box.visible && box.count === 5, 2000)
        compare(box.currentIndex, 0)
        box.activated(2)
        tryVerify(() => App.settings.effective.think === "think", 2000)
        tryCompare(box, "currentIndex", 2)
    }
}
