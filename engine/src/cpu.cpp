// Choosing the kernels' CPU level once, at start-up (linnet/cpu.h, kernel_table.h).
// Baseline x86-64 code: it runs before anyone knows what the CPU has.
#include "linnet/cpu.h"

#include "kernel_table.h"

#include <dnnl.hpp>

#include <cpuid.h>

#include <cstdlib>
#include <cstring>

namespace linnet::kernels {
extern const KernelTable table_avx2, table_avx512, table_avx512bf16;
}

namespace linnet {

namespace {

struct LevelInfo {
    CpuLevel level;
    const char* name;
    const char* description;
    const kernels::KernelTable* table;
    dnnl::cpu_isa onednn_cap; // oneDNN's level when LINNET_CPU asks for this one
};

// Lowest first; a level's index is its CpuLevel value.
const LevelInfo kLevels[] = {
    {CpuLevel::Unsupported, "unsupported", "x86-64 without AVX2, FMA and F16C", nullptr, dnnl::cpu_isa::all},
    {CpuLevel::Avx2, "avx2", "AVX2 with FMA and F16C", &kernels::table_avx2, dnnl::cpu_isa::avx2},
    {CpuLevel::Avx512, "avx512", "AVX-512 (F, BW, VL, DQ)", &kernels::table_avx512, dnnl::cpu_isa::avx512_core},
    {CpuLevel::Avx512Bf16, "avx512bf16", "AVX-512 with VNNI and BF16", &kernels::table_avx512bf16,
     dnnl::cpu_isa::avx512_core_bf16},
};

// Through cpuid: clang before 16 has no "f16c" for __builtin_cpu_supports.
bool has_f16c()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    return __get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_F16C);
}

const LevelInfo& info(CpuLevel level) { return kLevels[static_cast<int>(level)]; }

CpuLevel detect()
{
    // Static initialisers may run before libgcc's own, which fills what these read.
    __builtin_cpu_init();
    if (!(__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && has_f16c()))
        return CpuLevel::Unsupported;
    if (!(__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
          __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq")))
        return CpuLevel::Avx2;
    if (!(__builtin_cpu_supports("avx512vnni") && __builtin_cpu_supports("avx512bf16")))
        return CpuLevel::Avx512;
    return CpuLevel::Avx512Bf16;
}

struct Choice {
    CpuLevel best = CpuLevel::Unsupported;
    CpuLevel level = CpuLevel::Unsupported;
    std::string note;
};

// The best level, lowered by LINNET_CPU; oneDNN is capped at the same level then.
Choice choose()
{
    Choice c;
    c.best = c.level = detect();
    const char* wanted = std::getenv("LINNET_CPU");
    if (!wanted || !*wanted || c.best == CpuLevel::Unsupported)
        return c;
    for (const LevelInfo& l : kLevels) {
        if (l.level == CpuLevel::Unsupported || std::strcmp(l.name, wanted) != 0)
            continue;
        if (l.level > c.best) {
            c.note = std::string("LINNET_CPU=") + wanted + " is ignored: this processor supports up to " +
                     info(c.best).name + ".";
            return c;
        }
        c.level = l.level;
        if (l.level < c.best) {
            try {
                dnnl::set_max_cpu_isa(l.onednn_cap);
            } catch (const dnnl::error&) {
                c.note = "oneDNN could not be limited to " + std::string(l.name) + "; it uses its own choice.";
            }
        }
        return c;
    }
    c.note = std::string("LINNET_CPU=") + wanted + " is not a level Linnet knows (avx2, avx512, avx512bf16); using " +
             info(c.best).name + ".";
    return c;
}

Choice& choice()
{
    static Choice c = choose();
    return c;
}

} // namespace

namespace kernels::detail {
// Set before main: nothing runs a kernel during static initialisation.
const KernelTable* active_table = info(choice().level).table;
} // namespace kernels::detail

const char* cpu_level_name(CpuLevel level) { return info(level).name; }
const char* cpu_level_description(CpuLevel level) { return info(level).description; }
CpuLevel cpu_best_level() { return choice().best; }
CpuLevel cpu_level() { return choice().level; }

std::vector<CpuLevel> cpu_levels_available()
{
    std::vector<CpuLevel> levels;
    for (const LevelInfo& l : kLevels)
        if (l.table && l.level <= choice().best)
            levels.push_back(l.level);
    return levels;
}

bool cpu_keeps_bf16_weights() { return cpu_level() >= CpuLevel::Avx512; }

bool set_cpu_level(CpuLevel level)
{
    if (level == CpuLevel::Unsupported || level > choice().best)
        return false;
    choice().level = level;
    kernels::detail::active_table = info(level).table;
    return true;
}

std::string cpu_unsupported_message()
{
    if (choice().best != CpuLevel::Unsupported)
        return {};
    return "This processor lacks AVX2, FMA or F16C, which Linnet needs to run language models "
           "(x86-64 processors from 2013 on have them: Intel Haswell, AMD Excavator and Zen, and later).";
}

std::string cpu_override_note() { return choice().note; }

std::string onednn_version()
{
    const dnnl_version_t* v = dnnl_version();
    return std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->patch);
}

} // namespace linnet
