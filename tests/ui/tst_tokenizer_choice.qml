import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// The tokenizer chooser in the settings panel: a choice is kept for the model file and
// reloads the model with it; a tokenizer with more tokens than the model reads is
// refused in words when the model loads; Automatic goes back to the vocabulary's.
TestCase {
    name: "TokenizerChoice"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    property var panel: null
    property string model: ""

    function initTestCase() {
        model = testSupport.modelPath("7v0-834K-FP32")
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        App.model.load(model)
        tryVerify(() => App.model.ready, 10000)
        panel = window.settingsPanel
        panel.open()
        tryVerify(() => panel.opened, 3000)
    }

    function cleanupTestCase() { window.destroy() }

    function choose(index) {
        const box = findChild(panel.contentItem, "tokenizerBox")
        verify(box && box.visible)
        box.currentIndex = index
        box.activated(index)
    }

    function test_1_a_tokenizer_too_large_for_the_model_is_refused() {
        choose(2) // GPT-NeoX: 50277 tokens (or its file missing) for a 256-token model
        compare(App.settings.tokenizerFor(model), "neox")
        tryVerify(() => !App.model.loading && App.model.error !== "", 20000)
        verify(App.model.error.indexOf("tokenizer") >= 0, App.model.error)
        verify(!App.model.ready)
    }

    function test_2_automatic_again() {
        choose(0)
        compare(App.settings.tokenizerFor(model), "")
        tryVerify(() => App.model.ready, 20000, "reloaded with its own tokenizer")
        compare(App.model.error, "")
    }

    function test_3_bytes_chosen_by_name() {
        choose(3)
        compare(App.settings.tokenizerFor(model), "bytes")
        tryVerify(() => App.model.ready, 20000)
        choose(0)
        tryVerify(() => App.model.ready, 20000)
    }
}
