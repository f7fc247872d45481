// RWKV World vocabularies, then a text through the tokenizer they make.
#include "fuzz_input.h"
#include "linnet/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const linnet::fuzz::MemoryFile file(data, size);
    linnet::fuzz::refusals_allowed([&] {
        const auto tokenizer = linnet::load_world_tokenizer(file.path());
        const std::string text = "Hello, world! \xe4\xb8\x96\xe7\x95\x8c\n\xff\x00 end";
        if (tokenizer->decode(tokenizer->encode(text)) != text)
            __builtin_trap(); // every byte is a token: the text must come back
    });
    return 0;
}
