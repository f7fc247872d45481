#include "sampling_settings.h"

#include "linnet/sampler.h"

namespace linnet::app {

linnet::SamplingParams SamplingSettings::engineParams() const
{
    linnet::SamplingParams p;
    p.temperature = temperature;
    p.top_p = top_p;
    p.top_k = top_k;
    p.top_a = top_a;
    p.top_p_x = top_p_x;
    p.presence_penalty = presence_penalty;
    p.frequency_penalty = frequency_penalty;
    p.penalty_decay = penalty_decay;
    p.banned = banned;
    p.seed = seed;
    return p;
}

QString SamplingSettings::validate() const
{
    return QString::fromStdString(engineParams().validate());
}

} // namespace linnet::app
