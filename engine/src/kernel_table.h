// Run-time dispatch of the engine's own vectorised kernels (oneDNN dispatches itself).
//
// How it works: the files listed in LINNET_KERNEL_SOURCES (engine/CMakeLists.txt) are
// compiled once per CPU level (engine/cmake/LinnetCpu.cmake), each time with that level's -m
// flags and with LINNET_ISA set to its name (avx2, avx512, avx512bf16), and everything in
// them lives in namespace linnet::kernels::LINNET_ISA. kernel_table_isa.cpp fills a
// KernelTable per level with that level's functions; at start-up cpu.cpp picks the table
// once (linnet/cpu.h), and the callers go through kernels.h, wkv.h or dtype.h, which call
// through the chosen table: an indirect call, no test per call.
//
// To add a kernel:
//   1. one line in LINNET_KERNELS below: X(name, return type, (parameters));
//   2. its definition, inside `namespace linnet::kernels::LINNET_ISA { ... }`, in one of
//      LINNET_KERNEL_SOURCES (or a new file added to that list);
//   3. a caller-side wrapper (like those in kernels.h) that calls kernel_table().name.
// Each level then has its own copy, built with its flags. A kernel that wants
// intrinsics for one level tests the compiler's macros inside that one definition
// (#if defined(__AVX512VNNI__) ... #elif defined(__AVX2__) ... #endif).
// tst_kernel_levels runs every kernel at every level this CPU has: add yours there.
//
// Rules for kernel sources (tst_isa_symbols checks the first):
//   - nothing with external linkage outside the level's namespace: an inline function
//     or template instantiated there (std::vector<float>::resize, a header's inline
//     helper) is merged by the linker with the baseline copy, and the AVX-512 copy may
//     win, then run on a CPU without AVX-512;
//   - include kernel_math.h (exp, sigmoid, tanh) inside the namespace, not kernels.h.
#pragma once

#include "dtype.h"

#include <cstddef>
#include <cstdint>

namespace linnet::kernels {

// RWKV-7's per-row weights for the steps around its recurrence (time_mix_v7.cpp).
struct V7RowWeights {
    int c, heads, size;
    const float *w0, *a0, *v0, *k_k, *k_a, *r_k;
};

// X(name, return type, (parameters)): see kernels.h, wkv.h and dtype.h for what each does.
#define LINNET_KERNELS(X)                                                                                             \
    X(layer_norm, void, (const float* x, float* y, int rows, int n, const float* w, const float* b, float eps))      \
    X(group_norm, void, (float* x, int rows, int groups, int size, const float* w, const float* b, float eps))       \
    X(shift_delta, void, (const float* a, float* last, float* delta, int rows, int n))                               \
    X(mix, void, (const float* a, const float* delta, const float* m, float* out, int rows, int n))                  \
    X(sigmoid_inplace, void, (float* x, size_t n))                                                                   \
    X(tanh_inplace, void, (float* x, size_t n))                                                                      \
    X(silu_inplace, void, (float* x, size_t n))                                                                      \
    X(relu_squared_inplace, void, (float* x, size_t n))                                                              \
    X(add_inplace, void, (float* x, const float* y, size_t n))                                                       \
    X(multiply_inplace, void, (float* x, const float* y, size_t n))                                                  \
    X(add_product_inplace, void, (float* x, const float* a, const float* b, size_t n))                               \
    X(sigmoid_product_inplace, void, (float* x, const float* y, size_t n))                                           \
    X(to_bf16, void, (const float* x, uint16_t* y, size_t n))                                                        \
    X(quantise_rows, void, (const float* x, int8_t* q, float* scales, int rows, int n, int levels))                         \
    X(scale_rows, void, (float* y, const float* scales, int rows, int n))                                            \
    X(to_f32, void, (DType type, const uint8_t* src, uint64_t count, float* dst))                                    \
    X(wkv5, void,                                                                                                    \
      (int rows, int heads, int size, const float* r, const float* k, const float* v, const float* w,                \
       size_t w_stride, const float* u, float* state, float* y))                                                     \
    X(wkv7, void,                                                                                                    \
      (int rows, int heads, int size, const float* r, const float* w, const float* k, const float* v,                \
       const float* kappa, const float* alpha, float* state, float* y))                                              \
    X(v4_recurrence, void,                                                                                           \
      (int rows, int c, const float* k, const float* v, const float* first, const float* decay, float* aa,           \
       float* bb, float* pp, float* r))                                                                              \
    X(v6_lora_mix, void,                                                                                             \
      (const float* a, const float* delta, const float* const* maa, float* const* xs, int mixes, int rows, int c))  \
    X(v6_decay, void, (float* w, const float* decay, int rows, int c))                                               \
    X(v7_prepare_rows, void,                                                                                         \
      (const V7RowWeights& p, bool first_layer, int rows, float* w, float* alpha, float* k, float* kappa, float* v,  \
       const float* gate, float* v_first))                                                                           \
    X(v7_finish_rows, void,                                                                                          \
      (const V7RowWeights& p, int rows, const float* r, const float* k, const float* v, const float* g, float* y))

struct KernelTable {
#define LINNET_KERNEL_POINTER(name, ret, params) ret(*name) params;
    LINNET_KERNELS(LINNET_KERNEL_POINTER)
#undef LINNET_KERNEL_POINTER
};

// The table of the level in use (chosen once at start-up; see linnet/cpu.h).
namespace detail {
extern const KernelTable* active_table;
}
inline const KernelTable& kernel_table() { return *detail::active_table; }

} // namespace linnet::kernels

#ifdef LINNET_ISA
// Inside a kernel source: this level's declarations.
namespace linnet::kernels::LINNET_ISA {
#define LINNET_KERNEL_DECLARATION(name, ret, params) ret name params;
LINNET_KERNELS(LINNET_KERNEL_DECLARATION)
#undef LINNET_KERNEL_DECLARATION
} // namespace linnet::kernels::LINNET_ISA
#endif
