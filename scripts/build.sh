#!/usr/bin/env bash
# Configures and builds Linnet in build/ (Ninja, Release with debug info, ccache when present).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${LINNET_BUILD_DIR:-$root/build}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
fi
cmake --build "$build" -j "$(nproc)"
