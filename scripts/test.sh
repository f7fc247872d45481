#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install dependencies, build, test the Debian
# package, run every test; then every fuzz target for a short while (scripts/fuzz.sh) and
# the whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/).
# Each stage says how long it took; the last line counts the stages that passed and failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
fuzz_seconds="${LINNET_FUZZ_SECONDS:-30}"

passed=0
failed=0
# stage NAME COMMAND...: runs it, reports its time, counts it; later stages still run.
stage() {
  local name=$1 start=$SECONDS
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "test.sh: $name FAILED"; fi
  echo "test.sh: $name took $((SECONDS - start)) s"
}
suite() { (cd "$1" && shift && ctest --output-on-failure -j "$(nproc)" "$@"); }
# Qt and fontconfig keep caches to the end of the process: leaks are checked by the fuzz
# targets, not here. engine_builds_alone is a build of its own, not a run: the normal
# suite has checked it. tst_cli_haswell runs linnet-cli under qemu-user, where ASan's
# shadow memory (a reservation of terabytes at fixed addresses) is not expected to
# work; the normal suite runs it. The tests scale
# their waits to the slower build themselves (tests/CMakeLists.txt, time scale).
asan_suite() {
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    suite "$root/build-asan" -E '^(engine_builds_alone|tst_cli_haswell)$' "$@"
}

# The Debian package made from that build, installed into a clean Debian 12 root. It
# runs before the suite so a broken package shows within minutes. debootstrap and chroot
# need root, as CI has.
if [[ $(id -u) -eq 0 ]]; then
  stage "package" "$root/scripts/test-package.sh"
else
  echo "test.sh: skipping scripts/test-package.sh, which needs root (debootstrap, chroot)"
fi
stage "test suite" suite "${LINNET_BUILD_DIR:-$root/build}" "$@"
stage "fuzz build" env LINNET_FUZZ_BUILD=only "$root/scripts/fuzz.sh"
stage "fuzz targets (${fuzz_seconds} s each)" env LINNET_FUZZ_BUILD=0 "$root/scripts/fuzz.sh" "$fuzz_seconds"
# The sanitized build reads the test data the normal build was configured with.
shared=$(sed -n 's/^LINNET_SHARED_DIR:PATH=//p' "${LINNET_BUILD_DIR:-$root/build}/CMakeCache.txt" 2>/dev/null || true)
stage "ASan+UBSan build" env LINNET_BUILD_DIR="$root/build-asan" "$root/scripts/build.sh" -DLINNET_SANITIZE=ON \
  ${shared:+"-DLINNET_SHARED_DIR=$shared"}
stage "ASan+UBSan test suite" asan_suite "$@"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
