import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// A sampling number with a slider and its value; changes go through the validated
// settings API and a refusal is shown under the control.
SettingRow {
    id: setting
    property real from: 0
    property real to: 1
    property real step: 0.01
    property int decimals: 2
    // Defaults show the defaults; this chat shows what its next reply uses.
    readonly property var current: (perChat ? App.settings.effective : App.settings.defaults)[key]

    RowLayout {
        Layout.fillWidth: true
        Slider {
            id: slider
            objectName: "slider_" + setting.key
            Layout.fillWidth: true
            from: setting.from
            to: setting.to
            stepSize: setting.step
            value: setting.current !== undefined ? setting.current : 0
            Accessible.name: setting.label
            Accessible.description: setting.tip
            onMoved: setting.error = App.settings.setValue(setting.key, Number(value.toFixed(setting.decimals)), setting.perChat)
        }
        Label {
            objectName: "value_" + setting.key
            text: setting.current !== undefined ? Number(setting.current).toFixed(setting.decimals) : ""
            color: Theme.text
            Layout.preferredWidth: 48
            horizontalAlignment: Text.AlignRight
        }
    }
}
