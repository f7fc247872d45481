// Saved states (files and database blobs): what deserialize() accepts serializes back
// to the same bytes.
#include "fuzz_input.h"
#include "linnet/state.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    linnet::fuzz::refusals_allowed([&] {
        const linnet::State state = linnet::State::deserialize({data, size});
        const auto again = state.serialize();
        if (again.size() != size || std::memcmp(again.data(), data, size) != 0)
            __builtin_trap();
    });
    return 0;
}
