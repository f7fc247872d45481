#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan + UBSan; tests/fuzz) in build-fuzz/ and runs
# each for SECONDS (default 30), one after the other, on seeds cut at run time from the
# tiny files in ../shared (nothing is copied into the repository). One line per target:
# executions, coverage (edges "cov" and features "ft"), corpus size. A crash, a sanitizer
# report, a leak, a timeout or an input that asks for too much memory is a finding: its
# input is kept in build-fuzz/findings/ and the script exits 1 after the other targets.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# LINNET_FUZZ_BUILD=0 runs the targets as built, without configuring or building (a long
# run beside other work, under nice, must not start a build); =only builds and stops.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds="${1:-30}"
shift || true
build="${LINNET_FUZZ_BUILD_DIR:-$root/build-fuzz}"
# ../shared, unless LINNET_SHARED_DIR or an earlier configure (of this or the main build) says otherwise.
# (Nothing when that build is not configured yet: a fresh checkout.)
cached() { sed -n 's/^LINNET_SHARED_DIR:PATH=//p' "$1/CMakeCache.txt" 2>/dev/null || true; }
shared="${LINNET_SHARED_DIR:-$(cached "$build")}"
shared="${shared:-$(cached "${LINNET_BUILD_DIR:-$root/build}")}"
shared=$(cd "${shared:-$root/../shared}" && pwd)

if [[ "${LINNET_FUZZ_BUILD:-1}" != 0 ]]; then
  if [[ ! -f "$build/build.ninja" ]]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DLINNET_FUZZ=ON -DLINNET_SHARED_DIR="$shared" "${launcher[@]}"
  fi
  cmake --build "$build" -j "$(nproc)"
fi
[[ "${LINNET_FUZZ_BUILD:-1}" != only ]] || exit 0

targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || mapfile -t targets < "$build/fuzz-targets.txt"
tiny="$shared/models/tiny"

