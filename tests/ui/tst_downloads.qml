import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// Downloads that explain themselves, with addresses that cannot be reached (names under
// .invalid, a closed port on this machine): the row shows each address and try with a
// countdown to the next one, then one summary naming every address; a cancelled
// download takes the tokenizer it queued along and no error follows; a model and its
// tokenizer that both fail are listed in one notice, the model first. The row's name is
// whole (not elided) while it downloads.
TestCase {
    name: "Downloads"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null
    property var hosts: []

    function initTestCase() {
        hosts = testSupport.useUnreachableCatalog()
        compare(hosts.length, 3, hosts.join(" "))
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        const page = window.modelManager
        if (!page.opened)
            page.open()
        tryVerify(() => page.opened, 3000)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function entry(id) {
        let found = null
        tryVerify(() => (found = findChild(window.modelManager.contentItem, "catalogEntry_" + id)) !== null, 3000)
        return found
    }

    function test_1_offline_shows_each_try_then_one_summary() {
        // These test models belong to no series: the filter still reads "All series".
        compare(findChild(window.modelManager.contentItem, "seriesFilter").displayText, "All series")
        const row = entry("offline")
        mouseClick(findChild(row, "download_offline"))
        const status = findChild(row, "downloadStatus")
        tryVerify(() => status.visible && status.width > 0, 3000)
        const name = findChild(row, "catalogName")
        compare(name.text, "Test offline")
        verify(!name.truncated, "the name has room: %1 px of %2".arg(name.width).arg(name.implicitWidth))
        // Each address in turn, with the reason of the last failure and a countdown.
        const seen = []
        for (let i = 0; i < 3; ++i) {
            const where = "%1 (address %2 of 3)".arg(hosts[i]).arg(i + 1)
            tryVerify(() => status.text.indexOf("Trying " + where + " again in 2 s (attempt 2 of 2)") >= 0, 8000,
                      "the countdown for " + where + ": " + status.text)
            tryVerify(() => status.text.indexOf("Trying " + where + " again in 1 s") >= 0, 3000,
                      "the countdown moves: " + status.text)
            const name = hosts[i].split(":")[0]
            verify(status.text.indexOf(name) < status.text.indexOf("\n"), "the failure above names the address: " + status.text)
        }
        verify(testSupport.saveGrab(window, "models-retrying-en")) // docs/screenshots, with LINNET_TEST_GRABS
        const summary = "No internet connection: could not reach %1, %2 or %3.".arg(hosts[0]).arg(hosts[1]).arg(hosts[2])
        tryVerify(() => App.notice !== "", 8000)
        compare(App.notice, "Download of Test offline failed: " + summary)
        compare(row.downloadState, "failed")
        compare(status.text, summary)
        const banner = findChild(window.modelManager.contentItem, "bannerText")
        compare(banner.text, App.notice)
        verify(testSupport.saveGrab(window, "models-error-en"))
        App.dismissNotice()
        mouseClick(findChild(row, "cancelDownload"))
        tryVerify(() => testSupport.downloadCount() === 0, 5000)
    }

    function test_2_cancel_takes_the_tokenizer_along() {
        const row = entry("pending")
        mouseClick(findChild(row, "download_pending"))
        compare(testSupport.downloadCount(), 2, "the model and the tokenizer it needs")
        const status = findChild(row, "downloadStatus")
        tryVerify(() => status.text.indexOf("again in") >= 0, 5000, status.text)
        mouseClick(findChild(row, "cancelDownload"))
        // Nothing is left to fail later: the tokenizer went with the model.
        tryVerify(() => testSupport.downloadCount() === 0, 5000)
        compare(App.notice, "")
        compare(row.downloadState, "")
    }

    // Offline, a model and the tokenizer queued with it both fail: the notice lists both,
    // the model's failure first, whichever failed first.
    function test_3_model_and_tokenizer_failures_in_one_notice() {
        App.dismissNotice()
        const row = entry("pending")
        mouseClick(findChild(row, "download_pending"))
        compare(testSupport.downloadCount(), 2, "the model and the tokenizer it needs")
        tryVerify(() => App.notice.split("\n").length === 2, 30000, "both failures: " + App.notice)
        const lines = App.notice.split("\n")
        verify(lines[0].startsWith("Download of Test pending failed: "), App.notice)
        verify(lines[1].startsWith("Download of pending tokenizer failed: "), App.notice)
        compare(findChild(window.modelManager.contentItem, "bannerText").text, App.notice)
        App.dismissNotice()
        mouseClick(findChild(row, "cancelDownload"))
        tryVerify(() => testSupport.downloadCount() === 0, 5000)
        compare(App.notice, "")
    }
}
