import QtQuick
import QtTest
import Linnet

// The GUI thread stays responsive while a reply streams and while a model loads: a
// 10 ms timer is never more than 50 ms late (scaled in a slower build, as every wait).
TestCase {
    name: "Responsiveness"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    property real last: 0
    property real worst: 0

    Timer {
        id: ticker
        interval: 10
        repeat: true
        onTriggered: {
            const now = Date.now()
            if (last > 0)
                worst = Math.max(worst, now - last - interval)
            last = now
        }
    }

    function measure(work, done) {
        last = 0
        worst = 0
        ticker.start()
        work()
        tryVerify(done, testSupport.ms(30000))
        ticker.stop()
        return worst
    }

    function initTestCase() {
        App.settings.applyEngine("cpu fp32", 1)
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        // The window's read tests (tst_ui.cpp, waitForBackgroundWork) would share the
        // cores with the GUI thread measured here.
        verify(testSupport.waitForBackgroundWork(120000), "the read tests end")
    }

    function test_1_while_a_model_loads() {
        // The largest tiny model; loading happens on the inference thread.
        const late = measure(() => App.model.load(testSupport.modelPath("6v0-3m-Q5_1-dequant-FP32")),
                             () => App.model.ready)
        console.info("worst timer lateness: " + late + " ms")
        verify(late <= testSupport.ms(50), "the GUI thread was " + late + " ms late")
    }

    function test_2_while_a_reply_streams() {
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready, 10000)
        App.settings.setValue("temperature", 0, false)
        App.settings.setValue("max_tokens", 1500, false)
        const late = measure(() => App.chat.send("Tell me a long story"), () => !App.chat.busy)
        verify(App.chat.lastTurn.reply_tokens > 1000, "a long reply streamed")
        console.info("worst timer lateness: " + late + " ms")
        verify(late <= testSupport.ms(50), "the GUI thread was " + late + " ms late")
    }

    function cleanupTestCase() {
        window.destroy()
    }
}
