// Writes the seeds that cannot simply be cut out of ../shared: saved states of the tiny
// models (with and without logits). scripts/fuzz.sh runs it into the corpus folder.
#include "linnet/model.h"
#include "linnet/state.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_fuzz_seeds SHARED_DIR OUT_DIR\n");
        return 2;
    }
    const std::string shared = argv[1], out = argv[2];
    int n = 0;
    for (const char* name : {"4v0-660K-FP16", "5v2-730K-FP16", "6v0-3m-Q5_1", "7v0-834K-FP16"}) {
        const auto model = linnet::Model::load(shared + "/models/tiny/tiny-rwkv-" + name + ".bin", {.threads = 1});
        linnet::State state = model->initial_state();
        std::vector<float> logits(size_t(model->info().n_vocab));
        const std::vector<int32_t> tokens = {72, 105, 33};
        for (bool with_logits : {false, true}) {
            if (with_logits)
                model->feed(tokens, state, logits);
            const auto bytes = state.serialize();
            std::ofstream(out + "/state-" + std::to_string(n++) + ".bin", std::ios::binary)
                .write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
        }
    }
    return 0;
}
