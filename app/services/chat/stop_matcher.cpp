#include "stop_matcher.h"

namespace linnet::app {

StopMatcher::StopMatcher(QStringList stops, QString end_of_reply)
    : stops_(std::move(stops)), end_of_reply_(std::move(end_of_reply))
{
    stops_.prepend(end_of_reply_);
    stops_.removeAll(QString());
}

std::optional<FinishReason> StopMatcher::reason() const
{
    if (!stopped_)
        return std::nullopt;
    return matched_ == end_of_reply_ ? FinishReason::EndOfReply : FinishReason::StopText;
}

QString StopMatcher::push(const QString& text)
{
    if (stopped_)
        return {};
    pending_ += text;
    // A complete stop text: the reply ends right before the earliest one.
    qsizetype cut = -1;
    for (const QString& s : stops_) {
        const qsizetype at = pending_.indexOf(s);
        if (at >= 0 && (cut < 0 || at < cut)) {
            cut = at;
            matched_ = s;
        }
    }
    if (cut >= 0) {
        const QString shown = pending_.left(cut);
        reply_ += shown;
        pending_.clear();
        stopped_ = true;
        return shown;
    }
    // Hold back the longest tail that is the beginning of some stop text.
    qsizetype hold = 0;
    for (const QString& s : stops_)
        for (qsizetype n = std::min(s.size() - 1, pending_.size()); n > hold; --n)
            if (pending_.endsWith(QStringView(s).left(n))) {
                hold = n;
                break;
            }
    const QString shown = pending_.left(pending_.size() - hold);
    pending_.remove(0, shown.size());
    reply_ += shown;
    return shown;
}

QString StopMatcher::flush()
{
    const QString rest = stopped_ ? QString() : pending_;
    reply_ += rest;
    pending_.clear();
    return rest;
}

} // namespace linnet::app
