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
    if (trying_) {
        if (untimed_ > 0) {
            --untimed_;
            return;
        }
        trial_.push_back(ms);
        if (static_cast<int>(trial_.size()) == kTrialTokens)
            finish_trial();
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
    // Compared with the tokens just before it: the machine's speed drifts (memory
    // bandwidth here swings ~1.7× with the host's load).
    if (since_trial_ >= interval_ || now > kSlowdown * reference_)
        start_trial();
}

void ThreadGovernor::start_trial()
{
    const int last = static_cast<int>(ladder_.size()) - 1;
    const bool fewer = settled_ == 0 || (settled_ < last && try_fewer_);
    try_fewer_ = !try_fewer_;
    current_ = settled_ + (fewer ? 1 : -1);
    trying_ = true;
    untimed_ = 1;
    trial_.clear();
}

void ThreadGovernor::finish_trial()
{
    trying_ = false;
    since_trial_ = 0;
    const double before = median(recent_), tried = median(trial_);
    if (tried < kGain * before) {
        settled_ = current_;
        reference_ = tried;
        interval_ = kAfterChange;
        recent_ = trial_;
    } else {
        current_ = settled_;
        reference_ = before;
        interval_ = std::min(2 * interval_, kMaxInterval);
    }
}

} // namespace linnet
