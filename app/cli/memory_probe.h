// Measurements for `linnet-cli bench`: the machine's memory read bandwidth (the
// roofline of generation) and this process's peak resident memory.
#pragma once

namespace linnet::cli {

// A 512 MiB buffer (in huge pages, like the engine's weights) for timing memory reads.
// Kept between measurements, so that each costs only its passes and not the page faults.
class ReadProbe {
public:
    explicit ReadProbe(int threads);
    ~ReadProbe();
    ReadProbe(const ReadProbe&) = delete;
    ReadProbe& operator=(const ReadProbe&) = delete;

    // False when the buffer could not be mapped.
    explicit operator bool() const { return data_ != nullptr; }
    // The best of `passes` timed passes summing the buffer, in GB/s (0 without a buffer).
    double gbs(int passes);

private:
    int threads_;
    float* data_ = nullptr;
};

// Best of 20 passes of a fresh ReadProbe with `threads` threads, in GB/s.
double read_bandwidth_gbs(int threads);

// The peak resident memory of this process so far (VmHWM), in MiB.
double peak_resident_mb();
// This process's resident memory now (VmRSS), in MiB.
double resident_mb();
// Starts a new peak from the current resident memory (Linux's clear_refs 5).
void reset_peak_resident();

} // namespace linnet::cli
