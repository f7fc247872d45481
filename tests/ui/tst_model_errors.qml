import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// Errors raised while the Models dialog is open show inside it, whole and in the
// window's language, not in the banner behind the dialog.
TestCase {
    name: "ModelErrors"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
    }

    function cleanupTestCase() {
        App.language = "en"
        window.destroy()
    }

    function test_import_error_shows_inside_the_dialog_translated() {
        const page = window.modelManager
        page.open()
        tryVerify(() => page.opened, 3000)
        App.language = "vi"
        const file = testSupport.sharedFile("vectors/tiny-models.json")
        page.importChosen("file://" + file)
        tryVerify(() => App.notice !== "", 10000)

        const banner = findChild(page.contentItem, "modelsBanner")
        verify(banner, "the Models dialog has a banner of its own")
        verify(banner.visible)
        const text = findChild(banner, "bannerText")
        compare(text.text, App.notice)
        verify(text.text.indexOf("tiny-models.json") >= 0, text.text)
        verify(text.text.indexOf("is not a model file") < 0, "the message is in Vietnamese: " + text.text)
        // Whole: nothing cut off, and the banner lies inside the dialog.
        verify(!text.truncated)
        verify(text.height >= text.implicitHeight - 1)
        const inPage = banner.mapToItem(page.contentItem, 0, 0)
        verify(inPage.y >= 0 && inPage.y + banner.height <= page.contentItem.height, "banner inside the dialog")
        verify(inPage.x >= 0 && inPage.x + banner.width <= page.contentItem.width)

        // The window's own banner, behind the dialog, stays empty meanwhile.
        const behind = findChild(window.contentItem, "windowBanner")
        verify(behind)
        verify(!behind.visible, "no second copy behind the dialog")
        page.close()
        tryVerify(() => behind.visible, 3000)
        App.dismissNotice()
    }
}
