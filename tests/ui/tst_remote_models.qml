import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// A remote model through the window: "Add a remote model…" in the model menu, the
// server's /v1/models listed in the dialog, then a chat answered by it in the same chat
// view. The server is the window's own Local server on 127.0.0.1 (the real HTTP API),
// so the request leaves through the network stack and comes back. A server that went
// away is told in words, and removing the remote model leaves no model in use.
TestCase {
    name: "RemoteModels"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    SignalSpy { id: busySpy; target: App.chat; signalName: "busyChanged" }
    SignalSpy { id: errorSpy; target: App.chat; signalName: "error" }

    function initTestCase() {
        App.settings.applyEngine("cpu fp32", 1)
        App.settings.setValue("max_tokens", 24, false)
        App.settings.setValue("seed", 3, false)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
        if (window.modelManager.opened)
            window.modelManager.close()
        tryVerify(() => !window.modelManager.visible, 3000)
    }

    function cleanupTestCase() {
        App.localServer.setRunning(false)
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

    function menuItem(menu, name) {
        for (let i = 0; i < menu.count; ++i)
            if (menu.itemAt(i).objectName === name)
                return menu.itemAt(i)
        return null
    }

    function test_1_a_remote_model_is_added_and_answers() {
        // A state-tuned starting point, added while the local model is loaded (test_1b).
        App.chat.addTunedStartPoint(testSupport.writeTunedState("Heron role.pth", 64))
        tryVerify(() => App.chat.startPoints.some(p => p.name === "Heron role"), 10000)
        App.localServer.setRunning(true, 0) // port 0: any free port
        tryVerify(() => App.localServer.running, 3000)
        const address = App.localServer.address

        // No model installed: the model button opens the Models dialog, which offers it.
        const bar = window.header
        mouseClick(findByName(bar, "modelButton"))
        tryVerify(() => window.modelManager.opened, 2000)
        mouseClick(findByName(window.modelManager.contentItem, "addRemoteButton"))
        tryVerify(() => !window.modelManager.visible, 2000)
        const dialog = bar.remoteDialog
        tryVerify(() => dialog.opened, 2000)

        // A wrong address first: the reason is shown in the dialog, in words.
        findByName(dialog.contentItem, "remoteAddress").text = "http://127.0.0.1:1/v1"
        mouseClick(findByName(dialog.contentItem, "remoteList"))
        tryVerify(() => dialog.problem !== "", 20000)
        verify(dialog.problem.indexOf("127.0.0.1") >= 0, dialog.problem)
        compare(dialog.models.length, 0)

        findByName(dialog.contentItem, "remoteAddress").text = address
        mouseClick(findByName(dialog.contentItem, "remoteList"))
        tryVerify(() => dialog.models.length > 0, 10000)
        compare(dialog.problem, "")
        const name = findByName(dialog.contentItem, "remoteName")
        verify(name.text.length > 0, "the name starts as the model's")
        name.text = "Loopback"
        mouseClick(findByName(dialog.footer, "remoteAdd"))
        tryVerify(() => !dialog.opened, 2000)
        verify(App.model.remote)
        compare(App.model.name, "Loopback")
        compare(App.remoteModels.count, 1)
        verify(findByName(bar, "modelSummary").text.indexOf("127.0.0.1") >= 0)

        // With a remote model added, the model menu lists it and offers another.
        mouseClick(findByName(bar, "modelButton"))
        tryVerify(() => bar.modelMenu.opened, 2000)
        verify(menuItem(bar.modelMenu, "addRemoteModel"), "Add a remote model… in the model menu")
        bar.modelMenu.close()

        App.chat.newChat()
        busySpy.clear()
        verify(App.chat.send("Hello over the network"))
        tryVerify(() => busySpy.count >= 2, 20000, "the reply started and ended")
        compare(errorSpy.count, 0)
        compare(App.chat.messages.count, 2)
        compare(App.chat.messages.textAt(0), "Hello over the network")
        verify(App.chat.messages.textAt(1).length > 0, "the remote reply is in the chat view")
        verify(App.localServer.log.some(line => line.indexOf("POST /v1/chat/completions") >= 0),
               App.localServer.log.join("\n"))
    }

    // A remote model keeps no RWKV state: a state-tuned starting point and state files are
    // refused in words (and not offered in the menu), and nothing changes.
    function test_1b_states_are_refused_with_a_remote_model() {
        verify(App.model.remote)
        const button = findByName(window.contentItem, "newChatFromButton")
        mouseClick(button)
        tryVerify(() => button.menu.opened)
        waitForItemPolished(button.menu.contentItem)
        verify(!menuItem(button.menu, "addTunedStateItem").enabled)
        verify(!menuItem(button.menu, "importStateFileItem").enabled)
        button.menu.close()

        const chat = App.chat.conversationId
        errorSpy.clear()
        App.chat.newChatFrom(App.chat.startPoints.find(p => p.name === "Heron role").id)
        tryVerify(() => errorSpy.count === 1, 3000)
        verify(errorSpy.signalArguments[0][0].includes("\"Heron role\" is a state-tuned file"), errorSpy.signalArguments[0][0])
        compare(App.chat.conversationId, chat)
        App.chat.importStateFile(testSupport.writeText("a.lnstate", "LNSTATE1"))
        tryVerify(() => errorSpy.count === 2, 3000)
        verify(errorSpy.signalArguments[1][0].includes("local RWKV model"), errorSpy.signalArguments[1][0])
        errorSpy.clear()
    }

    function test_2_a_server_gone_is_told_and_the_chat_kept() {
        verify(App.model.remote)
        App.localServer.setRunning(false)
        tryVerify(() => !App.localServer.running, 3000)
        errorSpy.clear()
        busySpy.clear()
        verify(App.chat.send("Still there?"))
        tryVerify(() => errorSpy.count === 1, 30000)
        verify(!App.chat.busy)
        verify(errorSpy.signalArguments[0][0].indexOf("127.0.0.1") >= 0, errorSpy.signalArguments[0][0])
        compare(App.notice, errorSpy.signalArguments[0][0])
        // The earlier turn and the new question stay.
        compare(App.chat.messages.count, 3)
    }

    function test_3_removing_it_leaves_no_model_in_use() {
        const bar = window.header
        bar.remoteDialog.open()
        tryVerify(() => bar.remoteDialog.opened, 2000)
        App.remoteModels.remove(App.model.path)
        compare(App.remoteModels.count, 0)
        verify(!App.model.remote)
        verify(!App.model.ready)
        verify(!App.chat.modelReady)
        bar.remoteDialog.close()
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
        verify(!App.chat.remote)
    }
}