# seeds TARGET DIR: writes the target's seed inputs into DIR.
seeds() {
  local dir=$2
  case "$1" in
    fuzz_rwkv_cpp_bin) cp "$tiny"/tiny-rwkv-{4v0-660K,5v1-730K,7v0-834K}-FP16.bin "$tiny"/tiny-rwkv-6v0-3m-Q5_1.bin "$dir/" ;;
    fuzz_zip) cp "$tiny"/pth/*-state.pth "$tiny/pth/tiny-rwkv-4v0-660K-bf16.pth" "$dir/" ;;
    fuzz_tuned_state) cp "$tiny"/pth/*-state.pth "$dir/" ;;
    fuzz_pickle) python3 - "$tiny/pth" "$dir" <<'PY'
import sys, zipfile, pathlib
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.pth")):
    with zipfile.ZipFile(f) as z:
        name = next(n for n in z.namelist() if n.endswith("data.pkl"))
        (pathlib.Path(sys.argv[2]) / (f.stem + ".pkl")).write_bytes(z.read(name))
PY
      ;;
    fuzz_safetensors) python3 - "$tiny/safetensors" "$dir" <<'PY'
import sys, pathlib, struct
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.safetensors")):
    b = f.read_bytes()
    n = struct.unpack("<Q", b[:8])[0]
    (pathlib.Path(sys.argv[2]) / (f.stem + "-header.st")).write_bytes(b[:8 + n])  # the data cut off
    if len(b) < 3 << 20:
        (pathlib.Path(sys.argv[2]) / f.name).write_bytes(b)
PY
      ;;
    fuzz_state) "$build/tests/fuzz/make_fuzz_seeds" "$shared" "$dir" ;;
    fuzz_world_vocab) { head -n 300 "$shared/tokenizers/rwkv_vocab_v20230424.txt"; tail -n 40 "$shared/tokenizers/rwkv_vocab_v20230424.txt"; } > "$dir/vocab.txt" ;;
    fuzz_tokenizer_json) python3 - "$shared/tokenizers/20B_tokenizer.json" "$dir/tokenizer.json" <<'PY'
import sys, json
t = json.load(open(sys.argv[1], encoding="utf-8"))
vocab = {k: v for k, v in t["model"]["vocab"].items() if v < 600}
t["model"]["vocab"] = vocab
t["model"]["merges"] = [m for m in t["model"]["merges"][:400]
                        if all(p in vocab for p in (m.split(" ") if isinstance(m, str) else m))]
t["added_tokens"] = t["added_tokens"][:4]
json.dump(t, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
      ;;
    fuzz_catalog) cp "$root/resources/catalog.json" "$dir/" ;;
    fuzz_conversation_import) cat > "$dir/chat.json" <<'JSON'
{"format": "linnet-conversation", "version": 1, "id": 7, "title": "Herons", "created": "2026-01-02T03:04:05.000Z",
 "updated": "2026-01-02T03:05:00.000Z", "model": "/models/rwkv7-g1-1.5b.pth",
 "settings": {"temperature": 0.7, "top_p": 0.5, "max_tokens": 200, "stop": ["END"], "system_prompt": "Be brief."},
 "messages": [{"id": 1, "role": "user", "text": "Tell me about herons", "created": "2026-01-02T03:04:05.000Z"},
  {"id": 2, "role": "assistant", "text": "Herons wade.\nThey fish.", "created": "2026-01-02T03:04:09.000Z",
   "stats": {"finish_reason": "stop_text", "prompt_tokens": 12, "reply_tokens": 6, "first_token_ms": 40.5, "tokens_per_s": 31.2}},
  {"id": 3, "role": "user", "text": "And egrets? \u00e9\u4e16", "created": "2026-01-02T03:04:30.000Z"}]}
JSON
      ;;
    fuzz_http_request) # the first byte of each input picks the piece size of the second reading
      printf '\x07GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nOrigin: http://localhost:3000\r\n\r\n' > "$dir/models"
      printf '\x03POST /v1/chat/completions?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sk-fuzz\r\nContent-Type: application/json\r\nContent-Length: 116\r\n\r\n{"model":"m","max_tokens":8,"temperature":0,"stop":["\\n"],"stream":true,"messages":[{"role":"user","content":"Hi"}]}' > "$dir/chat"
      printf '\x0bPOST /v1/completions HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n10;ext=1\r\n{"model":"m","pr\r\n14\r\nompt":"Once","seed":1}\r\n0\r\nX-Trailer: 1\r\n\r\nOPTIONS /v1/embeddings HTTP/1.0\r\nConnection: keep-alive\r\n\r\n' > "$dir/completion"
      printf '\x01POST /v1/embeddings HTTP/1.1\r\nHost: [::1]\r\nContent-Length: 62\r\n\r\n{"model":"m","input":["a","b"],"encoding_format":"base64"}    ' > "$dir/embeddings"
      ;;
    *) echo "fuzz.sh: no seeds for $1" >&2 ;;
  esac
}

findings=0
printf '%-22s %12s %8s %8s %7s  %s\n' target executions cov ft corpus result
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  rm -rf "$corpus/seeds"
  mkdir -p "$corpus/seeds" "$corpus/found" "$build/findings"
  if ! seeds "$t" "$corpus/seeds"; then
    echo "fuzz.sh: the seeds of $t could not be made" >&2
    findings=$((findings + 1))
    continue
  fi
  log="$build/findings/$t.log"
  status=0
  # New inputs go into found/ (kept between runs); -max_len fits the largest seed.
  (cd "$build" && ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -max_len=$((4 << 20)) -timeout=20 -rss_limit_mb=2560 \
    -malloc_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/findings/$t-" \
    "$corpus/found" "$corpus/seeds") > "$log" 2>&1 || status=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  units=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  result=ok
  if [[ $status -ne 0 ]]; then
    result="FINDING (see $log)"
    findings=$((findings + 1))
  fi
  printf '%-22s %12s %8s %8s %7s  %s\n' "$t" "${executions:-?}" "${cov:-?}" "${ft:-?}" "${units:-?}" "$result"
done
echo "fuzz: $((${#targets[@]} - findings)) passed, $findings failed"
[[ $findings -eq 0 ]]
