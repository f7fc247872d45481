import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Linnet

// Models: the installed ones (use, remove, disk use), importing a file, and the catalog
// of official RWKV models with their size, the memory they need per precision, whether
// they fit this computer, and downloads with progress, pause, resume and cancel.
Popup {
    id: page
    modal: true
    dim: true
    padding: 0
    width: parent ? parent.width * 0.9 : 1000
    height: parent ? parent.height * 0.9 : 700
    anchors.centerIn: Overlay.overlay
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    signal addRemoteRequested()

    function formatBytes(bytes) {
        if (bytes <= 0)
            return qsTr("0 MB")
        if (bytes >= 1073741824)
            return qsTr("%1 GB").arg((bytes / 1073741824).toFixed(1))
        if (bytes < 1048576)
            return qsTr("%1 kB").arg(Math.max(1, Math.round(bytes / 1024)))
        return qsTr("%1 MB").arg(Math.round(bytes / 1048576))
    }
    function formatMib(mib) { return formatBytes(mib * 1048576) }
    function formatTime(seconds) {
        if (seconds < 0)
            return ""
        if (seconds >= 3600)
            return qsTr("%1 h %2 min left").arg(Math.floor(seconds / 3600)).arg(Math.floor(seconds % 3600 / 60))
        if (seconds >= 60)
            return qsTr("%1 min left").arg(Math.ceil(seconds / 60))
        return qsTr("%1 s left").arg(seconds)
    }
    // The file chosen in the import dialog or dropped on the window; a refusal shows in
    // the banner at the top of this dialog.
    function importChosen(fileUrl) {
        const error = App.models.importFile(fileUrl, copyBox.checked)
        if (error !== "")
            App.showNotice(error)
    }
    function precisionName(p) {
        return p === "fp32" ? qsTr("full precision (fp32)") : p === "bf16" ? qsTr("half precision (bf16)")
             : p === "int8" || p === "bf16i8" ? qsTr("8-bit (int8)") : p === "bf16i4" ? qsTr("4-bit (bf16i4)") : ""
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Models")
                font.pixelSize: 20
                font.bold: true
                color: Theme.text
            }
            // A path can be typed or pasted as well as chosen in the file dialog.
            TextField {
                id: importPath
                objectName: "importPath"
                Layout.fillWidth: true
                Layout.leftMargin: 12
                // Short: at 800 px the field is about 300 px wide.
                placeholderText: qsTr("Model file to import, e.g. ~/model.pth")
                Accessible.name: qsTr("Path of a model file to import")
                selectByMouse: true
                onAccepted: if (text.trim() !== "") { page.importChosen(FilePlaces.urlOf(FilePlaces.join(text, ""))); clear() }
            }
            Button {
                objectName: "importButton"
                text: qsTr("Import a file…")
                icon.source: "qrc:/Linnet/icons/plus.svg"
                icon.color: Theme.text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add a model file you already have (.pth, .safetensors, .st or rwkv.cpp .bin). You can also drop one on the window.")
                onClicked: importDialog.open()
            }
            Button {
                objectName: "addRemoteButton"
                text: qsTr("Remote model…")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Chat with a model on another computer or service through its OpenAI-compatible API")
                onClicked: page.addRemoteRequested()
            }
            IconButton {
                iconName: "close"
                tip: qsTr("Close")
                onClicked: page.close()
            }
        }
        // A line of its own, wrapped, so that it stays readable in a narrow window.
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "modelsInfo"
                Layout.fillWidth: true
                color: Theme.mutedText
                wrapMode: Text.Wrap
                text: qsTr("This computer has %1 GB of memory · models use %2 in %3")
                      .arg(App.models.totalMemoryGb.toFixed(1)).arg(page.formatBytes(App.models.diskUsage)).arg(App.models.modelsDir)
            }
            CheckBox {
                id: copyBox
                checked: true
                text: qsTr("Copy into the models folder")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("On: Linnet keeps its own copy. Off: the file stays where it is and is used from there.")
            }
        }

        // Errors raised while this dialog is open show here, where the user looks (the
        // window's own banner sits behind the dialog).
        Banner {
            objectName: "modelsBanner"
            Layout.fillWidth: true
            text: App.notice
            onDismissed: App.dismissNotice()
        }

        Rectangle {
            Layout.fillWidth: true
            visible: App.firstRun && App.models.installed.count === 0 && App.models.recommendedName !== ""
            color: Theme.userBubble
            radius: Theme.radius
            implicitHeight: welcome.implicitHeight + 20
            Label {
                id: welcome
                anchors.fill: parent
                anchors.margins: 10
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("Welcome! Linnet needs a model to chat. For this computer we suggest <b>%1</b>, marked below: download it, or import a file you already have.")
                      .arg(App.models.recommendedName)
            }
        }

        Label {
            text: qsTr("Installed")
            font.bold: true
            color: Theme.text
            visible: App.models.installed.count > 0
        }
        ListView {
            id: installedList
            objectName: "installedList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 180)
            visible: count > 0
            clip: true
            model: App.models.installed
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: installedRow
                required property var modelId
                required property string name
                required property string path
                required property string version
                required property string format
                required property real diskBytes
                required property real packedBytes
                required property bool fileExists
                width: ListView.view.width
                Accessible.name: name
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            text: installedRow.name
                            color: Theme.text
                            font.bold: App.model.path === installedRow.path
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "modelDetails"
                            text: !installedRow.fileExists ? qsTr("The file is missing: %1").arg(installedRow.path)
                                  : installedRow.packedBytes > 0
                                  ? qsTr("RWKV-%1 · %2 · %3 + %4 of 4-bit weights kept for fast loading").arg(installedRow.version).arg(installedRow.format).arg(page.formatBytes(installedRow.diskBytes)).arg(page.formatBytes(installedRow.packedBytes))
                                  : qsTr("RWKV-%1 · %2 · %3").arg(installedRow.version).arg(installedRow.format).arg(page.formatBytes(installedRow.diskBytes))
                            color: installedRow.fileExists ? Theme.mutedText : Theme.danger
                            font.pixelSize: 11
                            elide: Text.ElideMiddle
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        objectName: "use_" + installedRow.modelId
                        readonly property bool inUse: App.model.path === installedRow.path
                        text: inUse ? qsTr("In use") : qsTr("Use")
                        flat: inUse
                        enabled: installedRow.fileExists && !inUse
                        Accessible.name: qsTr("Use %1").arg(installedRow.name)
                        onClicked: { App.model.load(installedRow.path); page.close() }
                    }
                    IconButton {
                        iconName: "trash"
                        tip: qsTr("Remove this model")
                        onClicked: { removeDialog.modelId = installedRow.modelId; removeDialog.modelName = installedRow.name; removeDialog.open() }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Download")
                font.bold: true
                color: Theme.text
            }
            TextField {
                id: catalogSearch
                objectName: "catalogSearch"
                Layout.fillWidth: true
                Layout.minimumWidth: 120
                placeholderText: qsTr("Search models")
                Accessible.name: qsTr("Search models")
                selectByMouse: true
                text: App.models.filtered.search
                onTextEdited: App.models.filtered.search = text
                Keys.onEscapePressed: event => { event.accepted = text !== ""; App.models.filtered.search = "" }
            }
            Button {
                objectName: "checkNewModels"
                text: App.models.checkingForNew ? qsTr("Checking…") : qsTr("Check for new models")
                enabled: !App.models.checkingForNew
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Look for official releases newer than this catalog on %1").arg(App.models.releasesApi)
                onClicked: App.models.checkForNewModels()
            }
        }
        Label {
            objectName: "newModelsMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: App.models.newModelsMessage
            wrapMode: Text.Wrap
            color: Theme.mutedText
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ComboBox {
                objectName: "seriesFilter"
                model: [qsTr("All series")].concat(App.models.filtered.seriesList)
                currentIndex: Math.max(0, App.models.filtered.seriesList.indexOf(App.models.filtered.series) + 1)
                implicitContentWidthPolicy: ComboBox.WidestText
                Accessible.name: qsTr("Series")
                onActivated: index => App.models.filtered.series = index === 0 ? "" : App.models.filtered.seriesList[index - 1]
            }
            ComboBox {
                objectName: "sizeFilter"
                readonly property var values: ["", "small", "medium", "large"]
                model: [qsTr("Any size"), qsTr("Small (under 1B)"), qsTr("Medium (1B–4B)"), qsTr("Large (4B and up)")]
                currentIndex: Math.max(0, values.indexOf(App.models.filtered.size))
                implicitContentWidthPolicy: ComboBox.WidestText
                Accessible.name: qsTr("Size")
                onActivated: index => App.models.filtered.size = values[index]
            }
            CheckBox {
                objectName: "fitsFilter"
                text: qsTr("Fits this computer")
                checked: App.models.filtered.fitsOnly
                onToggled: App.models.filtered.fitsOnly = checked
            }
            CheckBox {
                objectName: "installedFilter"
                text: qsTr("Installed")
                checked: App.models.filtered.installedOnly
                onToggled: App.models.filtered.installedOnly = checked
            }
        }
        ListView {
            id: catalogList
            objectName: "catalogList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: App.models.filtered
            ScrollBar.vertical: ScrollBar {}
            // One heading per series, with the description its models share.
            section.property: "family"
            section.criteria: ViewSection.FullString
            section.delegate: ColumnLayout {
                id: heading
                required property string section
                width: ListView.view.width
                spacing: 2
                Label {
                    Layout.topMargin: 8
                    text: heading.section
                    font.bold: true
                    font.pixelSize: 15
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: 4
                    text: App.language, App.models.filtered.seriesDescription(heading.section)
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                }
            }
            delegate: CatalogEntry {
                width: ListView.view.width
                formatter: page
                seriesDescription: App.language, App.models.filtered.seriesDescription(family)
            }

            Column {
                anchors.centerIn: parent
                visible: catalogList.count === 0
                spacing: Theme.spacing
                Label {
                    text: qsTr("No model matches.")
                    color: Theme.mutedText
                }
                Button {
                    text: qsTr("Clear the filters")
                    onClicked: App.models.filtered.clear()
                }
            }
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import a model file")
        // The desktop's own dialog where Qt has one (e.g. through xdg-desktop-portal);
        // Qt's own starts in the home folder, with its path editable (Ctrl+L).
        currentFolder: FilePlaces.urlOf(FilePlaces.homeFolder())
        nameFilters: [qsTr("RWKV models (*.pth *.safetensors *.st *.bin)"), qsTr("All files (*)")]
        onAccepted: page.importChosen(selectedFile)
    }

    Dialog {
        id: removeDialog
        // A fixed content width: the wrapped label's implicit width changes with the
        // language and would otherwise feed back into the dialog's (a binding loop).
        contentWidth: 320
        property var modelId
        property string modelName
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Remove model")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: 320
            wrapMode: Text.Wrap
            text: qsTr("Remove “%1”? Linnet's copy of the file is deleted; your conversations stay.").arg(removeDialog.modelName)
        }
        onAccepted: {
            const error = App.models.remove(modelId)
            if (error !== "")
                App.showNotice(error)
        }
    }
}
