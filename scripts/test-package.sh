#!/usr/bin/env bash
# The Debian package, end to end: makes it (scripts/package.sh, from build/); lintian
# reports no errors; the .desktop entry and the AppStream metainfo validate; the
# binaries carry no rpath and no path into the build tree. Then apt installs it into a
# clean Debian 12 root made by debootstrap, resolving every dependency from the
# package's Depends alone; there `linnet-cli info` and `linnet --screenshot` run
# offscreen and the screenshot must be a real picture of the window; purging the
# package must leave the user's data folder as it was. Prints how long each step took.
#
# Needs root (debootstrap, chroot, mount) and Debian's archive. The root is kept as a
# tarball, with apt's downloads, under LINNET_TEST_CACHE (default /var/cache/linnet-test),
# so later runs on the same machine start from it; each run unpacks a fresh copy.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="${LINNET_TEST_CACHE:-/var/cache/linnet-test}"
mirror="${LINNET_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security_mirror="${LINNET_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
[[ $(id -u) -eq 0 ]] || { echo "test-package: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
work=$(mktemp -d /tmp/linnet-package-test.XXXXXX)
chroot_dir="$work/root"
mounted=()

cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

started=$SECONDS
step_start=$SECONDS
timing() { echo "test-package: $1: $((SECONDS - step_start)) s"; step_start=$SECONDS; }
fail() { echo "test-package: FAILED: $*" >&2; exit 1; }

deb=$("$root/scripts/package.sh")
build=$(dirname "$deb")
timing "package.sh ($(basename "$deb"))"

# --- The package's own checks -------------------------------------------------------
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors"
dpkg-deb -x "$deb" "$work/contents"
desktop-file-validate "$work"/contents/usr/share/applications/*.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net "$work"/contents/usr/share/metainfo/*.metainfo.xml || fail "appstreamcli validate"
for binary in "$work"/contents/usr/bin/*; do
  ! readelf -d "$binary" | grep -E 'RPATH|RUNPATH' || fail "$(basename "$binary") has an rpath"
  ! grep -qF "$build" "$binary" || fail "$(basename "$binary") names the build tree $build"
done
timing "lintian, desktop-file-validate, appstreamcli, rpath"

# --- A clean Debian 12 root: debootstrap once, then a fresh copy of it every run -----
mkdir -p "$cache/archives/partial"
tarball="$cache/bookworm-minbase.tar.gz"
if [[ ! -f "$tarball" ]]; then
  debootstrap --variant=minbase bookworm "$work/seed" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap"; }
  rm -f "$work/seed/var/cache/apt/archives"/*.deb
  tar -C "$work/seed" -czf "$tarball.partial" . && mv "$tarball.partial" "$tarball"
  rm -rf "$work/seed"
  timing "debootstrap bookworm minbase (kept as $tarball)"
fi
mkdir "$chroot_dir"
tar -C "$chroot_dir" -xzf "$tarball"
bind() { mount --bind "$1" "$chroot_dir$2"; mounted+=("$chroot_dir$2"); }
bind /proc /proc
bind /dev /dev
bind /dev/pts /dev/pts
bind "$cache/archives" /var/cache/apt/archives
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
# As on an installed Debian 12: the release, its updates and security updates.
cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
EOF
# Keep apt's downloads in the cache for the next run.
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$chroot_dir/etc/apt/apt.conf.d/99keep"
cp "$deb" "$chroot_dir/tmp/"
timing "fresh root from the tarball"

in_root() { chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -q >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log" >&2; fail "apt-get update"; }
# Depends alone: no Recommends, nothing named by hand.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
  >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log" >&2; fail "apt-get install"; }
echo "test-package: apt installed $(grep -c '^Setting up ' "$work/apt.log") packages"
timing "apt-get install (Depends only)"

# --- The installed programs ----------------------------------------------------------
for path in /usr/bin/linnet /usr/bin/linnet-cli /usr/share/applications/org.linnet.Linnet.desktop \
  /usr/share/metainfo/org.linnet.Linnet.metainfo.xml /usr/share/icons/hicolor/scalable/apps/org.linnet.Linnet.svg \
  /usr/share/icons/hicolor/256x256/apps/org.linnet.Linnet.png /usr/share/man/man1/linnet.1.gz \
  /usr/share/man/man1/linnet-cli.1.gz /usr/share/doc/linnet/copyright; do
  [[ -f "$chroot_dir$path" ]] || fail "the package did not install $path"
done
info=$(in_root linnet-cli info) || fail "linnet-cli info"
echo "test-package: installed linnet-cli info: $info"
[[ "$info" == *'"cpu":"avx'* ]] || fail "linnet-cli info names no CPU level"
in_root linnet --help >/dev/null || fail "linnet --help without a display"
in_root linnet-cli --version | grep -q '^linnet-cli ' || fail "linnet-cli --version"
in_root install -d -m 0700 /tmp/runtime
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime linnet --screenshot /tmp/window.png \
  >"$work/window.log" 2>&1 || { cat "$work/window.log" >&2; fail "linnet --screenshot"; }
# A real picture of the window: a PNG of window size with the many colours of text.
read -r width height colours < <(identify -format '%w %h %k\n' "$chroot_dir/tmp/window.png") ||
  fail "the installed window's screenshot is no image"
cp "$chroot_dir/tmp/window.png" "$build/package-test-window.png"
echo "test-package: screenshot ${width}x${height}, $colours colours (kept as $build/package-test-window.png)"
((width >= 640 && height >= 480 && colours >= 16)) || fail "the installed window's screenshot is blank or too small"
data="$chroot_dir/root/.local/share/Linnet/Linnet"
[[ -d "$data" ]] || fail "the window made no data folder at $data"
timing "installed linnet-cli info and linnet --screenshot (offscreen)"

# --- Purge: the package goes, the user's data stays ------------------------------------
before=$(cd "$data" && find . -type f | sort | xargs sha256sum)
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q linnet >/dev/null || fail "apt-get purge"
[[ ! -e "$chroot_dir/usr/bin/linnet" && ! -e "$chroot_dir/usr/share/applications/org.linnet.Linnet.desktop" ]] ||
  fail "purge left the package's files"
after=$(cd "$data" && find . -type f | sort | xargs sha256sum)
[[ -n "$before" && "$before" == "$after" ]] || fail "purging the package changed the user's data folder"
timing "purge (data folder untouched)"
echo "test-package: passed in $((SECONDS - started)) s"
