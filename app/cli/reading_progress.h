// "reading 40%" lines on stderr while a long text is read into a state.
#pragma once

#include <QString>

#include <cstdio>
#include <functional>

namespace linnet::cli {

inline std::function<void(size_t, size_t)> reading_progress(bool quiet)
{
    if (quiet)
        return {};
    return [last = -10](size_t done, size_t total) mutable {
        const int percent = total ? int(100 * done / total) : 100;
        if (percent / 10 == last / 10)
            return;
        last = percent;
        std::fprintf(stderr, "reading %d%% (%zu of %zu tokens)\n", percent, done, total);
    };
}

} // namespace linnet::cli
