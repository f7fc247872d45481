#!/bin/sh
# Builds rwkv.cpp (a checkout given by the caller; never part of this repository) and
# rwkv_cpp_bench.c against it, into WORK_DIR.
#   tests/bench/compare_rwkv_cpp.sh RWKV_CPP_SOURCE WORK_DIR
# Then: WORK_DIR/rwkv_cpp_bench MODEL.bin THREADS [PROMPT] [GEN] [CHUNK] [REPEAT]
#       WORK_DIR/rwkv_cpp_logits MODEL.bin THREADS TOKENS   (as `linnet-cli logits` prints them)
set -eu
src=$(cd "$1" && pwd)
work=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRWKV_NATIVE=ON -DRWKV_STANDALONE=ON >/dev/null
cmake --build "$work/build" --target rwkv
lib=$(dirname "$(find "$work/build" -name 'librwkv.so' | head -1)")
ggml=$(dirname "$(find "$work/build" -name 'libggml.so' | head -1)")
for tool in rwkv_cpp_bench rwkv_cpp_logits; do
    cc -O2 -I"$src" "$here/$tool.c" -L"$lib" -lrwkv -Wl,-rpath,"$lib:$ggml" -o "$work/$tool"
done
# rwkv.cpp's quantiser, for the Q8_0, Q4_0 and Q5_1 files: quantize IN.bin OUT.bin TYPE
cc -O2 -I"$src" -I"$src/ggml/include" "$src/extras/quantize.c" -L"$lib" -lrwkv -Wl,-rpath,"$lib:$ggml" -o "$work/quantize"
echo "built $work/rwkv_cpp_bench"
