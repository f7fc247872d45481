#!/usr/bin/env bash
# A CPU level's kernel objects (engine/src/kernel_table.h) may define global symbols only
# inside their own namespace, linnet::kernels::<level>: an inline function or template
# they instantiate (a header's helper, std::vector<float>::resize) is merged by the
# linker with the baseline code's copy, and this level's copy may be the one kept, then
# run on a CPU without this level's instructions. (DW.ref.__gxx_personality_v0 is a
# pointer to the C++ runtime's exception personality, data that every object shares;
# __odr_asan.* are AddressSanitizer's one-definition markers, data, in build-asan/.)
# Usage: check_isa_symbols.sh <level> <object files...>
set -euo pipefail
level=$1
shift
bad=$(nm --defined-only --extern-only -C "$@" | awk 'NF >= 3 { $1 = ""; $2 = ""; sub(/^  /, ""); print }' |
      grep -v -e "^linnet::kernels::${level}::" -e "^linnet::kernels::table_${level}\$" \
          -e "^DW.ref.__gxx_personality_v0\$" -e "^__odr_asan\." || true)
if [[ -n "$bad" ]]; then
  echo "global symbols outside linnet::kernels::${level} in the ${level} kernels:" >&2
  echo "$bad" >&2
  exit 1
fi
count=$(nm --defined-only --extern-only "$@" | grep -c ' [TWVDRB] ' || true)
echo "${level}: ${count} global symbols, all in linnet::kernels::${level}"
[[ $count -gt 0 ]]
