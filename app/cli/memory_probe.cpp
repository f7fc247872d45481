#include "memory_probe.h"

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <sys/mman.h>

namespace linnet::cli {

namespace {

constexpr size_t kProbeBytes = size_t(512) << 20;
constexpr size_t kProbeFloats = kProbeBytes / sizeof(float);

// A "Name: N kB" line of /proc/self/status, in MiB.
double status_mb(const char* name)
{
    FILE* f = std::fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    double kb = 0;
    const size_t length = std::strlen(name);
    while (std::fgets(line, sizeof line, f))
        if (std::strncmp(line, name, length) == 0 && line[length] == ':')
            kb = std::strtod(line + length + 1, nullptr);
    std::fclose(f);
    return kb / 1024.0;
}

} // namespace

ReadProbe::ReadProbe(int threads) : threads_(threads)
{
    void* p = ::mmap(nullptr, kProbeBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return;
    // The engine keeps its weights in huge pages too.
    ::madvise(p, kProbeBytes, MADV_HUGEPAGE);
    data_ = static_cast<float*>(p);
#pragma omp parallel for num_threads(threads_) schedule(static)
    for (size_t i = 0; i < kProbeFloats; ++i)
        data_[i] = 1.0f;
}

ReadProbe::~ReadProbe()
{
    if (data_)
        ::munmap(data_, kProbeBytes);
}

double ReadProbe::gbs(int passes)
{
    if (!data_)
        return 0;
    const float* a = data_;
    double best = 1e30;
    float total = 0;
    for (int pass = 0; pass < passes; ++pass) {
        const auto start = std::chrono::steady_clock::now();
        float sum = 0;
#pragma omp parallel num_threads(threads_) reduction(+ : sum)
        {
            // 64 partial sums: enough independent additions to keep loads in flight.
            float acc[64] = {};
#pragma omp for schedule(static)
            for (size_t i = 0; i < kProbeFloats; i += 64)
                for (int j = 0; j < 64; ++j)
                    acc[j] += a[i + j];
            for (float v : acc)
                sum += v;
        }
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        best = std::min(best, s);
        total += sum;
    }
    // Use the sums so the passes cannot be optimised away.
    return total > 0 ? kProbeBytes / best / 1e9 : 0;
}

double read_bandwidth_gbs(int threads)
{
    return ReadProbe(threads).gbs(20);
}

double peak_resident_mb()
{
    return status_mb("VmHWM");
}

double resident_mb()
{
    return status_mb("VmRSS");
}

void reset_peak_resident()
{
    if (FILE* f = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", f);
        std::fclose(f);
    }
}

} // namespace linnet::cli
