// Download speed over the last few seconds, and the time left at that speed.
#pragma once

#include <QtGlobal>

#include <deque>
#include <utility>

namespace linnet::app {

class TransferRate {
public:
    explicit TransferRate(qint64 window_ms = 5000) : window_ms_(window_ms) {}

    // `total_bytes` received so far, observed at `now_ms` (a monotonic clock).
    void add(qint64 now_ms, qint64 total_bytes);
    void reset() { samples_.clear(); }

    double bytesPerSecond() const; // 0 until there is enough to measure
    // -1 when unknown (no speed yet or unknown total).
    qint64 secondsLeft(qint64 received, qint64 total) const;

private:
    qint64 window_ms_;
    std::deque<std::pair<qint64, qint64>> samples_; // (ms, bytes)
};

} // namespace linnet::app
