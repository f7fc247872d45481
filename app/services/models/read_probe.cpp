#include "read_probe.h"

#include <algorithm>
#include <chrono>
#include <latch>
#include <thread>
#include <vector>

#include <sys/mman.h>

namespace linnet::app {

namespace {

using Clock = std::chrono::steady_clock;

// One thread's share of a pass: 64 partial sums, enough independent additions to keep
// loads in flight.
float sum_slice(const float* a, size_t floats)
{
    float acc[64] = {};
    for (size_t i = 0; i + 64 <= floats; i += 64)
        for (int j = 0; j < 64; ++j)
            acc[j] += a[i + j];
    float sum = 0;
    for (float v : acc)
        sum += v;
    return sum;
}

} // namespace

ReadProbe::ReadProbe(int threads, size_t bytes) : threads_(std::max(1, threads))
{
    // Whole 64-float rows for every thread.
    floats_ = bytes / sizeof(float) / (64 * size_t(threads_)) * (64 * size_t(threads_));
    if (floats_ == 0)
        return;
    void* p = ::mmap(nullptr, floats_ * sizeof(float), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return;
    ::madvise(p, floats_ * sizeof(float), MADV_HUGEPAGE);
    data_ = static_cast<float*>(p);
    std::fill(data_, data_ + floats_, 1.0f); // every page really there before timing
}

ReadProbe::~ReadProbe()
{
    if (data_)
        ::munmap(data_, floats_ * sizeof(float));
}

double ReadProbe::bytesPerSecond(int passes)
{
    if (!data_)
        return 0;
    const size_t n = static_cast<size_t>(threads_);
    const size_t slice = floats_ / n;
    double best = 1e30, total = 0;
    for (int pass = 0; pass < passes; ++pass) {
        std::vector<Clock::time_point> start(n), end(n);
        std::vector<float> sums(n);
        std::latch ready(threads_); // the pass starts when every thread is there
        std::vector<std::thread> pool;
        for (int t = 0; t < threads_; ++t)
            pool.emplace_back([&, t] {
                ready.arrive_and_wait();
                start[size_t(t)] = Clock::now();
                sums[size_t(t)] = sum_slice(data_ + size_t(t) * slice, slice);
                end[size_t(t)] = Clock::now();
            });
        for (std::thread& t : pool)
            t.join();
        const auto first = *std::min_element(start.begin(), start.end());
        const auto last = *std::max_element(end.begin(), end.end());
        best = std::min(best, std::chrono::duration<double>(last - first).count());
        for (float s : sums)
            total += s;
    }
    // The sums are used, so the passes cannot be left out.
    return total > 0 && best > 0 ? double(floats_ * sizeof(float)) / best : 0;
}

} // namespace linnet::app
