#!/usr/bin/env python3
"""Writes a synthetic RWKV-7 checkpoint in PyTorch's .pth layout, of any size, without
torch: for load-time and peak-memory benchmarks of the .pth reader (the values are
pseudo-random, the model is not meant to produce text).

    scripts/make-synthetic-checkpoint.py --embed 1024 --layers 32 --out /tmp/big.pth

The layout follows rwkv-math.md §7.1/§7.3: an OrderedDict of _rebuild_tensor_v2
calls (pickle protocol 2), one stored zip entry per storage, bf16 by default.
Python's zipfile writes ZIP64 records when the archive needs them (> 4 GB).
"""
import argparse
import random
import struct
import zipfile

ELEMENT = {"bf16": ("BFloat16Storage", 2), "f32": ("FloatStorage", 4)}


def tensors(c, layers, vocab, ffn, lora, head_size):
    """(name, shape) in RWKV-LM's registration order."""
    heads = c // head_size
    vec = (1, 1, c)
    yield "emb.weight", (vocab, c)
    for i in range(layers):
        b = f"blocks.{i}."
        yield b + "ln1.weight", (c,)
        yield b + "ln1.bias", (c,)
        yield b + "ln2.weight", (c,)
        yield b + "ln2.bias", (c,)
        if i == 0:
            yield b + "ln0.weight", (c,)
            yield b + "ln0.bias", (c,)
        for m in "rwkvag":
            yield b + f"att.x_{m}", vec
        for p in ("w", "a", "v", "g"):
            if p == "v" and i == 0:
                continue
            if p != "g":
                yield b + f"att.{p}0", vec
            yield b + f"att.{p}1", (c, lora)
            yield b + f"att.{p}2", (lora, c)
        yield b + "att.k_k", vec
        yield b + "att.k_a", vec
        yield b + "att.r_k", (heads, head_size)
        for m in ("receptance", "key", "value", "output"):
            yield b + f"att.{m}.weight", (c, c)
        yield b + "att.ln_x.weight", (c,)
        yield b + "att.ln_x.bias", (c,)
        yield b + "ffn.x_k", vec
        yield b + "ffn.key.weight", (ffn, c)
        yield b + "ffn.value.weight", (c, ffn)
    yield "ln_out.weight", (c,)
    yield "ln_out.bias", (c,)
    yield "head.weight", (vocab, c)


def pickle_int(v):
    if 0 <= v < 256:
        return b"K" + bytes([v])
    if 0 <= v < 65536:
        return b"M" + struct.pack("<H", v)
    if -(2**31) <= v < 2**31:
        return b"J" + struct.pack("<i", v)
    return b"\x8a\x08" + struct.pack("<q", v)


def pickle_str(s):
    b = s.encode()
    return b"X" + struct.pack("<I", len(b)) + b


def state_dict_pickle(entries, storage):
    out = [b"\x80\x02", b"ccollections\nOrderedDict\n", b")R("]
    for key, (name, shape) in enumerate(entries):
        numel = 1
        for d in shape:
            numel *= d
        stride, s = [], 1
        for d in reversed(shape):
            stride.insert(0, s)
            s *= d
        out += [pickle_str(name), b"ctorch._utils\n_rebuild_tensor_v2\n(", b"(", pickle_str("storage"),
                b"ctorch\n" + storage.encode() + b"\n", pickle_str(str(key)), pickle_str("cpu"),
                pickle_int(numel), b"tQ", pickle_int(0), b"(", *map(pickle_int, shape), b"t(",
                *map(pickle_int, stride), b"t\x89ccollections\nOrderedDict\n)Rt", b"R"]
    out.append(b"u.")
    return b"".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--embed", type=int, default=1024)
    ap.add_argument("--layers", type=int, default=32)
    ap.add_argument("--vocab", type=int, default=65536)
    ap.add_argument("--ffn", type=int, default=0, help="default 4 x embed")
    ap.add_argument("--lora", type=int, default=64)
    ap.add_argument("--head-size", type=int, default=64)
    ap.add_argument("--dtype", choices=ELEMENT, default="bf16")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    storage, size = ELEMENT[args.dtype]
    entries = list(tensors(args.embed, args.layers, args.vocab, args.ffn or 4 * args.embed, args.lora, args.head_size))

    rng = random.Random(1)
    # Small bf16/f32 values (|x| < 0.03); one random block, repeated.
    if size == 2:
        block = b"".join(struct.pack("<H", 0x3c00 | rng.getrandbits(8) | (rng.getrandbits(1) << 15)) for _ in range(1 << 16))
    else:
        block = b"".join(struct.pack("<f", rng.uniform(-0.03, 0.03)) for _ in range(1 << 15))
    archive = "synthetic"
    total = 0
    with zipfile.ZipFile(args.out, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
        z.writestr(f"{archive}/data.pkl", state_dict_pickle(entries, storage))
        z.writestr(f"{archive}/byteorder", "little")
        for key, (name, shape) in enumerate(entries):
            n = size
            for d in shape:
                n *= d
            total += n
            with z.open(f"{archive}/data/{key}", "w", force_zip64=n > (1 << 31)) as f:
                while n > 0:
                    chunk = block[: min(n, len(block))]
                    f.write(chunk)
                    n -= len(chunk)
        z.writestr(f"{archive}/version", "3\n")
    print(f"{args.out}: {len(entries)} tensors, {total / 2**30:.2f} GiB of weights")


if __name__ == "__main__":
    main()
