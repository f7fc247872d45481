import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// Versions, Duplicate from here, Delete from here and an attached document through the
// real window, clicked as a user would.
TestCase {
    id: test
    name: "Versions"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    SignalSpy { id: busySpy; target: App.chat; signalName: "busyChanged" }
    SignalSpy { id: errorSpy; target: App.chat; signalName: "error" }

    // Whether the window showed a prompt being read since it was last cleared.
    property bool sawReading: false
    Connections {
        target: App.chat
        function onProgressChanged() {
            if (App.chat.reading && App.chat.readProgress < 1)
                test.sawReading = true
        }
    }

    function initTestCase() {
        App.settings.applyEngine("cpu fp32", 1)
        App.settings.setValue("top_p", 0.9, false)
        App.settings.setValue("max_tokens", 16, false)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
        // A fresh data folder is a first run: the model manager opens over the chat.
        tryVerify(() => window.modelManager.opened, 3000)
        window.modelManager.close()
        tryVerify(() => !window.modelManager.visible, 3000)
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

    function messages() { return App.chat.messages }

    function delegateAt(row) {
        const list = findByName(window.contentItem, "messageList")
        list.positionViewAtIndex(row, ListView.Contain)
        waitForItemPolished(list)
        tryVerify(() => list.itemAtIndex(row) !== null, 2000, "delegate of message " + row)
        return list.itemAtIndex(row)
    }

    function clickInMessage(row, name) {
        const button = findByName(delegateAt(row), name)
        verify(button, name + " in message " + row)
        tryVerify(() => button.visible && button.enabled, 2000, name + " can be used")
        mouseClick(button)
    }

    function runTurn(start) {
        busySpy.clear()
        start()
        tryVerify(() => busySpy.count >= 2, 20000, "the turn started and ended")
        verify(!App.chat.busy)
    }

    function send(text) {
        const input = findByName(window.contentItem, "messageInput")
        input.forceActiveFocus()
        input.text = text
        keyClick(Qt.Key_Return)
    }

    function test_1_arrows_show_the_other_version() {
        App.settings.setValue("seed", 3, false)
        runTurn(() => send("Hello there"))
        const first = messages().textAt(1)
        App.settings.setValue("seed", 4, false)
        runTurn(() => clickInMessage(1, "regenerateButton"))
        compare(delegateAt(1).branchCount, 2)
        compare(delegateAt(1).version, 2)
        verify(messages().textAt(1) !== first)

        clickInMessage(1, "previousVersionButton")
        tryCompare(delegateAt(1), "version", 1)
        compare(messages().textAt(1), first)
        compare(findByName(delegateAt(1), "versionLabel").text, "1/2")

        // Continuing here reads only the new message: the state of version 1 was kept.
        runTurn(() => send("Next"))
        compare(App.chat.lastTurn.prompt_tokens, "User: Next\n\nAssistant:".length)
        verify(App.chat.lastTurn.state_restored)
        compare(messages().count, 4)
    }

    function test_2_duplicate_from_here() {
        const original = App.chat.conversationId
        clickInMessage(1, "duplicateButton")
        tryVerify(() => App.chat.conversationId !== original)
        compare(messages().count, 2)
        runTurn(() => send("Go on"))
        verify(App.chat.lastTurn.state_restored)
        compare(App.chat.lastTurn.prompt_tokens, "User: Go on\n\nAssistant:".length)
    }

    function test_3_delete_from_here_asks_first() {
        compare(messages().count, 4)
        clickInMessage(2, "deleteFromHereButton")
        const actions = findByName(delegateAt(2), "branchActions")
        tryVerify(() => actions.confirmDialog.opened)
        compare(messages().count, 4, "nothing is deleted before the answer")
        actions.confirmDialog.accept()
        tryCompare(messages(), "count", 2)
    }

    function test_4_attach_a_document() {
        let text = "Notes about herons.\n"
        for (let i = 0; i < 200; ++i)
            text += "Heron " + i + " stands in pond " + (i % 7) + ".\n"
        const file = testSupport.writeText("notes.txt", text)
        const button = findByName(window.contentItem, "attachButton")
        verify(button)
        mouseClick(button)
        const composer = findByName(window.contentItem, "composer")
        tryVerify(() => composer.documentDialog.visible)
        // The file is chosen as the dialog would hand it over (the platform dialog itself
        // is not driven here).
        composer.documentDialog.close()
        runTurn(() => verify(App.chat.attach(file)))
        compare(messages().count, 3)
        const chip = findByName(delegateAt(2), "documentChip")
        verify(chip && chip.visible, "the document shows as a chip")
        compare(delegateAt(2).documentName, "notes.txt")
        verify(delegateAt(2).documentTokens > text.length)
        runTurn(() => send("Which pond?"))
        compare(App.chat.lastTurn.prompt_tokens, "User: Which pond?\n\nAssistant:".length)
    }

    // Every streamed token replaces a reply's text parts. A resize that lands before the
    // next polish must not reach the replaced (deleted) parts: Qt 6.4's layouts still hold
    // them until their own polish. Freed memory is filled meanwhile, so such a read
    // crashes here instead of passing by luck.
    function test_5_resize_while_a_reply_streams() {
        testSupport.perturbFreedMemory(true)
        const messages = App.chat.messages
        const id = testSupport.makeQuestion("Tell me about herons")
        App.chat.open(id)
        tryCompare(messages, "count", 1)
        testSupport.beginReply(messages)
        testSupport.streamAnswer(messages, "Herons")
        const reply = delegateAt(1)
        for (let i = 0; i < 20; ++i) {
            testSupport.streamAnswer(messages, i % 5 === 0 ? "\n```\ncode " + i + "\n```\n" : " wade")
            wait(0) // the replaced parts are deleted; the window has not polished yet
            reply.width = 640 + (i % 2) * 60 // as a window resize does, at once
        }
        testSupport.perturbFreedMemory(false)
        const text = messages.textAt(1)
        testSupport.finishReply(messages, testSupport.storeReply(id, text, "", 0, 0))
        compare(delegateAt(1).text, text)
        // The parts still span the bubble.
        const part = findByName(delegateAt(1), "replyPart")
        verify(part && part.item)
        tryVerify(() => part.width > 400 && part.item.width === part.width, 2000, "a part spans the bubble")
    }

    // A version whose saved state was dropped (another model was used meanwhile, or the
    // row was damaged) is not read again at the switch; the next turn rebuilds it from
    // its text, and the window shows that reading. A kept version reads nothing again.
    function test_6_a_dropped_version_is_rebuilt_with_progress() {
        App.chat.newChat()
        App.settings.setValue("seed", 3, false)
        const question = "Herons wade in the shallow ponds at dawn. ".repeat(30)
        runTurn(() => send(question))
        App.settings.setValue("seed", 4, false)
        runTurn(() => clickInMessage(1, "regenerateButton"))
        sawReading = false
        clickInMessage(1, "previousVersionButton")
        tryCompare(delegateAt(1), "version", 1)
        verify(!App.chat.busy && !sawReading, "the switch itself reads nothing")

        verify(testSupport.dropStates(App.chat.conversationId) > 0)
        runTurn(() => send("Next"))
        verify(sawReading, "the rebuild shows its progress in the window")
        verify(!App.chat.lastTurn.state_restored)
        verify(App.chat.lastTurn.prompt_tokens > question.length, "the whole version was read again")

        // Its state is saved again: the next turn reads only itself, with no reading shown.
        sawReading = false
        runTurn(() => send("And then?"))
        verify(App.chat.lastTurn.state_restored)
        compare(App.chat.lastTurn.prompt_tokens, "User: And then?\n\nAssistant:".length)
    }
}
