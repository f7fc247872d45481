/* rwkv.cpp's logits after a list of tokens, printed as `linnet-cli logits` prints Linnet's,
 * so the two engines' readings of the same .bin file (Q4_0, Q5_1, ...) can be compared.
 * Built by compare_rwkv_cpp.sh against an rwkv.cpp checkout outside this repository.
 *
 *   rwkv_cpp_logits MODEL.bin THREADS TOKENS   (TOKENS: comma-separated ids, one eval each)
 */
#include "rwkv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char** argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: rwkv_cpp_logits MODEL.bin THREADS TOKENS\n");
        return 2;
    }
    struct rwkv_context* ctx = rwkv_init_from_file(argv[1], (uint32_t)atoi(argv[2]), 0);
    if (!ctx) {
        fprintf(stderr, "rwkv_cpp_logits: cannot load %s\n", argv[1]);
        return 1;
    }
    const size_t vocab = rwkv_get_logits_len(ctx);
    float* state = malloc(rwkv_get_state_len(ctx) * sizeof(float));
    float* logits = malloc(vocab * sizeof(float));
    rwkv_init_state(ctx, state);
    size_t fed = 0;
    for (char* id = strtok(argv[3], ","); id; id = strtok(NULL, ","), ++fed) {
        const long token = strtol(id, NULL, 10);
        if (token < 0 || (size_t)token >= vocab || !rwkv_eval(ctx, (uint32_t)token, state, state, logits)) {
            fprintf(stderr, "rwkv_cpp_logits: cannot evaluate token '%s'\n", id);
            return 1;
        }
    }
    if (fed == 0) {
        fprintf(stderr, "rwkv_cpp_logits: no tokens\n");
        return 2;
    }
    printf("{\"logits\":[");
    for (size_t i = 0; i < vocab; ++i)
        printf(i ? ",%.7g" : "%.7g", logits[i]);
    printf("]}\n");
    rwkv_free(ctx);
    free(state);
    free(logits);
    return 0;
}
