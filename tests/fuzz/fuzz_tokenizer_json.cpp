// Hugging Face tokenizer.json (GPT-NeoX BPE), then a text through it.
#include "fuzz_input.h"
#include "linnet/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const linnet::fuzz::MemoryFile file(data, size);
    linnet::fuzz::refusals_allowed([&] {
        const auto tokenizer = linnet::load_neox_tokenizer(file.path());
        const auto ids = tokenizer->encode("Hello, world!  aaaa\n\tx \xe4\xb8\x96 <|endoftext|>");
        tokenizer->decode(ids);
    });
    return 0;
}
