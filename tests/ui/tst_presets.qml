import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// Sampling presets from the catalog in the settings panel: a model the catalog
// recommends presets for shows them (the G1 maths preset: temperature and top-p 0.3,
// penalties 0), one click sets them all; a file the catalog does not list shows none.
// The template picker shows human names, not ids.
TestCase {
    name: "Presets"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    property var panel: null

    function initTestCase() {
        compare(App.settings.setValue("temperature", 1.0, false), "")
        compare(App.settings.setValue("top_p", 0.7, false), "")
        compare(App.settings.setValue("presence_penalty", 0.5, false), "")
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        panel = window.settingsPanel
        panel.open()
        tryVerify(() => panel.opened, 3000)
        panel.scopeBar.currentIndex = 0
    }

    function cleanupTestCase() {
        App.settings.resetDefaults()
        window.destroy()
    }

    function test_1_no_presets_for_a_file_outside_the_catalog() {
        const row = findChild(panel.contentItem, "presetRow")
        verify(row)
        row.modelPath = "/models/my-own-model.pth"
        compare(row.presets.length, 0)
        verify(!row.visible)
    }

    function test_2_the_maths_preset_sets_its_values() {
        const row = findChild(panel.contentItem, "presetRow")
        row.modelPath = "/models/rwkv7-g1d-1.5b-20260212-ctx8192.pth"
        tryVerify(() => row.visible, 2000)
        const button = findChild(row, "preset_0")
        verify(button)
        compare(button.text, "Maths and logic")
        fuzzyCompare(App.settings.defaults.top_p, 0.7, 1e-6)
        mouseClick(button)
        compare(row.error, "")
        // The settings keep 32-bit floats.
        fuzzyCompare(App.settings.defaults.temperature, 0.3, 1e-6)
        fuzzyCompare(App.settings.defaults.top_p, 0.3, 1e-6)
        compare(App.settings.defaults.presence_penalty, 0)
        compare(App.settings.defaults.frequency_penalty, 0)
        compare(findChild(panel.contentItem, "value_temperature").text, "0.30")
    }

    function test_3_template_names_not_ids() {
        const box = findChild(panel.contentItem, "templateBox")
        verify(box)
        const names = []
        for (let i = 0; i < box.count; ++i)
            names.push(box.textAt(i))
        verify(names.indexOf("RWKV World / G1") >= 0, names.join(", "))
        verify(names.indexOf("Question / Answer") >= 0, names.join(", "))
        verify(names.indexOf("rwkv-world") < 0, names.join(", "))
    }
}
