// How many threads generation uses when the thread count is automatic. With other
// programs busy on some cores, OpenMP threads that spin at every barrier wait for peers
// the kernel has descheduled, and a token takes several times longer than with fewer
// threads (RWKV-7 0.1B int8 here: 2 threads 18 ms, 1 thread 5 ms with one core busy; 3 ms
// and 4.7 ms when quiet). So the governor times tokens and now and then tries a
// neighbouring thread count for a few tokens, keeping it when it is clearly faster.
// 1 and 2 threads give the same bits (tst_precision for every tiny model and precision;
// RWKV-7 0.1B and 1.5B shapes checked by hand), so switching does not change a reply.
#pragma once

#include <vector>

namespace linnet {

class ThreadGovernor {
public:
    // Candidates: max, max/2, …, 1.
    explicit ThreadGovernor(int max_threads);

    int threads() const { return ladder_[current_]; }
    // The time of the token just generated on threads().
    void record(double ms);

    // A trial runs one untimed token (new primitives, cold caches) and this many timed ones
    // on the neighbour, then as many again on the settled count.
    static constexpr int kTrialTokens = 3;
    // The first trial comes as soon as kTrialTokens are timed (a busy machine is found
    // within a few tokens; a quiet one pays once); the next after kFirstInterval tokens,
    // doubling up to kMaxInterval while trials fail; sooner when tokens slow down by
    // kSlowdown (a program started).
    static constexpr int kFirstInterval = 64;
    // After a change the way back is tried soon: the change may have answered a moment's
    // load (the host taking a core away for a few tokens).
    static constexpr int kAfterChange = 16;
    static constexpr int kMaxInterval = 1024;
    static constexpr double kSlowdown = 1.5;
    // A neighbour must be this much faster to be kept.
    static constexpr double kGain = 0.9;

private:
    // A trial: the neighbour's tokens, then the settled count's again, then the choice.
    enum class Phase { Settled, Trying, Confirming };
    void start_trial();
    void confirm();
    void decide();
    static double median(std::vector<double> v);

    std::vector<int> ladder_;
    int current_ = 0;     // index into ladder_ of the count in use
    int settled_ = 0;     // the count in use outside trials
    int trial_count_ = 0; // the neighbour being tried
    Phase phase_ = Phase::Settled;
    bool try_fewer_ = true; // which neighbour the next trial tries (when both exist)
    int untimed_ = 0;
    int since_trial_ = 0;
    int interval_ = kTrialTokens;
    double reference_ = 0; // the settled count's speed when last measured in a trial
    std::vector<double> recent_, trial_, confirm_;
};

} // namespace linnet
