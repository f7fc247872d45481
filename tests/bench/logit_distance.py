#!/usr/bin/env python3
"""How far logits are from a reference: each FILE and REFERENCE is a JSON object with a
"logits" array, as `linnet-cli logits` and rwkv_cpp_logits print them.

    tests/bench/logit_distance.py REFERENCE.json FILE.json...

Per file: the rms distance over the vocabulary in units of the reference's standard
deviation (the spread of its logits), KL(reference || file) of the softmaxes, how many of
the reference's 10 likeliest tokens the file also ranks in its 10, and whether the most
likely token is the same."""
import json
import math
import sys


def logits(path):
    return json.load(open(path))["logits"]


def log_softmax(v):
    peak = max(v)
    total = math.log(sum(math.exp(x - peak) for x in v)) + peak
    return [x - total for x in v]


def top(v, k=10):
    return set(sorted(range(len(v)), key=lambda i: -v[i])[:k])


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ref = logits(sys.argv[1])
    mean = sum(ref) / len(ref)
    spread = math.sqrt(sum((x - mean) ** 2 for x in ref) / len(ref))
    ref_log = log_softmax(ref)
    for path in sys.argv[2:]:
        v = logits(path)
        if len(v) != len(ref):
            sys.exit(f"{path}: {len(v)} logits, the reference has {len(ref)}")
        rms = math.sqrt(sum((a - b) ** 2 for a, b in zip(v, ref)) / len(ref))
        kl = sum(math.exp(p) * (p - q) for p, q in zip(ref_log, log_softmax(v)))
        same_argmax = max(range(len(v)), key=v.__getitem__) == max(range(len(ref)), key=ref.__getitem__)
        print(f"{path}: rms/spread {rms / spread:.4f}  KL {kl:.5f}  top-10 shared {len(top(v) & top(ref))}  "
              f"same argmax {'yes' if same_argmax else 'no'}")


main()
