// Measurements for `linnet-cli bench`: the machine's memory read bandwidth (the
// roofline of generation) and this process's peak resident memory.
#pragma once

#include <cstddef>

namespace linnet::cli {

// The read test's buffer (read_probe.h): 512 MiB, far beyond any cache.
constexpr size_t kReadProbeBytes = size_t(512) << 20;

// Best of 20 passes of a fresh app::ReadProbe with `threads` threads, in GB/s.
double read_bandwidth_gbs(int threads);

// The peak resident memory of this process so far (VmHWM), in MiB.
double peak_resident_mb();
// This process's resident memory now (VmRSS), in MiB.
double resident_mb();
// Starts a new peak from the current resident memory (Linux's clear_refs 5).
void reset_peak_resident();

} // namespace linnet::cli
