#!/usr/bin/python3
"""Boundary test: an exception thrown inside a spreadsheet function never reaches the office.

Installs the fault-injection test build of the add-in (build/test/vnpolicy-faultinject.oxt,
addin/fault_injection.hpp: COMPENSATION(777000N;0;0;1) throws std::runtime_error, std::bad_alloc,
a non-std exception or one of a class of its own inside the guarded core call) in a throwaway
profile, recalculates those formulas headless and checks: every such cell is Err:502, soffice
is alive, a value just beside the trigger computes, and normal formulas compute afterwards.

    /usr/bin/python3 tests/integration/fault_injection.py --oxt build/test/vnpolicy-faultinject.oxt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
from vnpolicy_office import Office, cell_text  # noqa: E402

# (formula, expected): an int is an expected error code, a float an expected value.
FAULTS = [
    ("=COMPENSATION(7770001;0;0;1)", 502),          # std::runtime_error
    ("=COMPENSATION(7770002;0;0;1)", 502),          # std::bad_alloc
    ("=COMPENSATION(7770003;0;0;1)", 502),          # throw 42
    ("=COMPENSATION(7770004;0;0;1)", 502),          # an exception of a class of its own
    ("=COMPENSATION_EXPLAIN(7770001;0;0;1)", 502),  # the text path, std::runtime_error
    ("=COMPENSATION_EXPLAIN(7770002;0;0;1)", 502),  # the text path, std::bad_alloc
    ("=COMPENSATION(7770000;0;0;1)", 7770000.0),    # next to a trigger: computes
    ("=COMPENSATION(7770005;0;0;1)", 7770005.0),
]
AFTER = [
    ("=COMPENSATION(50000000;108;36)", 33333333.0),
    ("=COMMITMENT_MONTHS(36)", 108.0),
    ("=1+1", 2.0),
]


def check(sheet, rows, first_row, failures):
    for i, (formula, expected) in enumerate(rows):
        cell = sheet.getCellByPosition(0, first_row + i)
        got = cell_text(cell)
        if isinstance(expected, int):
            ok = cell.getError() == expected
        else:
            ok = cell.getError() == 0 and abs(cell.getValue() - expected) < 1e-9
        print("%-4s %-42s %s" % ("ok" if ok else "FAIL", formula, got))
        if not ok:
            failures.append("%s gave %s, expected %s" % (formula, got, expected))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", required=True, help="the fault-injection test build of the add-in")
    ap.add_argument("--timeout", type=float, default=180)
    args = ap.parse_args(argv)
    failures: list[str] = []
    with Office(args.oxt, timeout=args.timeout) as office:
        doc = office.create_calc()
        sheet = doc.Sheets.getByIndex(0)
        for i, (formula, _) in enumerate(FAULTS):
            sheet.getCellByPosition(0, i).setFormula(formula)
        doc.calculateAll()
        doc.calculateAll()  # twice: a second round of exceptions in the same process
        check(sheet, FAULTS, 0, failures)
        if office.died:
            failures.append("soffice died while computing the injected faults")
        else:
            base = len(FAULTS) + 1
            for i, (formula, _) in enumerate(AFTER):
                sheet.getCellByPosition(0, base + i).setFormula(formula)
            doc.calculateAll()
            check(sheet, AFTER, base, failures)
            if office.died:
                failures.append("soffice died after the injected faults")
            else:
                print("soffice alive after %d injected exceptions" % (2 * 6))
        if failures:
            print("soffice log tail:\n" + office.log_tail())
    for f in failures:
        print("FAIL: " + f)
    print("%d passed, %d failed" % (len(FAULTS) + len(AFTER) - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
