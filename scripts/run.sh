#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install dependencies, build, start the app.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "${LINNET_BUILD_DIR:-$root/build}/app/linnet" "$@"
