// The CPU path the engine's kernels run on, for the window's About dialog (the window
// does not include the engine).
#pragma once

#include <QString>

namespace linnet::app {

// "avx512bf16 — AVX-512 with VNNI and BF16"
QString cpu_path_description();
// Empty when the engine can run on this CPU; otherwise what to tell the user (no AVX2).
QString cpu_problem_text();
// "2.6.3"
QString onednn_version_text();

} // namespace linnet::app
