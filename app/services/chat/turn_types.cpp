#include "turn_types.h"

#include <array>
#include <utility>

namespace linnet::app {

namespace {

constexpr std::array<std::pair<FinishReason, const char*>, 6> kFinishNames{{
    {FinishReason::EndOfReply, "end_of_reply"},
    {FinishReason::StopText, "stop_text"},
    {FinishReason::MaxTokens, "max_tokens"},
    {FinishReason::Stopped, "stopped"},
    {FinishReason::Cancelled, "cancelled"},
    {FinishReason::Read, "read"},
}};

} // namespace

QString finishReasonName(FinishReason reason)
{
    for (const auto& [r, name] : kFinishNames)
        if (r == reason)
            return QString::fromLatin1(name);
    return {};
}

std::optional<FinishReason> finishReasonFromName(const QString& name)
{
    for (const auto& [r, n] : kFinishNames)
        if (name == QLatin1String(n))
            return r;
    return std::nullopt;
}

} // namespace linnet::app

#include "moc_turn_types.cpp"
