import QtQuick
import QtQuick.Controls
import Linnet

// A reply's figures under it: tokens, time to first token, tokens per second and why
// it ended. The same figures the engine measured when it wrote the reply.
Label {
    id: stats
    property int replyTokens
    property real firstTokenMs
    property real tokensPerSecond
    property string finishReason
    objectName: "messageStats"
    color: Theme.mutedText
    font.pixelSize: 11
    leftPadding: 6
    visible: replyTokens > 0
    function reasonText(reason) {
        return reason === "end_of_reply" ? qsTr("end of reply")
             : reason === "stop_text" ? qsTr("ended at a stop text")
             : reason === "max_tokens" ? qsTr("reached the token limit")
             : reason === "stopped" ? qsTr("stopped by you")
             : ""
    }
    text: [(replyTokens === 1 ? qsTr("1 token") : qsTr("%1 tokens").arg(replyTokens)),
           firstTokenMs > 0 ? qsTr("first token after %1 ms").arg(Math.round(firstTokenMs)) : "",
           tokensPerSecond > 0 ? qsTr("%1 tokens/s").arg(tokensPerSecond.toFixed(1)) : "",
           reasonText(finishReason)].filter(s => s !== "").join(" · ")
}
