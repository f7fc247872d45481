// The pickle of a .pth file (data.pkl), read as data only.
#include "fuzz_input.h"
#include "pickle_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    linnet::fuzz::refusals_allowed([&] { linnet::read_state_dict_pickle({data, size}, "fuzz.pth"); });
    return 0;
}
