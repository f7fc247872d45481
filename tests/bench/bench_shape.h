// The model shape the state benchmarks measure: RWKV-7 1.5B (24 layers × 2048 channels,
// 32 heads of 64, the World vocabulary). Only the sizes matter; no weights are read.
#pragma once

#include "linnet/model_info.h"

inline linnet::ModelInfo rwkv7_1p5b_shape()
{
    linnet::ModelInfo info;
    info.arch = linnet::Arch::V7;
    info.n_layer = 24;
    info.n_embed = 2048;
    info.n_head = 32;
    info.head_size = 64;
    info.n_vocab = 65536;
    info.fingerprint = "0123456789abcdef";
    return info;
}
