#include "transfer_rate.h"

#include <cmath>

namespace linnet::app {

void TransferRate::add(qint64 now_ms, qint64 total_bytes)
{
    if (!samples_.empty() && total_bytes < samples_.back().second)
        samples_.clear(); // the file restarted from zero
    samples_.emplace_back(now_ms, total_bytes);
    while (samples_.size() > 2 && now_ms - samples_[1].first >= window_ms_)
        samples_.pop_front();
}

double TransferRate::bytesPerSecond() const
{
    if (samples_.size() < 2)
        return 0;
    const qint64 ms = samples_.back().first - samples_.front().first;
    if (ms < 200)
        return 0; // too short to say
    return double(samples_.back().second - samples_.front().second) * 1000.0 / double(ms);
}

qint64 TransferRate::secondsLeft(qint64 received, qint64 total) const
{
    const double speed = bytesPerSecond();
    if (total < 0 || speed <= 0)
        return -1;
    return qint64(std::ceil(double(qMax<qint64>(0, total - received)) / speed));
}

} // namespace linnet::app
