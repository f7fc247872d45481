import QtQuick
import QtQuick.Controls
import QtTest
import Linnet

// The Local server switch in Settings: on, it shows the address clients use, a request
// to that address appears in the request log, and off, the address goes away.
TestCase {
    name: "LocalServer"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        tryVerify(() => window.modelManager.opened, 3000)
        window.modelManager.close()
        tryVerify(() => !window.modelManager.visible, 3000)
    }

    function cleanupTestCase() {
        App.localServer.setRunning(false)
        window.destroy()
    }

    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children ? item.children : []
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const found = findByName(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }

    function test_switch_shows_the_address_and_logs_requests() {
        const panel = window.settingsPanel
        panel.open()
        tryVerify(() => panel.opened, 2000)
        const toggle = findByName(panel.contentItem, "localServerSwitch")
        verify(toggle, "local server switch")
        verify(!toggle.checked)
        // Port 0: any free port, so the test never meets another program on 8765.
        App.localServer.setRunning(true, 0)
        tryVerify(() => toggle.checked, 2000)
        const address = findByName(panel.contentItem, "localServerAddress")
        verify(address, "address field")
        verify(/^http:\/\/127\.0\.0\.1:\d+\/v1$/.test(address.text), address.text)

        let status = 0
        const request = new XMLHttpRequest()
        request.onreadystatechange = () => { if (request.readyState === XMLHttpRequest.DONE) status = request.status }
        request.open("GET", address.text + "/models")
        request.send()
        tryVerify(() => status === 200, 5000)
        tryVerify(() => App.localServer.log.length === 1, 2000)
        verify(App.localServer.log[0].indexOf("GET /v1/models") >= 0, App.localServer.log[0])

        mouseClick(toggle)
        tryVerify(() => !App.localServer.running, 2000)
        compare(App.localServer.address, "")
        panel.close()
    }
}
