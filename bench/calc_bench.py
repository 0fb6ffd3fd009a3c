#!/usr/bin/python3
"""Recalculation benchmark in one headless Calc: vnpolicy functions per cell, side by side with
the same arithmetic as native formulas, a LibreOffice C++ add-in function of similar arity
(MROUND, from scaddins' analysis add-in) and a Basic macro function doing the same work.

    /usr/bin/python3 bench/calc_bench.py build/vnpolicy.oxt [--rows 100000] [--repeat 5]

Every variant fills one column of `rows` formulas over the same inputs (first cell set, then
fillAuto down), and the time of a hard recalculation (calculateAll) is taken `repeat` times;
the median is reported, also per cell. Not a test: it prints a table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration"))
import vnpolicy_office as vo  # noqa: E402

# Inputs per row: A cost, B required months, C served months, D start date, E end date.
# (label, formula of row 1, what it stands for)
VARIANTS = [
    ("native arithmetic", "=IF(C1>=B1;0;ROUND(A1*(B1-C1)/B1;0))",
     "COMPENSATION's case-3 arithmetic as plain Calc formulas"),
    ("MROUND (C++ add-in)", "=MROUND(A1;1000)", "LibreOffice's own add-in call, 2 arguments"),
    ("EDATE (C++ add-in)", "=EDATE(D1;C1)", "LibreOffice's own add-in call with the null date"),
    ("COMPENSATION", "=COMPENSATION(A1;B1;C1)", "vnpolicy, 3 arguments"),
    ("COMPENSATION 5 args", "=COMPENSATION(A1;B1;C1;3;\"BT2012\")", "with case and policy code"),
    ("COMMITMENT_MONTHS", "=COMMITMENT_MONTHS(C1)", "vnpolicy, 1 argument"),
    ("COMMITMENT_MONTHS code", "=COMMITMENT_MONTHS(C1;\"KH2023\";1)", "policy code folded"),
    ("SERVICE_MONTHS", "=SERVICE_MONTHS(D1;E1)", "vnpolicy, reads the null date"),
    ("BASE_WAGE", "=BASE_WAGE(D1)", "vnpolicy, table look-up"),
    ("COMPENSATION_EXPLAIN", "=COMPENSATION_EXPLAIN(A1;B1;C1)", "vnpolicy, text result"),
    ("Basic macro", "=COMPBASIC(A1;B1;C1)", "the same arithmetic as a Basic function"),
]

BASIC = """
Function COMPBASIC(f As Double, t1 As Double, t2 As Double) As Double
    If t2 >= t1 Then
        COMPBASIC = 0
    Else
        COMPBASIC = Round(f * (t1 - t2) / t1)
    End If
End Function
"""


def fill_inputs(sheet, rows: int) -> None:
    data = []
    for i in range(rows):
        t1 = 36 + 12 * (i % 10)
        data.append((float(10_000_000 + 1_000 * i), float(t1), float(i % 120),
                     float(40000 + i % 3000), float(42000 + i % 3000)))
    sheet.getCellRangeByName("A1:E%d" % rows).setDataArray(tuple(data))


def time_variant(doc, sheet, formula: str, rows: int, repeat: int) -> list[float]:
    from com.sun.star.sheet.FillDirection import TO_BOTTOM
    sheet.getCellRangeByName("G1").setFormula(formula)
    sheet.getCellRangeByName("G1:G%d" % rows).fillAuto(TO_BOTTOM, 1)
    doc.calculateAll()  # warm-up: libraries loaded, caches filled
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - t0)
    bad = sheet.getCellRangeByName("G1").getError()
    sheet.getCellRangeByName("G1:G%d" % rows).clearContents(0x3ff)
    if bad:
        raise RuntimeError("%s gives Err:%d" % (formula, bad))
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("oxt")
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", help="comma-separated labels to run")
    args = ap.parse_args()
    with vo.Office(oxt=args.oxt, timeout=3600) as office:
        # A document with the Basic function, reloaded so that its macro may run headless.
        doc = office.create_calc()
        libs = doc.BasicLibraries  # Calc looks up Basic functions in the loaded Standard library
        if not libs.hasByName("Standard"):
            libs.createLibrary("Standard")
        libs.loadLibrary("Standard")
        libs.getByName("Standard").insertByName("Bench", BASIC)
        path = office.tmp / "docs" / "bench.ods"
        doc.storeToURL(path.as_uri(), (vo._prop("FilterName", "calc8"),))
        doc.close(True)
        office._docs.remove(doc)
        doc = office.desktop.loadComponentFromURL(
            path.as_uri(), "_blank", 0, (vo._prop("Hidden", True),
                                         vo._prop("MacroExecutionMode", 4)))
        office._docs.append(doc)
        sheet = doc.Sheets.getByIndex(0)
        fill_inputs(sheet, args.rows)
        print("rows: %d, repeats: %d (median of hard recalculations)" % (args.rows, args.repeat))
        print("| formula in each row | what | median s | µs per cell |")
        print("| --- | --- | ---: | ---: |")
        only = set(args.only.split(",")) if args.only else None
        for label, formula, what in VARIANTS:
            if only and label not in only:
                continue
            med = statistics.median(time_variant(doc, sheet, formula, args.rows, args.repeat))
            print("| `%s` | %s | %.3f | %.2f |" % (formula, what, med, med / args.rows * 1e6),
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
