// The instruction set the engine's own kernels run with. One build runs on every x86-64
// CPU with AVX2 + FMA + F16C; the kernels are compiled once per level below and the best
// level this CPU (and its operating system) supports is chosen once, at start-up.
// LINNET_CPU=avx2 (or avx512, avx512bf16) asks for a lower level, for tests and for
// users who hit a problem with the faster path; it also caps oneDNN at that level.
#pragma once

#include <string>
#include <vector>

namespace linnet {

enum class CpuLevel : int {
    Unsupported = 0, // below AVX2 + FMA + F16C: the engine cannot run
    Avx2,            // AVX2, FMA, F16C (Haswell and later, Zen)
    Avx512,          // + AVX-512 F, BW, VL, DQ (Skylake-X, Ice Lake, Zen 4)
    Avx512Bf16,      // + AVX-512 VNNI and BF16 (Cooper Lake, Sapphire Rapids, Zen 4)
};

// "avx2", "avx512", "avx512bf16" (the values LINNET_CPU takes), or "unsupported".
const char* cpu_level_name(CpuLevel level);
// A sentence for people: "AVX-512 (F, BW, VL, DQ)".
const char* cpu_level_description(CpuLevel level);

// The best level this CPU supports.
CpuLevel cpu_best_level();
// The level the kernels run at now: the best one, or LINNET_CPU's if it is lower.
CpuLevel cpu_level();
// Every level this CPU supports, lowest first (empty below AVX2).
std::vector<CpuLevel> cpu_levels_available();

// Whether bf16 weights stay in bf16 at the current level. oneDNN has bf16 products from
// AVX-512 on; below it such weights are kept in fp32: twice the memory and the reads.
bool cpu_keeps_bf16_weights();

// Runs the kernels at `level` from now on (tests); false, and nothing changes, when this
// CPU does not support it. Does not change oneDNN's level.
bool set_cpu_level(CpuLevel level);

// "2.6.3": the oneDNN library in use (it chooses its own instruction set).
std::string onednn_version();

// Empty when the engine can run here; otherwise what to tell the user (no AVX2).
std::string cpu_unsupported_message();
// Empty, or a note about a LINNET_CPU value that was not used (unknown, or above this CPU).
std::string cpu_override_note();

} // namespace linnet
