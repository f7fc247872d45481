import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// A model file dropped on the window from a file manager is imported: the Models dialog
// opens and the model is in the library, its file in the models folder. A file that is
// not a model is refused with a message in that dialog.
TestCase {
    name: "Drop"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        // The first start opens the Models dialog by itself; the drop must work without it.
        tryVerify(() => window.modelManager.opened, 3000)
        window.modelManager.close()
        tryVerify(() => !window.modelManager.visible, 3000)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function test_1_a_dropped_model_is_imported() {
        compare(App.models.installed.count, 0)
        const source = testSupport.modelPath("5v2-730K-FP16")
        verify(testSupport.dropFiles(window, [source]), "the window takes the drop")
        tryVerify(() => window.modelManager.opened, 3000)
        tryVerify(() => App.models.installed.count === 1, 10000)
        const installed = App.models.installed
        const path = installed.data(installed.index(0, 0), Qt.UserRole + 3)
        verify(path !== source, "copied into the models folder: " + path)
        verify(path.startsWith(App.models.modelsDir), path)
        verify(testSupport.fileExists(path), path)
        compare(App.notice, "")
    }

    function test_2_a_dropped_text_file_is_refused_in_the_dialog() {
        const text = testSupport.writeFile("notes.txt", "not a model")
        verify(testSupport.dropFiles(window, [text]))
        tryVerify(() => App.notice !== "", 10000)
        verify(App.notice.indexOf("notes.txt") >= 0, App.notice)
        const banner = findChild(window.modelManager.contentItem, "bannerText")
        compare(banner.text, App.notice)
        compare(App.models.installed.count, 1)
        App.dismissNotice()
    }
}
