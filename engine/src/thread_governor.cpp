#include "thread_governor.h"

#include <algorithm>

namespace linnet {

ThreadGovernor::ThreadGovernor(int max_threads)
{
    for (int n = std::max(1, max_threads); n > 1; n /= 2)
        ladder_.push_back(n);
    ladder_.push_back(1);
}

double ThreadGovernor::median(std::vector<double> v)
{
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

void ThreadGovernor::record(double ms)
{
    if (ladder_.size() < 2)
        return;
    if (phase_ != Phase::Settled) {
        // The first token on a count runs new primitives on cold caches: not timed.
        if (untimed_ > 0) {
            --untimed_;
            return;
        }
        auto& times = phase_ == Phase::Trying ? trial_ : confirm_;
        times.push_back(ms);
        if (static_cast<int>(times.size()) < kTrialTokens)
            return;
        if (phase_ == Phase::Trying)
            confirm();
        else
            decide();
        return;
    }
    recent_.push_back(ms);
    if (static_cast<int>(recent_.size()) > kTrialTokens)
        recent_.erase(recent_.begin());
    ++since_trial_;
    if (static_cast<int>(recent_.size()) < kTrialTokens)
        return;
    const double now = median(recent_);
    if (reference_ == 0)
        reference_ = now;
    if (since_trial_ >= interval_ || now > kSlowdown * reference_)
        start_trial();
}

void ThreadGovernor::start_trial()
{
    const int last = static_cast<int>(ladder_.size()) - 1;
    const bool fewer = settled_ == 0 || (settled_ < last && try_fewer_);
    try_fewer_ = !try_fewer_;
    current_ = settled_ + (fewer ? 1 : -1);
    phase_ = Phase::Trying;
    untimed_ = 1;
    trial_.clear();
}

void ThreadGovernor::confirm()
{
    // The settled count is timed again right after the trial, not before it: a moment's
    // load that slowed the tokens before (and started the trial) may be gone by now.
    phase_ = Phase::Confirming;
    trial_count_ = current_;
    current_ = settled_;
    untimed_ = 1;
    confirm_.clear();
}

void ThreadGovernor::decide()
{
    phase_ = Phase::Settled;
    since_trial_ = 0;
    const double settled = median(confirm_), tried = median(trial_);
    if (tried < kGain * settled) {
        settled_ = current_ = trial_count_;
        reference_ = tried;
        interval_ = kAfterChange;
        recent_ = trial_;
    } else {
        reference_ = settled;
        interval_ = std::clamp(2 * interval_, kFirstInterval, kMaxInterval);
        recent_ = confirm_;
    }
}

} // namespace linnet
