#include "memory_probe.h"

#include "read_probe.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace linnet::cli {

namespace {

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

double read_bandwidth_gbs(int threads)
{
    return app::ReadProbe(threads, kReadProbeBytes).bytesPerSecond(20) / 1e9;
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
