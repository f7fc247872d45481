// Splitting rows of work across the OpenMP threads, for kernels and their callers.
#pragma once

#include <omp.h>

#include <algorithm>
#include <cstddef>

namespace linnet::kernels {

// Runs f(first, end) over [0, rows), split across the threads when rows × width is
// large enough to pay for a fork (a few microseconds), otherwise on this thread.
template <class F>
void for_rows(int rows, size_t width, F&& f)
{
    if (rows < 2 || static_cast<size_t>(rows) * width < 16384 || omp_in_parallel()) {
        f(0, rows);
        return;
    }
#pragma omp parallel
    {
        const int n = omp_get_num_threads(), i = omp_get_thread_num();
        const int first = static_cast<int>(static_cast<long>(rows) * i / n);
        const int end = static_cast<int>(static_cast<long>(rows) * (i + 1) / n);
        if (end > first)
            f(first, end);
    }
}

// Runs f(first, end) over [0, n) values, split like for_rows.
template <class F>
void for_range(size_t n, F&& f)
{
    constexpr size_t block = 1024;
    const int blocks = static_cast<int>((n + block - 1) / block);
    for_rows(blocks, block, [&](int first, int end) { f(first * block, std::min(n, end * block)); });
}

} // namespace linnet::kernels
