import QtQuick
import QtTest
import Linnet

// "Import chats…": the conversation pane's menu offers it; the chosen exports are added
// off the GUI thread and the imported chat opens; a refused file is named in the notice
// with its problem, and nothing of it is added.
TestCase {
    name: "ImportChats"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    property var window: null

    function exportText(title) {
        const t = "2026-01-02T03:04:05Z"
        return JSON.stringify({
            format: "linnet-conversation", version: 1, title: title, created: t, updated: t, model: "",
            settings: {},
            messages: [
                { role: "user", text: "Where do herons nest?", created: t },
                { role: "assistant", text: "In colonies, high in trees.", created: t,
                  stats: { finish_reason: "stop_text", prompt_tokens: 30, reply_tokens: 9, first_token_ms: 12,
                           tokens_per_s: 40 } }
            ]
        })
    }

    function test_import_chats() {
        const component = Qt.createComponent("qrc:/Linnet/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(findChild(window, "chatsMenuButton"), "the conversation pane has a menu")

        const good = testSupport.writeFile("herons.json", exportText("Herons"))
        App.importConversations(["file://" + good])
        tryVerify(() => App.chat.conversationId > 0 && App.chat.messages.count === 2, 10000, "the imported chat opens")
        compare(App.chat.messages.textAt(1), "In colonies, high in trees.")
        const list = findChild(window, "conversationList")
        tryCompare(list, "count", 1)

        const bad = testSupport.writeFile("broken.json", exportText("Broken").slice(0, 40))
        App.importConversations(["file://" + bad])
        tryVerify(() => App.notice.indexOf("broken.json") >= 0, 10000, "the refused file is named")
        verify(App.notice.indexOf("not valid JSON") >= 0, App.notice)
        compare(list.count, 1)
        App.dismissNotice()
        window.destroy()
    }
}
