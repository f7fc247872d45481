import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// The catalog in the Models dialog: search, filters (series, size, fits this computer,
// installed), one heading per series, "In use" on the active model, and a header that
// stays readable at 800 px.
TestCase {
    name: "Catalog"
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

    function catalogList() { return findChild(window.modelManager.contentItem, "catalogList") }
    function filtered() { return App.models.filtered }
    function namesShown() {
        const names = []
        for (let i = 0; i < filtered().count; ++i)
            names.push(filtered().data(filtered().index(i, 0), Qt.DisplayRole))
        return names
    }

    function test_1_search_by_typing() {
        const all = App.models.catalog.rowCount()
        verify(all > 10)
        compare(catalogList().count, all, "nothing filtered at first")
        const field = findChild(window.modelManager.contentItem, "catalogSearch")
        verify(field)
        field.forceActiveFocus()
        tryVerify(() => field.activeFocus)
        for (const c of "raven 7b")
            keyClick(c)
        tryCompare(filtered(), "search", "raven 7b")
        const names = namesShown()
        verify(names.length >= 1 && names.length < all, names.join(", "))
        for (const n of names)
            verify(n.toLowerCase().indexOf("raven") >= 0 && n.toLowerCase().indexOf("7b") >= 0, n)
        compare(catalogList().count, names.length)
        keyClick(Qt.Key_Escape)
        compare(filtered().search, "")
        compare(catalogList().count, all)
    }

    function init() {
        filtered().clear()
    }

    function test_2_series_and_size_filters() {
        const series = filtered().seriesList
        verify(series.indexOf("RWKV-7 G1") >= 0, series.join(", "))
        filtered().series = "RWKV-7 G1"
        verify(filtered().count > 0)
        for (let i = 0; i < filtered().count; ++i)
            compare(filtered().data(filtered().index(i, 0), Qt.UserRole + 3), "RWKV-7 G1")
        filtered().size = "small"
        verify(filtered().count > 0)
        for (let i = 0; i < filtered().count; ++i)
            verify(filtered().data(filtered().index(i, 0), Qt.UserRole + 5) < 1e9)
        filtered().size = "large"
        for (let i = 0; i < filtered().count; ++i)
            verify(filtered().data(filtered().index(i, 0), Qt.UserRole + 5) >= 4e9)
        filtered().clear()
        compare(filtered().count, App.models.catalog.rowCount())
    }

    function test_3_fits_and_installed() {
        filtered().fitsOnly = true
        for (let i = 0; i < filtered().count; ++i)
            verify(filtered().data(filtered().index(i, 0), Qt.UserRole + 12) !== "", "every row fits")
        filtered().fitsOnly = false
        filtered().installedOnly = true
        compare(filtered().count, 0, "nothing installed from the catalog yet")
        const empty = catalogList()
        compare(empty.count, 0)
        filtered().clear()
    }

    function test_4_one_heading_per_series() {
        const list = catalogList()
        compare(list.section.property, "family")
        // Series are contiguous, so each heading appears once.
        const seen = {}
        let last = ""
        for (let i = 0; i < filtered().count; ++i) {
            const family = filtered().data(filtered().index(i, 0), Qt.UserRole + 3)
            if (family !== last) {
                verify(!seen[family], family + " appears in one group")
                seen[family] = true
                last = family
            }
        }
        verify(filtered().seriesDescription("RWKV-7 G1").length > 20)
    }

    function test_5_header_readable_at_800px() {
        compare(window.width, 800)
        const info = findChild(window.modelManager.contentItem, "modelsInfo")
        verify(info.visible)
        verify(!info.truncated, "the memory and folder line is whole")
        verify(info.width > 200, "with room to read: " + info.width)
    }

    function test_6_in_use_instead_of_use() {
        App.settings.applyEngine("cpu fp32", 1)
        const path = testSupport.modelPath("5v2-730K-FP16")
        compare(App.models.importFile(path, false), "")
        tryVerify(() => App.models.installed.count === 1, 10000)
        tryVerify(() => App.model.ready, 10000)
        const id = App.models.installed.data(App.models.installed.index(0, 0), Qt.UserRole + 1)
        const list = findChild(window.modelManager.contentItem, "installedList")
        tryVerify(() => findChild(list, "use_" + id) !== null, 3000)
        const button = findChild(list, "use_" + id)
        compare(button.text, "In use")
        verify(!button.enabled)
    }
}
