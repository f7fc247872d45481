// One level's table (compiled once per level, like every kernel source).
#include "kernel_table.h"

#define LINNET_JOIN2(a, b) a##b
#define LINNET_JOIN(a, b) LINNET_JOIN2(a, b)

namespace linnet::kernels {

#define LINNET_KERNEL_ENTRY(name, ret, params) &LINNET_ISA::name,
extern const KernelTable LINNET_JOIN(table_, LINNET_ISA);
constinit const KernelTable LINNET_JOIN(table_, LINNET_ISA) = {LINNET_KERNELS(LINNET_KERNEL_ENTRY)};
#undef LINNET_KERNEL_ENTRY

} // namespace linnet::kernels
