// The zip container of .pth files: central directory, ZIP64 records, local headers.
#include "fuzz_input.h"
#include "zip_archive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    linnet::fuzz::refusals_allowed([&] {
        const linnet::ZipArchive zip({data, size}, "fuzz.pth");
        for (const auto& entry : zip.entries()) {
            const auto bytes = zip.data(entry);
            if (!bytes.empty() && (bytes.data() < data || bytes.data() + bytes.size() > data + size))
                __builtin_trap(); // an entry outside the file
        }
    });
    return 0;
}
