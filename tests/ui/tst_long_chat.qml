import QtQuick
import QtTest
import Linnet

// A chat of 2,000 messages opens and scrolls without reading every message's text.
TestCase {
    name: "LongChat"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    function test_lazy_loading() {
        const id = testSupport.makeLongChat(2000)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        App.conversations.refresh()
        App.chat.open(id)
        compare(App.chat.messages.count, 2000)
        const list = window.chatView.messageList
        tryVerify(() => list.count === 2000, 5000)
        wait(200) // let the view lay out and scroll to the end
        const loaded = App.chat.messages.textsLoaded
        verify(loaded > 0, "the visible messages were read")
        verify(loaded < 100, "only the visible messages were read, not " + loaded)

        // Scrolling to the middle reads the messages shown there, and only those.
        list.positionViewAtIndex(1000, ListView.Center)
        wait(100)
        const after = App.chat.messages.textsLoaded
        verify(after > loaded)
        verify(after < 200, "read " + after + " texts")
        compare(App.chat.messages.textAt(1000).indexOf("Message number 1000."), 0)
        window.destroy()
    }
}
