#!/usr/bin/env bash
# THE test command: dependencies, the full build (core, add-in, .oxt) and every test — core
# unit tests and the headless-Calc tests — then the core again under ASan/UBSan, then a bounded
# fuzz run of the core (scripts/fuzz.sh).
# Works from any directory; build trees: build/, build-asan/ and build-fuzz/ in the repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/install-deps.sh

echo "== build (core, add-in, vnpolicy.oxt) =="
cmake -S . -B build -DVNPOLICY_WERROR=ON  # warnings are errors for developers and CI
cmake --build build -j2
echo "== tests: core unit tests and headless Calc =="
ctest --test-dir build --output-on-failure

echo "== sanitizer build of the core (AddressSanitizer, UndefinedBehaviorSanitizer) =="
cmake -S . -B build-asan -DVNPOLICY_WITH_ADDIN=OFF -DVNPOLICY_SANITIZE=ON -DVNPOLICY_WERROR=ON
cmake --build build-asan -j2
ctest --test-dir build-asan --output-on-failure

echo "== bounded fuzzing of the core (libFuzzer, ASan, UBSan) =="
# 15 s per harness keeps the whole suite well under 20 minutes on CI's 2 cores; set
# FUZZ_SECONDS for a longer run.
FUZZ_SECONDS="${FUZZ_SECONDS:-15}" bash scripts/fuzz.sh

echo "test.sh: all tests passed"
