#!/usr/bin/env python3
"""linnet-cli under qemu-x86_64 -cpu Haswell (AVX2, no AVX-512) on every tiny model of
../shared: the build must run there (no SIGILL), pick the avx2 level, and give the
reference logits. A -march=native build on an AVX-512 machine fails here. The narrower
precisions run there too: bf16 (kept in fp32 below AVX-512) and int8 (7-bit weights and
Linnet's own one-row kernel below VNNI) stay close to the reference.

Usage: haswell_logits.py <linnet-cli> <shared dir>"""
import json
import os
import subprocess
import sys

TOLERANCE = 1e-4  # tests/common/reference_case.h's kLogitTolerance
# rms distance over the vocabulary in units of the reference's spread (tst_precision's
# measure); int8 measured 0.02-0.17 on the tiny models, bf16 less.
NARROW_BOUND = 0.3
PROMPT = "hello-world"


def run(cli, *args):
    result = subprocess.run(["qemu-x86_64", "-cpu", "Haswell", cli, *args], capture_output=True, text=True,
                            timeout=300)
    if result.returncode != 0:
        sys.exit(f"linnet-cli {' '.join(args)} under Haswell: exit {result.returncode}\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def main():
    cli, shared = sys.argv[1], sys.argv[2]
    info = run(cli, "info")
    if info["cpu"] != "avx2":
        sys.exit(f"under Haswell the kernels should run at avx2, not {info['cpu']}")
    vectors = json.load(open(os.path.join(shared, "vectors", "tiny-models.json")))
    prompt = next(p for p in vectors["prompts"] if p["name"] == PROMPT)
    tokens = ",".join(str(t) for t in prompt["tokens"])
    failures = 0
    for model in vectors["models"]:
        path = os.path.join(shared, "models", "tiny", model["file"])
        logits = run(cli, "logits", "--model", path, "--tokens", tokens)["logits"]
        expected = model["results"][PROMPT]["logits_last"]
        diff = max(abs(a - b) for a, b in zip(logits, expected))
        ok = len(logits) == len(expected) and diff <= TOLERANCE
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {model['file']}: max |diff| {diff:.2e}")
        for strategy in ("cpu bf16", "cpu fp32i8"):
            narrow = run(cli, "logits", "--model", path, "--tokens", tokens, "--strategy", strategy)["logits"]
            distance = spread_distance(narrow, expected)
            ok = len(narrow) == len(expected) and distance <= NARROW_BOUND
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {model['file']} {strategy}: distance {distance:.3f}")
    if failures:
        sys.exit(f"{failures} run(s) differ from the reference under Haswell")


def spread_distance(logits, reference):
    n = len(reference)
    mean = sum(reference) / n
    spread = (sum((r - mean) ** 2 for r in reference) / n) ** 0.5
    rms = (sum((a - b) ** 2 for a, b in zip(logits, reference)) / n) ** 0.5
    return rms / spread


main()
