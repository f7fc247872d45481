import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// "Check for new models" in the Models dialog, against the recorded listing of the G1
// repository served on 127.0.0.1 (tests/data/hf-listing-rwkv7-g1.json): the two releases
// the built-in catalog lacks are added and marked New, with their size, SHA-256 and memory
// estimate; an address where nothing answers gives a message in words and leaves the
// catalog as it was.
TestCase {
    name: "NewModels"
    when: windowShown
    width: 800
    height: 600
    visible: true

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, {width: 800, height: 600})
        verify(window)
        window.modelManager.open()
        tryVerify(() => window.modelManager.opened, 3000)
    }

    function cleanupTestCase() {
        App.models.filtered.clear()
        window.destroy()
    }

    function item(name) { return findChild(window.modelManager.contentItem, name) }
    function check() {
        const button = item("checkNewModels")
        verify(button && button.enabled)
        mouseClick(button)
        tryVerify(() => !App.models.checkingForNew && item("checkNewModels").enabled, 30000)
        return item("newModelsMessage").text
    }

    function test_1_offline_leaves_the_catalog_alone() {
        const before = App.models.catalog.rowCount()
        compare(App.models.setReleasesApi(testSupport.deadAddress()), "")
        const message = check()
        verify(message.startsWith("Cannot check for new models"), message)
        verify(message.indexOf("The catalog is unchanged") >= 0, message)
        compare(App.models.catalog.rowCount(), before)
        compare(App.models.newModelIds.length, 0)
    }

    function test_2_new_releases_are_added_and_shown() {
        const before = App.models.catalog.rowCount()
        const address = testSupport.serveReleaseListing()
        verify(address.startsWith("http://127.0.0.1:"), address)
        compare(App.models.setReleasesApi(address), "")
        const message = check()
        // Newest first.
        compare(App.models.newModelIds.length, 2, message)
        compare(App.models.newModelIds[0], "rwkv7-g1g-2.9b-20260526")
        compare(App.models.newModelIds[1], "rwkv7-g1f-1.5b-20260419")
        compare(App.models.catalog.rowCount(), before + 2)
        verify(message.indexOf("2 new model") >= 0 && message.indexOf("RWKV-7 G1g 2.9B") >= 0, message)

        App.models.filtered.search = "g1g 2.9b"
        const list = item("catalogList")
        tryVerify(() => findChild(list, "catalogEntry_rwkv7-g1g-2.9b-20260526") !== null, 3000)
        const entry = findChild(list, "catalogEntry_rwkv7-g1g-2.9b-20260526")
        compare(entry.sizeBytes, 5896275005)
        compare(entry.sha256, "fe97690d3adb3fa0741abc7d6d906984064f4fdbe59c5844227e450dac5112cd")
        // Memory per precision from the size (MiB): 2 × file, file, file / 2, each + 1.5 GiB.
        compare(entry.ramFp32, 12783)
        compare(entry.ramBf16, 7160)
        compare(entry.ramInt8, 4348)
        verify(findChild(entry, "new_rwkv7-g1g-2.9b-20260526").visible)
        verify(findChild(entry, "download_rwkv7-g1g-2.9b-20260526").visible)
        App.models.filtered.search = ""
    }

    function test_3_checking_again_finds_nothing_new() {
        const before = App.models.catalog.rowCount()
        const message = check()
        verify(message.startsWith("The catalog is up to date"), message)
        compare(App.models.catalog.rowCount(), before)
        compare(App.models.newModelIds.length, 0)
    }
}
