import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// A state-tuned file added to the starting points through the window, as a user would:
// "New chat from…", "Add a state-tuned file…", a file chosen; files for another model
// and broken files are refused in words, and a new chat starts from the added state.
// A chat's state exported to a Linnet state file comes back as a starting point.
TestCase {
    id: test
    name: "StartPoints"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    SignalSpy { id: busySpy; target: App.chat; signalName: "busyChanged" }
    SignalSpy { id: errorSpy; target: App.chat; signalName: "error" }
    // The list is read from the database, which the inference thread writes before the
    // queued signal that rebuilds the menu arrives: wait for the signal, not the row.
    SignalSpy { id: startPointsSpy; target: App.chat; signalName: "startPointsChanged" }

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

    function newChatFrom() { return findByName(window.contentItem, "newChatFromButton") }

    // The menu item called `name`, with the menu open.
    function openMenuAt(name) {
        const button = newChatFrom()
        verify(button)
        mouseClick(button)
        tryVerify(() => button.menu.opened)
        // Items added while it was closed are laid out at its next polish.
        waitForItemPolished(button.menu.contentItem)
        for (let i = 0; i < button.menu.count; ++i) {
            const item = button.menu.itemAt(i)
            if (item && item.objectName === name)
                return item
        }
        return null
    }

    // Through the window's action; the file is handed over as the dialog hands over a
    // chosen file (the platform dialog itself is not driven here).
    function addTunedFile(url) {
        const item = openMenuAt("addTunedStateItem")
        verify(item, "the menu offers to add a state-tuned file")
        verify(item.enabled)
        mouseClick(item)
        const dialog = newChatFrom().tunedStateDialog
        tryVerify(() => dialog.visible)
        dialog.close()
        dialog.selectedFile = url
        dialog.accepted()
    }

    function startPointNamed(name) {
        return App.chat.startPoints.find(p => p.name === name)
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

    function test_1_files_that_do_not_fit_are_refused_in_words() {
        const before = App.chat.startPoints.length
        errorSpy.clear()
        addTunedFile(testSupport.writeTunedState("other model.pth", 32))
        tryVerify(() => errorSpy.count === 1, 10000)
        let message = errorSpy.signalArguments[0][0]
        verify(message.includes("other model.pth"), message)
        verify(message.includes("[1, 32, 32]") && message.includes("[1, 64, 64]"), "both shapes: " + message)
        compare(App.chat.startPoints.length, before)

        addTunedFile(testSupport.writeText("broken.pth", "PK\u0003\u0004 this is not a zip archive"))
        tryVerify(() => errorSpy.count === 2, 10000)
        message = errorSpy.signalArguments[1][0]
        verify(message.includes("broken.pth"), message)
        compare(App.chat.startPoints.length, before)
        verify(!startPointNamed("broken") && !startPointNamed("other model"))
    }

    function test_2_a_new_chat_starts_from_the_added_state() {
        App.settings.setValue("seed", 3, false)
        App.chat.newChat()
        runTurn(() => send("Hi"))
        const plain = App.chat.messages.textAt(1)

        errorSpy.clear()
        startPointsSpy.clear()
        addTunedFile(testSupport.writeTunedState("Heron role.pth", 64))
        tryVerify(() => startPointsSpy.count > 0, testSupport.ms(10000), "the file is listed")
        verify(startPointNamed("Heron role") !== undefined)
        compare(startPointNamed("Heron role").source, "tuned")
        compare(errorSpy.count, 0)

        const previous = App.chat.conversationId
        const item = openMenuAt("startPoint_Heron role")
        verify(item, "the menu lists the added starting point")
        mouseClick(item)
        tryVerify(() => App.chat.conversationId !== previous)
        runTurn(() => send("Hi"))
        compare(App.chat.messages.count, 2)
        compare(App.chat.lastTurn.prompt_tokens, "User: Hi\n\nAssistant:".length)
        verify(App.chat.messages.textAt(1) !== plain, "the reply starts from the tuned state, not from zeros")
    }

    // Through "Import a state file…", as addTunedFile does it.
    function importStateFile(url) {
        const item = openMenuAt("importStateFileItem")
        verify(item, "the menu offers to import a state file")
        verify(item.enabled)
        mouseClick(item)
        const dialog = newChatFrom().stateFileDialog
        tryVerify(() => dialog.visible)
        dialog.close()
        dialog.selectedFile = url
        dialog.accepted()
    }

    // The chat of test_2 (a tuned start and one turn) goes out as a Linnet state file and
    // comes back as a starting point: a chat from it reads only the new message and
    // replies as the original chat does to the same message with the same seed. A damaged
    // copy is refused in words and adds nothing.
    function test_3_a_chat_state_exported_and_imported_back() {
        const original = App.chat.conversationId
        const marker = FilePlaces.localPath(testSupport.writeText("marker.txt", "x"))
        const dialog = window.conversationPane.exportDialog
        dialog.start(original, "Heron chat", "state")
        compare(dialog.nameField.text, "Heron chat.lnstate")
        dialog.folderField.text = marker.substring(0, marker.lastIndexOf("/"))
        dialog.save()
        tryVerify(() => dialog.exportedPath !== "" || dialog.error !== "", 10000)
        compare(dialog.error, "")
        verify(testSupport.fileExists(dialog.exportedPath), dialog.exportedPath)
        const exported = dialog.exportedPath
        dialog.close()

        const before = App.chat.startPoints.map(p => p.name)
        errorSpy.clear()
        importStateFile(testSupport.writeText("damaged.lnstate", "LNSTATE1 this is not a state"))
        tryVerify(() => errorSpy.count === 1, 10000)
        verify(errorSpy.signalArguments[0][0].includes("not an intact Linnet state file"), errorSpy.signalArguments[0][0])
        compare(App.chat.startPoints.length, before.length)

        startPointsSpy.clear()
        importStateFile(FilePlaces.urlOf(exported))
        tryVerify(() => startPointsSpy.count > 0, testSupport.ms(10000), "the state is listed")
        compare(App.chat.startPoints.length, before.length + 1)
        const added = App.chat.startPoints.find(p => !before.includes(p.name))
        compare(added.source, "imported")
        const item = openMenuAt("startPoint_" + added.name)
        verify(item, "the menu lists the imported starting point")
        mouseClick(item)
        tryVerify(() => App.chat.conversationId !== original)
        runTurn(() => send("Hello"))
        compare(App.chat.lastTurn.prompt_tokens, "User: Hello\n\nAssistant:".length)
        const fromFile = App.chat.messages.textAt(App.chat.messages.count - 1)

        App.chat.open(original)
        tryCompare(App.chat, "conversationId", original)
        runTurn(() => send("Hello"))
        compare(App.chat.messages.textAt(App.chat.messages.count - 1), fromFile)
    }
}
