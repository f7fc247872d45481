import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The active model, its loading state and the way to the model manager and settings.
ToolBar {
    id: bar
    signal openModels()
    signal openSettings()
    signal toggleSidebar()

    background: Rectangle { color: Theme.surface; border.color: Theme.border }

    property alias remoteDialog: remoteDialog
    property alias modelMenu: modelMenu
    RemoteModelDialog { id: remoteDialog }

    function menuIndexOf(item) {
        for (let i = 0; i < modelMenu.count; ++i)
            if (modelMenu.itemAt(i) === item)
                return i
        return modelMenu.count
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: Theme.spacing

        IconButton {
            objectName: "sidebarButton"
            iconName: "sidebar"
            tip: qsTr("Show or hide the conversations (Ctrl+B)")
            onClicked: bar.toggleSidebar()
        }
        Label {
            text: qsTr("Linnet")
            font.bold: true
            font.pixelSize: 16
            color: Theme.text
        }
        Item { Layout.fillWidth: true }

        ProgressBar {
            visible: App.model.loading
            value: App.model.loadProgress
            indeterminate: App.model.loadProgress <= 0
            Layout.preferredWidth: 120
            Accessible.name: qsTr("Loading the model")
        }
        Button {
            id: modelButton
            objectName: "modelButton"
            text: App.model.loading ? qsTr("Loading %1…").arg(App.model.name)
                 : App.model.ready ? App.model.name
                 : App.model.error !== "" ? qsTr("Model failed to load")
                 : qsTr("Choose a model")
            icon.source: "qrc:/Linnet/icons/box.svg"
            icon.color: Theme.text
            Accessible.name: qsTr("Active model: %1").arg(text)
            ToolTip.visible: hovered
            ToolTip.text: App.model.error !== "" ? App.model.error : qsTr("Pick, download or import a model")
            onClicked: App.models.installed.count + App.remoteModels.count > 0
                       ? modelMenu.popup(modelButton, 0, modelButton.height) : bar.openModels()
            Menu {
                id: modelMenu
                Instantiator {
                    model: App.models.installed
                    delegate: MenuItem {
                        required property string name
                        required property string path
                        required property bool fileExists
                        text: name
                        enabled: fileExists
                        checkable: true
                        checked: App.model.path === path
                        onTriggered: App.model.load(path)
                    }
                    onObjectAdded: (index, object) => modelMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => modelMenu.removeItem(object)
                }
                MenuSeparator { id: remoteSeparator }
                Instantiator {
                    model: App.remoteModels
                    delegate: MenuItem {
                        required property string id
                        required property string name
                        text: qsTr("%1 (remote)").arg(name)
                        checkable: true
                        checked: App.model.path === id
                        onTriggered: App.model.useRemote(id)
                    }
                    // After the separator: the installed models come first.
                    onObjectAdded: (index, object) => modelMenu.insertItem(bar.menuIndexOf(remoteSeparator) + 1 + index, object)
                    onObjectRemoved: (index, object) => modelMenu.removeItem(object)
                }
                MenuItem {
                    objectName: "addRemoteModel"
                    text: qsTr("Add a remote model…")
                    onTriggered: remoteDialog.open()
                }
                MenuItem {
                    text: qsTr("Manage models…")
                    onTriggered: bar.openModels()
                }
            }
        }
        Label {
            objectName: "modelSummary"
            visible: App.model.ready
            text: !App.model.ready ? ""
                : App.model.remote ? qsTr("Remote · %1").arg(App.model.remoteSummary)
                : qsTr("RWKV-%1 · %2").arg(App.model.info.version).arg(App.model.info.strategy)
            color: Theme.mutedText
        }
        Item { Layout.fillWidth: true }
        IconButton {
            iconName: "sun"
            tip: Theme.dark ? qsTr("Switch to the light theme") : qsTr("Switch to the dark theme")
            onClicked: Theme.dark = !Theme.dark
        }
        IconButton {
            objectName: "settingsButton"
            iconName: "settings"
            tip: qsTr("Settings (Ctrl+,)")
            onClicked: bar.openSettings()
        }
    }
}
