#!/usr/bin/env bash
# Saves the window's screenshots shown in README.md: chat, settings and model manager,
# light and dark, in English, Vietnamese and Chinese (offscreen, 1280×800).
#   scripts/screenshots.sh [out-dir]      (default: docs/screenshots)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="${1:-$root/docs/screenshots}"
build="${LINNET_BUILD_DIR:-$root/build}"
model="$root/../shared/models/tiny/tiny-rwkv-7v0-834K-FP32.bin"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

for lang in en vi zh_CN; do
  data=$(mktemp -d)
  # The tiny test model writes nonsense, so the sample conversation is written
  # straight into a fresh database (the app creates the schema on first start).
  "$build/app/linnet" --data-dir "$data" --screenshot /dev/null >/dev/null 2>&1 || true
  python3 "$root/scripts/sample_conversation.py" "$data/linnet.db" "$lang" "$model"
  for theme in light dark; do
    for view in chat settings models; do
      args=(--data-dir "$data" --model "$model" --language "$lang" --theme "$theme"
            --screenshot "$out/$view-$theme-$lang.png")
      [[ $view != chat ]] && args+=(--show "$view")
      "$build/app/linnet" "${args[@]}" >/dev/null 2>&1
      echo "$out/$view-$theme-$lang.png"
    done
  done
  rm -rf "$data"
done
