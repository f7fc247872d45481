import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// Fast by default: each catalog entry shows its estimated tokens/s on this computer
// (the read test runs by itself off the GUI thread), the suggestion is the best model at
// a usable speed, and a new user's model loads in its RWKV version's default precision
// while an explicit choice is kept.
TestCase {
    name: "Speed"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    readonly property string smallest: "rwkv7-g1d-0.1b"

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        window.modelManager.open()
        tryVerify(() => window.modelManager.opened, 3000)
    }

    function cleanupTestCase() {
        App.models.filtered.clear()
        window.destroy()
    }

    // The entry of catalog model `id`, searched for by its name so that it is on screen.
    function entryOf(id) {
        const catalog = App.models.catalog
        for (let i = 0; i < catalog.rowCount(); ++i) {
            if (catalog.data(catalog.index(i, 0), Qt.UserRole + 1) === id)
                App.models.filtered.search = catalog.data(catalog.index(i, 0), Qt.DisplayRole)
        }
        let found = null
        tryVerify(() => (found = findChild(window.modelManager.contentItem, "catalogEntry_" + id)) !== null, 3000)
        return found
    }

    function test_1_every_entry_gets_an_estimate() {
        const entry = entryOf(smallest)
        const label = findChild(entry, "estimate_" + smallest)
        verify(label)
        // The read test is running or done; the window did not wait for it.
        tryVerify(() => entry.tokensPerSecond > 0, 30000, "the read test's result arrives")
        verify(label.text.indexOf("tokens/s") >= 0, label.text)
        verify(label.text.indexOf("bf16i4") >= 0, label.text)
    }

    function test_2_the_suggestion_follows_the_speed() {
        // Slow memory: nothing reaches 10 tokens/s, so the fastest (the smallest) is suggested,
        // though larger ones fit.
        testSupport.setReadSpeed(0.1e9)
        compare(App.models.recommendedId, smallest)
        const entry = entryOf(smallest)
        verify(entry.recommended)
        const slow = entry.tokensPerSecond
        verify(slow > 0 && slow < 10, slow)
        // Ten times the read speed, nearly ten times the estimate (a token's fixed cost
        // besides reading the weights is 0.6 ms).
        testSupport.setReadSpeed(1e9)
        tryVerify(() => entry.tokensPerSecond / slow > 9.5 && entry.tokensPerSecond / slow < 10, 3000)
        // Fast memory: a larger model is usable, and suggested.
        testSupport.setReadSpeed(1000e9)
        verify(App.models.recommendedId !== smallest)
        verify(App.models.recommendedId.indexOf("rwkv7-g1") === 0, App.models.recommendedId)
        App.models.filtered.clear()
    }

    function test_3_a_new_user_gets_the_default_precision() {
        compare(App.settings.strategy, "auto")
        App.model.load(testSupport.modelPath("7v0-834K-FP32"))
        tryVerify(() => App.model.ready && App.model.info.strategy === "cpu bf16i4", 20000, App.model.info.strategy)
        App.model.load(testSupport.modelPath("4v0-660K-FP32"))
        tryVerify(() => App.model.ready && App.model.info.strategy === "cpu bf16i8", 20000, App.model.info.strategy)
        // A choice of the user's is kept.
        compare(App.settings.applyEngine("cpu fp32", 1), "")
        tryVerify(() => App.model.ready && App.model.info.strategy === "cpu fp32", 20000, App.model.info.strategy)
        compare(App.settings.strategy, "cpu fp32")
    }
}
