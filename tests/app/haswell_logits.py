#!/usr/bin/env python3
"""linnet-cli under qemu-x86_64 -cpu Haswell (AVX2, no AVX-512) on every tiny model of
../shared: the build must run there (no SIGILL), pick the avx2 level, and give the
reference logits. A -march=native build on an AVX-512 machine fails here.

Usage: haswell_logits.py <linnet-cli> <shared dir>"""
import json
import os
import subprocess
import sys

TOLERANCE = 1e-4  # tests/common/reference_case.h's kLogitTolerance
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
    if failures:
        sys.exit(f"{failures} model(s) differ from the reference under Haswell")


main()
