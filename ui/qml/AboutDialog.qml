import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The version, the CPU path the engine runs on, and the licences of what Linnet uses.
Dialog {
    id: dialog
    objectName: "aboutDialog"
    title: qsTr("About Linnet")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (parent ? parent.width : 520) * 0.9)
    standardButtons: Dialog.Close
    padding: 20

    ColumnLayout {
        width: parent.width
        spacing: 8
        Label {
            text: qsTr("Linnet %1").arg(AboutInfo.version)
            font.bold: true
            font.pixelSize: 18
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Desktop chat for RWKV language models, running on this computer.")
            color: Theme.text
        }
        Label {
            objectName: "aboutCpu"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("CPU path: %1").arg(AboutInfo.cpuPath)
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: 8
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.mutedText
            text: qsTr("Qt %1: GNU Lesser General Public License v3 (LGPLv3).").arg(AboutInfo.qtVersion) + "\n"
                + qsTr("oneDNN %1: Apache License 2.0.").arg(AboutInfo.onednnVersion) + "\n"
                + qsTr("SQLite: public domain.") + "\n"
                + qsTr("Models: RWKV models are released under the Apache License 2.0; a model you download or import keeps the licence its authors gave it.")
        }
    }
}
