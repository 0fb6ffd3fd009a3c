#!/usr/bin/env bash
# THE main job: build vnpolicy.oxt, install it into a throwaway LibreOffice profile, open
# examples/compensation.fods in a headless Calc, recalculate, and print the worksheet.
# Exits non-zero when a cell of the example shows an error. Works from any directory.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${VNPOLICY_BUILD_DIR:-build}"

bash scripts/install-deps.sh >&2

echo "== building $build/vnpolicy.oxt ==" >&2
cmake -S . -B "$build" >&2
cmake --build "$build" -j2 --target vnpolicy_oxt >&2

# The soffice/profile plumbing lives in tools/vnpolicy_office.py (one place).
exec /usr/bin/python3 tests/integration/calc_check.py --oxt "$build/vnpolicy.oxt" --timeout 300 \
  --print examples/compensation.fods --sheet "Bồi hoàn" \
  --template examples/compensation.fods
