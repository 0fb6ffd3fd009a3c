#!/usr/bin/env bash
# Bounded fuzzing of the core (part of scripts/test.sh): builds the libFuzzer harnesses of fuzz/
# with clang, ASan and UBSan in build-fuzz/, then runs each for FUZZ_SECONDS (default 25) on its
# committed seed corpus (fuzz/corpus/<harness>/, never modified here; new inputs go to
# build-fuzz/corpus/). Any crash, sanitizer report or broken property fails the script and
# leaves the input in build-fuzz/findings/<harness>/ — reproduce with
#   build-fuzz/fuzz/<harness> build-fuzz/findings/<harness>/crash-*
# Usage: scripts/fuzz.sh [harness...]        (default: every harness)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${FUZZ_SECONDS:-25}"
harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
  harnesses=(fuzz_sheet_functions fuzz_compensation fuzz_quota fuzz_core_units fuzz_policy_data)
fi

echo "== fuzz build (clang, libFuzzer, ASan, UBSan) =="
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DVNPOLICY_WITH_ADDIN=OFF -DVNPOLICY_SANITIZE=ON -DVNPOLICY_WERROR=ON \
  -DVNPOLICY_FUZZ=ON >/dev/null
cmake --build build-fuzz -j2 --target vnpolicy_fuzzers

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
total=0
summary=()
for h in "${harnesses[@]}"; do
  bin="build-fuzz/fuzz/$h"
  work="build-fuzz/corpus/$h"
  findings="build-fuzz/findings/$h"
  mkdir -p "$work" "$findings"
  seeds=("fuzz/corpus/$h")
  max_len=512
  if [[ $h == fuzz_policy_data ]]; then
    seeds+=(data)  # the shipped data files themselves are the best seeds
    max_len=16384
  fi
  echo "== $h: ${seconds}s =="
  log="$findings/log.txt"
  if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
      -print_final_stats=1 -artifact_prefix="$findings/" "$work" "${seeds[@]}" >"$log" 2>&1; then
    grep -E "PROPERTY BROKEN|runtime error|ERROR:|SUMMARY|Test unit written" "$log" | head -20 >&2
    echo "fuzz.sh: $h FAILED (log: $log)" >&2
    exit 1
  fi
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  grep -h "properties are idle" "$log" || true
  total=$((total + ${runs:-0}))
  summary+=("$(printf '%-22s %10s inputs in %ss' "$h" "${runs:-?}" "$seconds")")
done
echo "== fuzz summary =="
printf '%s\n' "${summary[@]}"
echo "fuzz.sh: ${#harnesses[@]} harnesses, $total inputs, no crash, no sanitizer report, every property held"
