// State-tuning files (.pth with blocks.N.att.time_state), against the tiny RWKV-7.
#include "fuzz_input.h"
#include "linnet/model.h"
#include "linnet/tuned_state.h"

#include <memory>

namespace {
std::unique_ptr<linnet::Model> model;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    model = linnet::Model::load(LINNET_SHARED_DIR "/models/tiny/tiny-rwkv-7v0-834K-FP32.bin", {.threads = 1});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const linnet::fuzz::MemoryFile file(data, size);
    linnet::fuzz::refusals_allowed([&] { linnet::load_tuned_state(file.path(), *model); });
    return 0;
}
