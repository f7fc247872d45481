// This computer's memory read speed, the bound of generation (a token reads every
// weight once): the Models dialog's estimates and `linnet-cli bench`'s roofline both
// come from this one test.
#pragma once

#include <cstddef>

namespace linnet::app {

// A buffer (in huge pages, like the engine's weights) for timing memory reads. Kept
// between measurements, so that each costs only its passes and not the page faults.
class ReadProbe {
public:
    ReadProbe(int threads, size_t bytes);
    ~ReadProbe();
    ReadProbe(const ReadProbe&) = delete;
    ReadProbe& operator=(const ReadProbe&) = delete;

    // False when the buffer could not be mapped.
    explicit operator bool() const { return data_ != nullptr; }
    // The best of `passes` timed passes summing the buffer with every thread at once, in
    // bytes per second (0 without a buffer).
    double bytesPerSecond(int passes);

private:
    int threads_;
    size_t floats_ = 0;
    float* data_ = nullptr;
};

} // namespace linnet::app
