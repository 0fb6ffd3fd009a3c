#!/usr/bin/env bash
# The Linux library's needs from the system (README "Platforms"): its C++ runtime is linked in
# (no libstdc++/libgcc_s among its NEEDED libraries, no GLIBCXX_/CXXABI_/GCC_ versions), UNO is
# reached only through libuno_sal.so.3 and libuno_cppu.so.3 at UDK_3_0_0, and the newest glibc
# symbol version it needs is the one the README states.
# Usage: check_glibc.sh <vnpolicy.uno.so> <expected glibc, e.g. 2.35>
set -euo pipefail
so="$1"
expected="$2"
[[ -f $so ]] || { echo "check_glibc: no such file $so" >&2; exit 2; }

needed="$(objdump -p "$so" | awk '/NEEDED/ {print $2}' | sort | tr '\n' ' ')"
versions="$(objdump -T "$so" | grep -o '(\(GLIBC\|GLIBCXX\|CXXABI\|GCC\|UDK\)_[0-9A-Za-z._]*)' | tr -d '()' | sort -u)"
glibc="$(grep -o '^GLIBC_[0-9.]*' <<<"$versions" | sed 's/GLIBC_//' | sort -V | tail -1)"
echo "check_glibc: $so needs: $needed"
echo "check_glibc: newest glibc symbol version: $glibc"

status=0
if grep -Eq 'libstdc\+\+|libgcc_s' <<<"$needed"; then
  echo "check_glibc: the C++ runtime is not linked in statically" >&2; status=1
fi
if grep -Eq '^(GLIBCXX|CXXABI|GCC)_' <<<"$versions"; then
  echo "check_glibc: needs versions of the C++ runtime: $(grep -E '^(GLIBCXX|CXXABI|GCC)_' <<<"$versions" | tr '\n' ' ')" >&2
  status=1
fi
for lib in $needed; do
  case "$lib" in
    libuno_sal.so.3|libuno_cppu.so.3|libc.so.6|libm.so.6|ld-linux-x86-64.so.2) ;;
    *) echo "check_glibc: unexpected library $lib" >&2; status=1 ;;
  esac
done
if grep -E '^UDK_' <<<"$versions" | grep -vqx 'UDK_3_0_0'; then
  echo "check_glibc: a UNO function newer than UDK_3_0_0" >&2; status=1
fi
if [[ $glibc != "$expected" ]]; then
  echo "check_glibc: needs glibc $glibc, the README states $expected: update one of them" >&2
  status=1
fi
exit $status
