import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// One message. Assistant text renders as Markdown, with code blocks in their own
// monospace boxes that have a copy button; text is selectable; actions sit below.
Item {
    id: message
    required property int index
    required property var messageId
    required property string role
    required property string text
    required property bool streaming
    required property string finishReason
    required property int replyTokens
    required property real firstTokenMs
    required property real tokensPerSecond
    required property int branchCount
    required property string thought
    required property bool hasThought
    required property bool thinking
    required property int thoughtTokens
    required property real thoughtSeconds
    required property int version
    required property string documentName
    required property int documentTokens
    property bool isLast: false
    property bool editing: false
    readonly property bool mine: role === "user"

    width: ListView.view ? ListView.view.width : 600
    implicitHeight: column.implicitHeight + 16

    // Splits Markdown into prose and ``` fenced code blocks.
    function segments(markdown) {
        const parts = []
        const fence = /```([^\n`]*)\n([\s\S]*?)(```|$)/g
        let last = 0, m
        while ((m = fence.exec(markdown)) !== null) {
            if (m.index > last)
                parts.push({ code: false, text: markdown.slice(last, m.index), lang: "" })
            parts.push({ code: true, text: m[2].replace(/\n$/, ""), lang: m[1].trim() })
            last = fence.lastIndex
        }
        if (last < markdown.length)
            parts.push({ code: false, text: markdown.slice(last), lang: "" })
        return parts
    }

    ColumnLayout {
        id: column
        x: message.mine ? parent.width - width - 16 : 16
        y: 8
        width: Math.min(message.width - 32, 860)
        spacing: 4

        Label {
            text: message.mine ? qsTr("You") : qsTr("Assistant")
            font.bold: true
            color: Theme.mutedText
            Layout.alignment: message.mine ? Qt.AlignRight : Qt.AlignLeft
        }

        Rectangle {
            id: bubble
            Layout.fillWidth: !message.mine
            Layout.alignment: message.mine ? Qt.AlignRight : Qt.AlignLeft
            Layout.preferredWidth: message.mine ? Math.min(column.width * 0.85, measure.implicitWidth + 26) : column.width
            implicitHeight: content.implicitHeight + 20
            radius: Theme.radius
            color: message.mine ? Theme.userBubble : Theme.assistantBubble
            border.color: Theme.border
            visible: !message.editing && message.documentName === ""

            ColumnLayout {
                id: content
                x: 12
                y: 10
                width: bubble.width - 24
                spacing: 6

                Text {
                    // The width of the longest line, to size the bubble to the text.
                    id: measure
                    visible: false
                    text: message.mine ? message.text : ""
                    font: userText.font
                    textFormat: Text.PlainText
                }
                TextEdit {
                    id: userText
                    visible: message.mine
                    Layout.fillWidth: true
                    text: message.text
                    textFormat: TextEdit.PlainText
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    color: Theme.text
                    selectionColor: Theme.accent
                    Accessible.name: qsTr("Your message")
                }

                ThoughtBlock {
                    objectName: "thoughtBlock"
                    visible: !message.mine && message.hasThought
                    Layout.fillWidth: true
                    thought: message.thought
                    thinking: message.thinking
                    tokens: message.thoughtTokens
                    seconds: message.thoughtSeconds
                }

                // The segments sit in a Column, not straight in the layout: each streamed
                // token replaces them, and Qt 6.4's layouts keep a removed child in their
                // item list until their next polish. A layout resized by a binding before
                // that polish (this one follows the bubble's width) reads the deleted child
                // and crashes; a Column forgets a removed child at once.
                Column {
                    Layout.fillWidth: true
                    Repeater {
                        model: message.mine ? [] : message.segments(message.text)
                        delegate: Loader {
                            required property var modelData
                            objectName: "replyPart"
                            // The layout's width, not the Column's: the Column takes its
                            // width from its children, so theirs cannot come from it.
                            width: content.width
                            sourceComponent: modelData.code ? codeBlock : prose
                            property var segment: modelData
                        }
                    }
                }
                Label {
                    visible: !message.mine && message.streaming && message.text === "" && !message.hasThought
                    text: App.chat.reading ? qsTr("Reading the prompt… %1%").arg(Math.round(App.chat.readProgress * 100))
                                           : qsTr("Thinking…")
                    color: Theme.mutedText
                }
            }
        }

        DocumentChip {
            visible: message.documentName !== ""
            Layout.alignment: Qt.AlignRight
            name: message.documentName
            tokens: message.documentTokens
        }

        // Editing a message of your own: a new branch from here.
        ColumnLayout {
            visible: message.editing
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Sending starts a new version: the later turns move to the current version, which the ‹ › arrows bring back.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: 11
            }
            TextArea {
                id: editArea
                objectName: "editArea"
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Edit your message")
                background: Rectangle { color: Theme.surface; border.color: Theme.accent; radius: Theme.radius }
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    text: qsTr("Cancel")
                    onClicked: message.editing = false
                }
                Button {
                    objectName: "saveEditButton"
                    text: qsTr("Send")
                    highlighted: true
                    enabled: editArea.text.trim() !== "" && App.chat.modelReady && !App.chat.busy
                    onClicked: {
                        message.editing = false
                        App.chat.edit(message.index, editArea.text)
                    }
                }
            }
        }

        RowLayout {
            spacing: 0
            Layout.alignment: message.mine ? Qt.AlignRight : Qt.AlignLeft
            visible: !message.streaming && !message.editing
            CopyButton {
                objectName: "copyMessageButton"
                tip: message.hasThought ? qsTr("Copy the answer") : qsTr("Copy message")
                textToCopy: message.text // the answer only, never the thought
            }
            IconButton {
                visible: message.mine && message.documentName === ""
                objectName: "editButton"
                iconName: "edit"
                tip: qsTr("Edit and resend: starts a new branch")
                enabled: !App.chat.busy && App.chat.modelReady
                onClicked: { editArea.text = message.text; message.editing = true; editArea.forceActiveFocus() }
            }
            IconButton {
                visible: !message.mine && message.isLast
                objectName: "regenerateButton"
                iconName: "refresh"
                tip: qsTr("Regenerate this reply")
                enabled: !App.chat.busy && App.chat.modelReady
                onClicked: App.chat.regenerate()
            }
            IconButton {
                visible: !message.mine && message.isLast && !App.chat.remote
                         && (message.finishReason === "max_tokens" || message.finishReason === "stopped")
                iconName: "continue"
                tip: qsTr("Continue this reply")
                enabled: !App.chat.busy && App.chat.modelReady
                onClicked: App.chat.continueReply()
            }
            BranchActions {
                row: message.index
            }
            VersionArrows {
                row: message.index
                version: message.version
                count: message.branchCount
            }
            MessageStats {
                visible: !message.mine && replyTokens > 0
                replyTokens: message.replyTokens
                firstTokenMs: message.firstTokenMs
                tokensPerSecond: message.tokensPerSecond
                finishReason: message.finishReason
            }
        }
    }

    Component {
        id: prose
        TextEdit {
            text: segment.text.trim()
            textFormat: TextEdit.MarkdownText
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            color: Theme.text
            selectionColor: Theme.accent
            onLinkActivated: link => Qt.openUrlExternally(link)
            Accessible.name: qsTr("Assistant's message")
        }
    }

    Component {
        id: codeBlock
        Rectangle {
            color: Theme.codeBackground
            radius: 6
            border.color: Theme.border
            implicitHeight: codeColumn.implicitHeight + 12
            ColumnLayout {
                id: codeColumn
                x: 8
                y: 6
                width: parent.width - 16
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: segment.lang !== "" ? segment.lang : qsTr("code")
                        color: Theme.mutedText
                        font.pixelSize: 11
                        Layout.fillWidth: true
                    }
                    CopyButton {
                        tip: qsTr("Copy code")
                        textToCopy: segment.text
                    }
                }
                TextEdit {
                    Layout.fillWidth: true
                    text: segment.text
                    textFormat: TextEdit.PlainText
                    font.family: Theme.monospace
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    color: Theme.text
                    selectionColor: Theme.accent
                    Accessible.name: qsTr("Code")
                }
            }
        }
    }
}
