#include "linnet/model_info.h"

#include "layers.h"

namespace linnet {

const char* arch_name(Arch arch)
{
    switch (arch) {
    case Arch::V4: return "4";
    case Arch::V5_1: return "5.1";
    case Arch::V5_2: return "5.2";
    case Arch::V6: return "6";
    case Arch::V7: return "7";
    }
    return "?";
}

int64_t ModelInfo::state_floats() const
{
    return state_floats_per_layer(*this) * n_layer;
}

} // namespace linnet
