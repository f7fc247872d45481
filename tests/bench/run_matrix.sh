#!/bin/sh
# Runs `linnet-cli bench` over models × strategies × threads and writes a Markdown table
# (and the raw JSON lines next to it). Models come from make_models.sh. Run it on a
# quiet machine: 2-thread figures taken while anything else runs are worthless.
#   tests/bench/run_matrix.sh BUILD_DIR MODELS_DIR OUT.md [PRESET...]
# Environment: STRATEGIES (default "fp32 bf16 fp32i8 bf16i8 bf16i4"), THREADS (default "1 2"),
# LEVELS (default "avx512 avx2": the ISA levels of Linnet's own 4-bit kernels, forced with
# LINNET_CPU; the other precisions run on oneDNN, so they run once, at the machine's level),
# RWKV_CPP_BENCH (a built rwkv_cpp_bench, see compare_rwkv_cpp.sh: adds rwkv.cpp rows
# on the same files: FP32 for fp32, FP16 for bf16, Q8_0 for int8, Q4_0 for bf16i4, when those exist).
set -eu
build=$1
models=$2
out=$3
shift 3
presets=${*:-"v7-0.1b v7-0.4b v7-1.5b v6-1.6b v5.2-1.5b"}
strategies=${STRATEGIES:-"fp32 bf16 fp32i8 bf16i8 bf16i4"}
levels=${LEVELS:-"avx512 avx2"}
threads_list=${THREADS:-"1 2"}
cli="$build/app/linnet-cli"
raw="${out%.md}.jsonl"
: >"$raw"

# The file each precision reads: fp32 from the FP32 .bin, bf16 from the bf16 .pth when
# there is one (what users download), int8 from the Q8_0 .bin and 4-bit from the Q4_0 .bin
# when there is one (the file rwkv.cpp's row reads; Linnet runs its blocks as stored).
source_file() {
    case $2 in
    fp32) echo "$models/$1-FP32.bin" ;;
    bf16) [ -s "$models/$1-BF16.pth" ] && echo "$models/$1-BF16.pth" || echo "$models/$1-FP16.bin" ;;
    *i8) [ -s "$models/$1-Q8_0.bin" ] && echo "$models/$1-Q8_0.bin" || echo "$models/$1-FP16.bin" ;;
    *i4) [ -s "$models/$1-Q4_0.bin" ] && echo "$models/$1-Q4_0.bin" || echo "$models/$1-FP16.bin" ;;
    esac
}
rwkv_cpp_file() {
    case $1 in
    fp32) echo FP32 ;;
    bf16) echo FP16 ;;
    fp32i8) echo Q8_0 ;;
    bf16i4) echo Q4_0 ;;
    *) echo "" ;;
    esac
}

# One JSON line of a bench run, labelled with what ran: ENGINE PRESET STRATEGY FILE.
label() {
    python3 -c 'import json,sys; r=json.load(sys.stdin); r.update(zip(["engine","model","strategy","file"], sys.argv[1:])); print(json.dumps(r))' \
        "$1" "$2" "$3" "$(basename "$4")"
}
# The ISA levels a strategy runs at: every level for Linnet's own 4-bit kernels, else one.
levels_for() {
    case $1 in
    *i4) echo "$levels" ;;
    *) echo default ;;
    esac
}

for preset in $presets; do
    for strategy in $strategies; do
        for threads in $threads_list; do
            file=$(source_file "$preset" "$strategy")
            [ -s "$file" ] || { echo "skip: no $file" >&2; continue; }
            for level in $(levels_for "$strategy"); do
                name=$strategy
                [ "$level" = default ] || name="$strategy ($level)"
                echo "linnet $preset cpu $name threads $threads" >&2
                LINNET_CPU=${level#default} "$cli" bench --model "$file" --strategy "cpu $strategy" --threads "$threads" \
                    --repeat 2 --paired-rounds 8 | label linnet "$preset" "$name" "$file" >>"$raw"
            done
            type=$(rwkv_cpp_file "$strategy")
            cpp_file="$models/$preset-$type.bin"
            if [ -n "${RWKV_CPP_BENCH:-}" ] && [ -n "$type" ] && [ -s "$cpp_file" ]; then
                echo "rwkv.cpp $preset $type threads $threads" >&2
                "$RWKV_CPP_BENCH" "$cpp_file" "$threads" 512 128 16 2 |
                    label rwkv.cpp "$preset" "$strategy" "$cpp_file" >>"$raw"
            fi
        done
    done
done

python3 - "$raw" "$out" <<'PY'
import json, sys, platform, datetime, subprocess
rows = [json.loads(l) for l in open(sys.argv[1])]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
with open(sys.argv[2], "w") as f:
    f.write(f"Measured {datetime.date.today()} on {cpu}, {subprocess.check_output(['nproc']).decode().strip()} cores, "
            "with `tests/bench/run_matrix.sh` (best of 2 runs; 512-token prompt, 128 generated tokens; "
            "paired: the median of 8 rounds of 16 tokens, each against a read test taken right before it).\n\n")
    f.write("| model | engine | precision | file | threads | load ms | prompt tok/s | gen ms/token | read GB/s before→after | roofline ms | gen/roofline | paired gen/roofline | peak RSS MB | weights MB |\n")
    f.write("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    for r in rows:
        roof = r.get("roofline_ms_per_token")
        ratio = f"{r['gen_ms_per_token'] / roof:.2f}" if roof else ""
        roof_s = f"{roof:.1f}" if roof else ""
        weights = f"{r['weight_bytes'] / 2**20:.0f}" if "weight_bytes" in r else ""
        # The roofline uses the read test before the run; the one after shows whether
        # the host's bandwidth held while it ran (a row whose two differ says little).
        read = f"{r['bandwidth_gbs']:.0f}→{r['bandwidth_after_gbs']:.0f}" if "bandwidth_after_gbs" in r else ""
        # The median of 8 rounds, each against a read test taken right before it.
        paired = f"{r['paired']['gen_roofline_median']:.2f}" if "paired" in r else ""
        f.write(f"| {r['model']} | {r['engine']} | {r['strategy']} | {r['file']} | {r['threads']} | {r['load_ms']:.0f} | "
                f"{r['prefill_tokens_per_s']:.0f} | {r['gen_ms_per_token']:.2f} | {read} | {roof_s} | {ratio} | {paired} | {r['peak_rss_mb']:.0f} | {weights} |\n")
print(f"wrote {sys.argv[2]} ({len(rows)} rows)")
PY
