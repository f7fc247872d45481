import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Linnet

// Strategy, precision and threads for the engine; sampling, limits, stop texts, system
// prompt and template for chats, as defaults or for this chat only.
Drawer {
    id: panel
    edge: Qt.RightEdge
    property bool perChat: scope.currentIndex === 1
    // The values the chosen tab edits: the defaults, or this chat's (overrides included).
    readonly property var shown: perChat ? App.settings.effective : App.settings.defaults
    property alias scopeBar: scope
    property alias threadsBox: threads
    focus: true
    property alias strategyField: strategy
    property alias strategyError: strategyRow.error
    property alias templateEditor: templateEditor
    signal openAbout()

    background: Rectangle { color: Theme.surface; border.color: Theme.border }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 10
            anchors.margins: 16

            Item { Layout.preferredHeight: 4 }
            Label {
                text: qsTr("Settings")
                font.pixelSize: 18
                font.bold: true
                color: Theme.text
                Layout.leftMargin: 16
            }

            GroupBox {
                title: qsTr("Engine")
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                ColumnLayout {
                    anchors.fill: parent
                    SettingRow {
                        id: strategyRow
                        label: qsTr("Strategy")
                        tip: qsTr("How the model runs: precision per layer, e.g. \"cpu bf16\" or \"cpu bf16i8 *20 -> cpu fp32\". \"auto\" runs each model in the fastest precision measured to keep its accuracy (4-bit for RWKV-5.2, 6 and 7, else 8-bit). Changing it reloads the model.")
                        ComboBox {
                            Layout.fillWidth: true
                            id: strategy
                            objectName: "strategyField"
                            editable: true
                            model: App.settings.strategyPresets
                            Component.onCompleted: editText = App.settings.strategy
                            Accessible.name: qsTr("Strategy")
                            onEditTextChanged: strategyRow.error = App.settings.validateStrategy(editText)
                        }
                    }
                    SettingRow {
                        label: qsTr("Precision")
                        tip: qsTr("Sets the strategy to one precision for every layer. bf16 halves the memory with little loss; int8 quarters it, a little less precise; 4-bit (bf16i4) needs about a sixth and is the fastest; fp32 is exact but needs the most memory.")
                        ComboBox {
                            id: precision
                            objectName: "precisionBox"
                            Layout.fillWidth: true
                            model: ["fp32", "bf16", "bf16i8", "fp32i8", "bf16i4"]
                            // None while the strategy is "auto" or mixes precisions; it says which
                            // instead of showing a blank box.
                            currentIndex: model.indexOf(strategy.editText.replace(/^\s*cpu\s+/, "").trim())
                            displayText: currentIndex >= 0 ? currentText
                                         : strategy.editText.trim() === "auto" ? qsTr("Automatic") : qsTr("Mixed")
                            Accessible.name: qsTr("Precision")
                            onActivated: index => strategy.editText = "cpu " + model[index]
                        }
                    }
                    SettingRow {
                        objectName: "threadsRow"
                        label: qsTr("Threads")
                        warning: threads.value > App.settings.coreCount
                                 ? qsTr("This computer has %n core(s): more threads than cores make replies slower.", "", App.settings.coreCount)
                                 : ""
                        tip: qsTr("CPU threads for the engine. 0 uses every core (at most 8), and fewer while other programs keep cores busy. A number uses exactly that many threads.")
                        SpinBox {
                            Layout.fillWidth: true
                            id: threads
                            objectName: "threadsBox"
                            // qsTr() in the binding itself, not only inside the functions, so
                            // that a change of language makes new ones; Qt 6.4's SpinBox
                            // redraws its text only when the value changes, so nudge it.
                            textFromValue: { const automatic = qsTr("Automatic"); return (value, locale) => value === 0 ? automatic : Number(value).toLocaleString(locale, 'f', 0) }
                            valueFromText: { const automatic = qsTr("Automatic"); return (text, locale) => text === automatic ? 0 : Number.fromLocaleString(locale, text) }
                            from: 0
                            to: 64
                            value: App.settings.threads
                            editable: true
                            Accessible.name: qsTr("Threads")
                            Connections {
                                target: App
                                function onLanguageChanged() {
                                    const kept = threads.value
                                    threads.value = kept === threads.to ? kept - 1 : kept + 1
                                    threads.value = kept
                                }
                            }
                        }
                    }
                    SettingRow {
                        id: tokenizerRow
                        label: qsTr("Tokenizer")
                        tip: qsTr("How text becomes tokens for the model in use. Automatic picks the one its vocabulary was trained with. Changing it reloads the model; states saved with another tokenizer are not reused.")
                        visible: App.model.path !== ""
                        ComboBox {
                            objectName: "tokenizerBox"
                            Layout.fillWidth: true
                            readonly property var values: ["", "world", "neox", "bytes"]
                            model: [qsTr("Automatic"), qsTr("RWKV World"), qsTr("GPT-NeoX (RWKV-4 Pile and Raven)"), qsTr("Bytes")]
                            currentIndex: Math.max(0, values.indexOf(App.settings.tokenizerFor(App.model.path)))
                            implicitContentWidthPolicy: ComboBox.WidestText
                            Accessible.name: qsTr("Tokenizer")
                            onActivated: index => tokenizerRow.error = App.settings.applyTokenizer(App.model.path, values[index])
                        }
                    }
                    Button {
                        objectName: "applyEngineButton"
                        text: qsTr("Apply and reload the model")
                        enabled: strategyRow.error === ""
                        Layout.alignment: Qt.AlignRight
                        onClicked: strategyRow.error = App.settings.applyEngine(strategy.editText, threads.value)
                    }
                }
            }

            GroupBox {
                title: qsTr("Chat")
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                ColumnLayout {
                    anchors.fill: parent
                    TabBar {
                        id: scope
                        Layout.fillWidth: true
                        TabButton { text: qsTr("Defaults"); Accessible.name: qsTr("Settings for new chats") }
                        TabButton {
                            objectName: "thisChatTab"
                            text: qsTr("This chat")
                            enabled: App.chat.conversationId > 0
                            Accessible.name: qsTr("Settings for this chat only")
                        }
                    }
                    SettingRow {
                        id: presetRow
                        objectName: "presetRow"
                        // The model whose catalog entry recommends the presets.
                        property string modelPath: App.model.path
                        readonly property var presets: App.language, App.settings.presets(modelPath, App.language)
                        readonly property var valueNames: ({
                            "temperature": qsTr("Temperature"), "top_p": qsTr("Top-p"), "top_k": qsTr("Top-k"),
                            "presence_penalty": qsTr("Presence penalty"), "frequency_penalty": qsTr("Frequency penalty"),
                            "penalty_decay": qsTr("Penalty decay")
                        })
                        visible: presets.length > 0
                        label: qsTr("Presets")
                        tip: qsTr("Sampling values recommended for this model for a kind of task; one click sets them all.")
                        Flow {
                            Layout.fillWidth: true
                            spacing: 4
                            Repeater {
                                model: presetRow.presets
                                Button {
                                    required property var modelData
                                    required property int index
                                    objectName: "preset_" + index
                                    text: modelData.name
                                    ToolTip.visible: hovered
                                    ToolTip.text: Object.keys(modelData.values)
                                                  .map(k => (presetRow.valueNames[k] || k) + " " + modelData.values[k]).join(" · ")
                                    onClicked: presetRow.error = App.settings.applyValues(modelData.values, panel.perChat)
                                }
                            }
                        }
                    }
                    NumberSetting {
                        key: "temperature"; label: qsTr("Temperature"); perChat: panel.perChat
                        from: 0; to: 2.5; step: 0.05
                        tip: qsTr("Randomness of the reply. 0 always picks the most likely token; higher is more varied.")
                    }
                    NumberSetting {
                        key: "top_p"; label: qsTr("Top-p"); perChat: panel.perChat
                        from: 0.01; to: 1
                        tip: qsTr("Keep only the most likely tokens whose probabilities add up to this. Lower is more focused.")
                    }
                    NumberSetting {
                        key: "top_k"; label: qsTr("Top-k"); perChat: panel.perChat
                        from: 0; to: 200; step: 1; decimals: 0
                        tip: qsTr("Keep only this many most likely tokens. 0 turns it off.")
                    }
                    NumberSetting {
                        key: "top_a"; label: qsTr("Top-a"); perChat: panel.perChat
                        tip: qsTr("Drop tokens much less likely than the best one (below top-a × best²). 0 turns it off.")
                    }
                    NumberSetting {
                        key: "top_p_x"; label: qsTr("Top-p-x"); perChat: panel.perChat
                        tip: qsTr("With top-p, also keep every token more likely than this. 0 turns it off.")
                    }
                    NumberSetting {
                        key: "presence_penalty"; label: qsTr("Presence penalty"); perChat: panel.perChat
                        from: 0; to: 2; step: 0.05
                        tip: qsTr("Discourages tokens that already appeared in the reply, once each.")
                    }
                    NumberSetting {
                        key: "frequency_penalty"; label: qsTr("Frequency penalty"); perChat: panel.perChat
                        from: 0; to: 2; step: 0.05
                        tip: qsTr("Discourages tokens the more often they appeared in the reply.")
                    }
                    NumberSetting {
                        key: "penalty_decay"; label: qsTr("Penalty decay"); perChat: panel.perChat
                        from: 0.9; to: 1; step: 0.001; decimals: 3
                        tip: qsTr("How fast old tokens are forgiven: penalties are multiplied by this after every token.")
                    }
                    NumberSetting {
                        key: "max_tokens"; label: qsTr("Max tokens"); perChat: panel.perChat
                        objectName: "maxTokensSetting"
                        from: 1; to: 4096; step: 1; decimals: 0
                        tip: qsTr("The longest reply, in tokens.")
                    }
                    SettingRow {
                        id: seedRow
                        key: "seed"; perChat: panel.perChat
                        label: qsTr("Seed")
                        tip: qsTr("The same seed gives the same reply. Leave empty for a new random seed every time.")
                        TextField {
                            Layout.fillWidth: true
                            objectName: "seedField"
                            text: panel.shown.seed !== undefined && panel.shown.seed !== null ? panel.shown.seed : ""
                            placeholderText: qsTr("random")
                            validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
                            Accessible.name: qsTr("Seed")
                            onEditingFinished: seedRow.error = App.settings.setValue("seed", text === "" ? null : Number(text), panel.perChat)
                        }
                    }
                    SettingRow {
                        id: stopRow
                        key: "stop"; perChat: panel.perChat
                        label: qsTr("Stop texts")
                        tip: qsTr("The reply also ends at any of these texts, one per line.")
                        TextArea {
                            Layout.fillWidth: true
                            text: (panel.shown.stop || []).join("\n")
                            placeholderText: qsTr("one per line")
                            background: Rectangle { color: Theme.window; border.color: Theme.border; radius: 4 }
                            Accessible.name: qsTr("Stop texts")
                            onEditingFinished: stopRow.error = App.settings.setValue("stop", text.split("\n").filter(s => s !== ""), panel.perChat)
                        }
                    }
                    SettingRow {
                        id: systemRow
                        key: "system_prompt"; perChat: panel.perChat
                        label: qsTr("System prompt")
                        tip: qsTr("Instructions the model reads before the conversation.")
                        TextArea {
                            Layout.fillWidth: true
                            text: panel.shown.system_prompt || ""
                            wrapMode: TextEdit.Wrap
                            placeholderText: qsTr("none")
                            background: Rectangle { color: Theme.window; border.color: Theme.border; radius: 4 }
                            Accessible.name: qsTr("System prompt")
                            onEditingFinished: systemRow.error = App.settings.setValue("system_prompt", text, panel.perChat)
                        }
                    }
                    SettingRow {
                        id: templateRow
                        key: "template"; perChat: panel.perChat
                        label: qsTr("Template")
                        tip: qsTr("How the conversation is written for the model. Automatic picks the one the model was trained with.")
                        ComboBox {
                            Layout.fillWidth: true
                            objectName: "templateBox"
                            // Human names, in the window's language (App.language re-reads them).
                            model: App.language, [qsTr("Automatic")].concat(App.settings.templateNames())
                            currentIndex: Math.max(0, App.settings.templateIds.indexOf(panel.shown.template) + 1)
                            Accessible.name: qsTr("Template")
                            onActivated: index => templateRow.error = App.settings.setValue("template", index === 0 ? "" : App.settings.templateIds[index - 1], panel.perChat)
                        }
                        Button {
                            objectName: "editTemplateButton"
                            // The editor changes this chat's template only.
                            visible: panel.perChat
                            text: qsTr("Edit…")
                            Accessible.name: qsTr("Edit the template of this chat")
                            onClicked: templateEditor.open()
                        }
                    }
                    SettingRow {
                        id: tunedRow
                        key: "tuned_state"; perChat: true
                        // A tuned state fits one base model, so it is a setting of a chat only.
                        visible: panel.perChat
                        label: qsTr("Tuned state")
                        tip: qsTr("A state-tuning file (.pth) made for this model: the chat starts from it instead of an empty state.")
                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                id: tunedPath
                                objectName: "tunedStateField"
                                Layout.fillWidth: true
                                text: App.settings.effective.tuned_state || ""
                                placeholderText: qsTr("none")
                                Accessible.name: qsTr("Tuned state")
                                onEditingFinished: tunedRow.error = App.settings.setValue("tuned_state", text, true)
                            }
                            Button {
                                text: qsTr("Choose…")
                                onClicked: tunedDialog.open()
                            }
                        }
                    }
                    Button {
                        text: panel.perChat ? qsTr("Reset this chat to the defaults") : qsTr("Reset the defaults")
                        Layout.alignment: Qt.AlignRight
                        onClicked: panel.perChat ? App.settings.resetChat() : App.settings.resetDefaults()
                    }
                }
            }

            GroupBox {
                title: qsTr("Appearance")
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                ColumnLayout {
                    anchors.fill: parent
                    SettingRow {
                        label: qsTr("Dark theme")
                        tip: qsTr("Follows the system at start; switch it here.")
                        Switch {
                            Layout.fillWidth: true
                            checked: Theme.dark
                            Accessible.name: qsTr("Dark theme")
                            onToggled: Theme.dark = checked
                        }
                    }
                    SettingRow {
                        label: qsTr("Language")
                        tip: qsTr("The language of the window. Changes at once.")
                        ComboBox {
                            objectName: "languageBox"
                            Layout.fillWidth: true
                            model: App.languages
                            textRole: "name"
                            valueRole: "code"
                            Component.onCompleted: currentIndex = indexOfValue(App.language)
                            Accessible.name: qsTr("Language")
                            onActivated: App.language = currentValue
                        }
                    }
                }
            }
            LocalServerSection {
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
            }
            Button {
                objectName: "aboutButton"
                text: qsTr("About Linnet…")
                Layout.leftMargin: 12
                onClicked: panel.openAbout()
            }
            Item { Layout.preferredHeight: 12 }
        }
    }

    FileDialog {
        id: tunedDialog
        title: qsTr("Choose a state-tuning file")
        currentFolder: FilePlaces.urlOf(FilePlaces.homeFolder())
        nameFilters: [qsTr("State files (*.pth)")]
        onAccepted: {
            const path = decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, ""))
            tunedPath.text = path
            tunedRow.error = App.settings.setValue("tuned_state", path, true)
        }
    }

    TemplateEditor {
        id: templateEditor
        parent: Overlay.overlay
    }
}
