// safetensors files: the JSON header, the offsets, then the names mapped to a model.
#include "checkpoint.h"
#include "fuzz_input.h"
#include "model_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const linnet::fuzz::MemoryFile file(data, size);
    linnet::fuzz::refusals_allowed([&] {
        auto checkpoint = linnet::read_safetensors(std::make_shared<linnet::MappedFile>(file.path()));
        const auto set = linnet::map_checkpoint(std::move(checkpoint), linnet::Contents::Shapes);
        linnet::detect_model(set, file.path());
    });
    return 0;
}
