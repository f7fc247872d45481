/* The measurements of `linnet-cli bench`, taken with rwkv.cpp, for comparing the two
 * engines on the same .bin file. rwkv.cpp is not part of Linnet: compare_rwkv_cpp.sh
 * builds this file against a checkout of it given on its command line.
 *
 *   rwkv_cpp_bench MODEL.bin THREADS [PROMPT_TOKENS=512] [GEN_TOKENS=128] [CHUNK=16] [REPEAT=1]
 *
 * Prints one JSON object: load_ms, prefill_tokens_per_s (best run), gen_ms_per_token
 * (best run's mean), peak_rss_mb. */
#include "rwkv.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static uint32_t argmax(const float* v, size_t n)
{
    size_t best = 0;
    for (size_t i = 1; i < n; ++i)
        if (v[i] > v[best])
            best = i;
    return (uint32_t)best;
}

int main(int argc, char** argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: rwkv_cpp_bench MODEL.bin THREADS [PROMPT_TOKENS] [GEN_TOKENS] [CHUNK] [REPEAT]\n");
        return 2;
    }
    const int threads = atoi(argv[2]);
    const size_t prompt_tokens = argc > 3 ? (size_t)atoi(argv[3]) : 512;
    const int gen_tokens = argc > 4 ? atoi(argv[4]) : 128;
    const size_t chunk = argc > 5 ? (size_t)atoi(argv[5]) : 16;
    const int repeat = argc > 6 ? atoi(argv[6]) : 1;

    double t0 = now_ms();
    struct rwkv_context* ctx = rwkv_init_from_file(argv[1], (uint32_t)threads, 0);
    if (!ctx) {
        fprintf(stderr, "rwkv_cpp_bench: cannot load %s\n", argv[1]);
        return 1;
    }
    const double load_ms = now_ms() - t0;
    const size_t vocab = rwkv_get_n_vocab(ctx);
    float* state = malloc(rwkv_get_state_len(ctx) * sizeof(float));
    float* logits = malloc(rwkv_get_logits_len(ctx) * sizeof(float));
    uint32_t* prompt = malloc(prompt_tokens * sizeof(uint32_t));
    uint32_t x = 12345; /* the same fixed pseudo-random prompt as linnet-cli bench */
    for (size_t i = 0; i < prompt_tokens; ++i) {
        x = x * 1664525u + 1013904223u;
        prompt[i] = (x >> 8) % (uint32_t)vocab;
    }

    double best_prefill = 0, best_gen = 1e30;
    for (int r = 0; r < repeat; ++r) {
        rwkv_init_state(ctx, state);
        t0 = now_ms();
        if (!rwkv_eval_sequence_in_chunks(ctx, prompt, prompt_tokens, chunk, state, state, logits)) {
            fprintf(stderr, "rwkv_cpp_bench: eval_sequence failed\n");
            return 1;
        }
        const double prefill = prompt_tokens / ((now_ms() - t0) / 1e3);
        t0 = now_ms();
        for (int i = 0; i < gen_tokens; ++i) {
            if (!rwkv_eval(ctx, argmax(logits, vocab), state, state, logits)) {
                fprintf(stderr, "rwkv_cpp_bench: eval failed\n");
                return 1;
            }
        }
        const double gen = (now_ms() - t0) / gen_tokens;
        if (prefill > best_prefill)
            best_prefill = prefill;
        if (gen < best_gen)
            best_gen = gen;
    }
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("{\"engine\":\"rwkv.cpp\",\"threads\":%d,\"chunk\":%zu,\"load_ms\":%.1f,\"prefill_tokens_per_s\":%.2f,"
           "\"gen_ms_per_token\":%.3f,\"peak_rss_mb\":%.1f}\n",
           threads, chunk, load_ms, best_prefill, best_gen, usage.ru_maxrss / 1024.0);
    rwkv_free(ctx);
    free(state);
    free(logits);
    free(prompt);
    return 0;
}
