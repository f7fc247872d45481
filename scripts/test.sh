#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install dependencies, build, test the Debian
# package, run every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
# The Debian package made from that build, installed into a clean Debian 12 root. It
# runs before the suite so a broken package shows within minutes, and ctest's summary
# stays the last word. debootstrap and chroot need root, as CI has.
if [[ $(id -u) -eq 0 ]]; then
  "$root/scripts/test-package.sh"
else
  echo "test.sh: skipping scripts/test-package.sh, which needs root (debootstrap, chroot)"
fi
cd "${LINNET_BUILD_DIR:-$root/build}"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --output-on-failure -j "$(nproc)" "$@"
