import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Linnet

// Choose the model to chat with: a model file on disk.
Dialog {
    id: picker
    title: qsTr("Choose a model")
    modal: true
    width: 560
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("Open an RWKV model file (rwkv.cpp .bin). The last model used is loaded again when Linnet starts.")
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: path
                objectName: "modelPathField"
                Layout.fillWidth: true
                text: App.model.path
                placeholderText: qsTr("Path to a model file")
                Accessible.name: qsTr("Model file")
                onAccepted: { App.model.load(text); picker.close() }
            }
            Button {
                text: qsTr("Browse…")
                onClicked: fileDialog.open()
            }
            Button {
                text: qsTr("Load")
                highlighted: true
                enabled: path.text !== ""
                onClicked: { App.model.load(path.text); picker.close() }
            }
        }
        Label {
            visible: App.model.error !== ""
            text: App.model.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Open a model file")
        nameFilters: [qsTr("RWKV models (*.bin *.pth *.safetensors *.st)"), qsTr("All files (*)")]
        onAccepted: { App.model.load(selectedFile); picker.close() }
    }
}
