#!/usr/bin/env bash
# Installs every Debian 12 package Linnet needs to build, test and run. Idempotent:
# apt-get runs only when something is missing.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config
  # Qt 6.4 (see ../shared/docs/qt-on-debian12.md for why each qml6 module is listed)
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-l10n-tools qt6-svg-dev
  libqt6sql6-sqlite qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs
  qml6-module-qt-labs-folderlistmodel qml6-module-qt-labs-settings qml6-module-qt-labs-platform
  qml6-module-qttest
  # engine: oneDNN 2.6 (its CMake config needs the OpenCL headers), Unicode regex, JSON
  libdnnl-dev ocl-icd-opencl-dev libpcre2-dev libutf8proc-dev nlohmann-json3-dev
  # fonts (Latin, CJK, emoji), OpenGL under Xvfb, screenshots
  fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji
  libgl1-mesa-dri xvfb xauth x11-apps imagemagick xdotool
  # tests
  python3 openssl ca-certificates
  # portable build and package: qemu-x86_64 -cpu Haswell (CPU levels), icons, the package's
  # checks (lintian, desktop file, AppStream) and the clean Debian 12 root it installs into
  qemu-user librsvg2-bin lintian desktop-file-utils appstream debootstrap
  # the desktop's file dialogs through xdg-desktop-portal (app/gui/desktop_portal.h): Qt's
  # theme plugin for it, a few hundred kB; used only where a portal is running
  qt6-xdgdesktopportal-platformtheme
  # fuzzing (scripts/fuzz.sh): clang with libFuzzer, its sanitizer runtimes and OpenMP
  clang-14 libfuzzer-14-dev libclang-rt-14-dev libomp-14-dev
  # documents read into a chat: PDF text
  libpoppler-qt6-dev
)
# API tests (tests/api): node and npm run the official openai JavaScript client, which
# npm installs into the build tree. A node installed some other way comes with its own
# npm (and conflicts with Debian's npm package), so it is used as it is.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
