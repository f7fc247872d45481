import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// The model manager page on a first start: it opens by itself with a suggestion; an
// imported file is registered, loaded and can be removed again.
TestCase {
    name: "Models"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    function initTestCase() {
        verify(App.firstRun, "a fresh data folder is a first run")
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function test_1_first_run_opens_the_model_manager() {
        const page = window.modelManager
        tryVerify(() => page.opened, 3000)
        verify(App.models.recommendedId !== "", "a model is suggested for this machine")
        verify(App.models.catalog.rowCount() > 10)
        compare(App.models.installed.count, 0)
    }

    function test_2_import_use_and_remove() {
        App.settings.applyEngine("cpu bf16i4", 1)
        const path = testSupport.modelPath("5v2-730K-FP16")
        compare(App.models.importFile(path, false), "")
        tryVerify(() => App.models.installed.count === 1, 10000)
        // The first model to arrive is put to use.
        tryVerify(() => App.model.ready, 10000)
        compare(App.model.path, path)
        verify(App.chat.modelReady)

        // The load kept its packed 4-bit weights: the row and the disk use count them.
        const row = App.models.installed.index(0, 0)
        const diskBytesRole = Qt.UserRole + 6, packedBytesRole = Qt.UserRole + 7
        tryVerify(() => App.models.installed.data(row, packedBytesRole) > 0, 5000)
        compare(App.models.diskUsage, App.models.installed.data(row, diskBytesRole)
                                      + App.models.installed.data(row, packedBytesRole))

        const id = App.models.installed.data(row, Qt.UserRole + 1)
        compare(App.models.remove(id), "")
        tryVerify(() => App.models.installed.count === 0, 5000)
        verify(testSupport.fileExists(path), "a file kept in place is never deleted")
        compare(App.models.diskUsage, 0)
    }

    function test_3_a_non_model_is_refused() {
        const error = App.models.importFile(testSupport.sharedFile("vectors/tiny-models.json"), true)
        if (error === "") {
            // The check runs off the GUI thread; its answer comes as a notice.
            tryVerify(() => App.notice !== "", 10000)
        }
        verify((error + App.notice).length > 0)
        compare(App.models.installed.count, 0)
        App.dismissNotice()
    }
}
