import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// Scrolling that follows: a chat opens at its end; scrolling up lets go of the end and
// shows "jump to latest"; a streaming reply is followed to its very end.
TestCase {
    name: "Scroll"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    property var longChat: 0
    property var otherChat: 0

    SignalSpy { id: busySpy; target: App.chat; signalName: "busyChanged" }

    function initTestCase() {
        App.settings.applyEngine("cpu fp32", 1)
        otherChat = testSupport.makeLongChat(6)
        longChat = testSupport.makeLongChat(80)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        // A first run opens the Models dialog; this test is about the window behind it.
        window.modelManager.close()
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function list() { return window.chatView.messageList }

    // The last message's delegate exists and its bottom is inside the view.
    function lastMessageShown() {
        const l = list()
        const last = l.itemAtIndex(l.count - 1)
        if (!last)
            return false
        const bottom = last.mapToItem(l, 0, last.height).y
        return l.atYEnd && bottom <= l.height + 1 && bottom > 0
    }

    function test_1_opening_a_chat_shows_its_end() {
        App.chat.open(otherChat)
        App.chat.open(longChat)
        compare(list().count, 80)
        tryVerify(lastMessageShown, 3000, "the newest message is in view")
        waitForRendering(window.contentItem)
        verify(lastMessageShown(), "and stays there once laid out")
        verify(!window.chatView.jumpButton.visible)
    }

    function test_2_scrolling_up_offers_jump_to_latest() {
        const l = list()
        // The user's own scrolling: a wheel turn upwards over the list.
        for (let i = 0; i < 6; ++i)
            mouseWheel(l, l.width / 2, l.height / 2, 0, 240)
        tryVerify(() => !l.moving, 3000)
        verify(!l.atYEnd)
        verify(!l.following, "scrolling up lets go of the end")
        tryVerify(() => window.chatView.jumpButton.visible, 2000)
        mouseClick(window.chatView.jumpButton)
        tryVerify(lastMessageShown, 3000)
        verify(l.following)
    }

    function test_3_a_streaming_reply_is_followed_to_its_end() {
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
        App.settings.setValue("max_tokens", 120, false)
        App.settings.setValue("temperature", 1.0, false)
        busySpy.clear()
        verify(App.chat.send("Tell me a long story"))
        tryVerify(() => busySpy.count >= 2, 30000)
        tryVerify(lastMessageShown, 3000, "the end of the reply (and its action row) is in view")
        waitForRendering(window.contentItem)
        verify(lastMessageShown())
    }
}
