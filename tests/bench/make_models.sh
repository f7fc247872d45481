#!/bin/sh
# Generates the benchmark models (random weights, real shapes) as rwkv.cpp .bin files
# in FP32 and FP16, and as official bf16 .pth checkpoints. About 45 GB: use
# a directory outside the repository.
#   tests/bench/make_models.sh BUILD_DIR OUT_DIR [PRESET...]
set -eu
build=$1
out=$2
shift 2
presets=${*:-"v7-0.1b v7-0.4b v7-1.5b v6-1.6b v5.2-1.5b"}
mkdir -p "$out"
for preset in $presets; do
    for type in BF16 FP16 FP32; do
        ext=bin
        [ "$type" = BF16 ] && ext=pth
        file="$out/$preset-$type.$ext"
        if [ -s "$file" ]; then
            echo "exists: $file"
            continue
        fi
        nice "$build/tests/bench/make_bench_model" --preset "$preset" --type "$type" --out "$file.part"
        mv "$file.part" "$file"
    done
done
