// rwkv.cpp .bin files: the header and the tensor table, then the model description.
#include "fuzz_input.h"
#include "model_config.h"
#include "tensor_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const linnet::fuzz::MemoryFile file(data, size);
    linnet::fuzz::refusals_allowed([&] {
        const auto set = linnet::read_rwkv_cpp_file(std::make_shared<linnet::MappedFile>(file.path()));
        linnet::detect_model(set, file.path());
    });
    return 0;
}
