#!/usr/bin/env bash
# Builds the Debian package from the default build in build/ (or LINNET_BUILD_DIR):
# it is the portable one (baseline x86-64, the engine's own kernels compiled per CPU
# level and chosen at start), so the package reuses it instead of building a tree of
# its own; a -DLINNET_NATIVE=ON build is refused, since it runs only on its own CPU.
# Turns on the install rules (-DLINNET_PACKAGE=ON), then CPack, which strips the
# binaries. Prints the path of linnet_<version>_amd64.deb.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${LINNET_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh" >&2
"$root/scripts/build.sh" >&2
if grep -q '^LINNET_NATIVE:BOOL=ON$' "$build/CMakeCache.txt"; then
  echo "package.sh: $build is a -DLINNET_NATIVE=ON build, which runs only on this CPU; package a portable one" >&2
  exit 1
fi
cmake -S "$root" -B "$build" -DLINNET_PACKAGE=ON >&2
cmake --build "$build" -j "$(nproc)" >&2
(cd "$build" && cpack -G DEB >&2)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$build/linnet_${version}_amd64.deb"
[[ -f "$deb" ]] || { echo "package.sh: $deb was not made" >&2; exit 1; }
echo "$deb"
