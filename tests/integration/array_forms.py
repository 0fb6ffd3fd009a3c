#!/usr/bin/python3
"""Array forms in headless Calc (ctest calc_array_forms): for each function with an array form,
an array formula over a column of rows gives exactly the values of the per-cell formulas over
the same rows; a single value beside a range is used for every row; one bad row makes the whole
array Err:502; ranges of different shapes are Err:502; in a 1904 document the dates follow the
document's null date.

    /usr/bin/python3 tests/integration/array_forms.py build/vnpolicy.oxt [--rows 300]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
import vnpolicy_office as vo  # noqa: E402

# Inputs per row (columns A..H): cost, required, served, start date, end date, degree code,
# policy code, tranche (also a KH group, 1 or 2); column I (set apart): served months with gaps.
def row_inputs(i: int) -> tuple:
    return (10_000_000.0 + 1_237.0 * i, float(36 + 12 * (i % 10)), float(i % 130) + 0.5 * (i % 3),
            39_500.0 + 31.0 * i, 39_900.0 + 34.0 * i, "TS" if i % 2 else "Thạc sĩ",
            "KH2023" if i % 3 else "bt 2012", float(1 + i % 2))


# (name, per-cell formula of row {r}, array formula over rows {a}..{b}); column letters as above.
CASES = [
    ("COMPENSATION", "=COMPENSATION(A{r};B{r};C{r})", "=COMPENSATION(A{a}:A{b};B{a}:B{b};C{a}:C{b})"),
    ("COMPENSATION 5 args", "=COMPENSATION(A{r};B{r};C{r};2;G{r})",
     "=COMPENSATION(A{a}:A{b};B{a}:B{b};C{a}:C{b};2;G{a}:G{b})"),
    # [Group] (last) as a column: H holds 1 or 2, groups with case 3 under KH2023 (KH.5.1a, KH.5.2).
    ("COMPENSATION with Group", "=COMPENSATION(A{r};B{r};C{r};3;G{r};H{r})",
     "=COMPENSATION(A{a}:A{b};B{a}:B{b};C{a}:C{b};3;G{a}:G{b};H{a}:H{b})"),
    ("COMPENSATION broadcast", "=COMPENSATION(A{r};108;36)", "=COMPENSATION(A{a}:A{b};108;36)"),
    # A required argument given as one cell beside ranges (Calc passes it as 1 × 1, the layer as
    # a single value used for every row), and a column with empty cells (I: served months, empty
    # every 7th row) — an empty cell of a range counts as 0, as a reference to an empty cell.
    ("COMPENSATION one-cell broadcast", "=COMPENSATION(A{r};$B$2;I{r})",
     "=COMPENSATION(A{a}:A{b};$B$2;I{a}:I{b})"),
    ("COMMITMENT_MONTHS", "=COMMITMENT_MONTHS(C{r};G{r};1)",
     "=COMMITMENT_MONTHS(C{a}:C{b};G{a}:G{b};1)"),
    ("SERVICE_MONTHS", "=SERVICE_MONTHS(D{r};E{r})", "=SERVICE_MONTHS(D{a}:D{b};E{a}:E{b})"),
    ("BASE_WAGE", "=BASE_WAGE(D{r})", "=BASE_WAGE(D{a}:D{b})"),
    ("SUPPORT_LEVEL", "=SUPPORT_LEVEL(F{r};D{r};\"standard\";1)",
     "=SUPPORT_LEVEL(F{a}:F{b};D{a}:D{b};\"standard\";1)"),
    ("LOAN_TRANCHE", "=LOAN_TRANCHE(A{r};H{r})", "=LOAN_TRANCHE(A{a}:A{b};H{a}:H{b})"),
]


def check_document(office, rows: int, null_1904: bool) -> list[str]:
    doc = office.create_calc()
    if null_1904:
        import uno
        d = uno.createUnoStruct("com.sun.star.util.Date")
        d.Year, d.Month, d.Day = 1904, 1, 1
        doc.NullDate = d
    sheet = doc.Sheets.getByIndex(0)
    first, last = 2, rows + 1
    sheet.getCellRangeByName("A%d:H%d" % (first, last)).setDataArray(
        tuple(row_inputs(i) for i in range(rows)))
    for i in range(rows):  # I: served months, an empty cell every 7th row
        if i % 7 != 3:
            sheet.getCellByPosition(8, first - 1 + i).setValue(float(i % 50))
    failures = []
    col = 10  # K onwards: per-cell and array columns side by side
    placed = []
    for name, per_cell, array in CASES:
        pc, ac = vo.cell_name(col, 0)[:-1], vo.cell_name(col + 1, 0)[:-1]
        sheet.getCellRangeByName("%s%d" % (pc, first)).setFormula(per_cell.format(r=first))
        from com.sun.star.sheet.FillDirection import TO_BOTTOM
        sheet.getCellRangeByName("%s%d:%s%d" % (pc, first, pc, last)).fillAuto(TO_BOTTOM, 1)
        sheet.getCellRangeByName("%s%d:%s%d" % (ac, first, ac, last)).setArrayFormula(
            array.format(a=first, b=last))
        placed.append((name, pc, ac))
        col += 2
    # Failing array calls: one bad row, shapes that differ.
    sheet.getCellRangeByName("AZ2").setString("bad")  # row 2 of 3 is text
    bad_at = vo.cell_name(col, 0)[:-1]
    sheet.getCellRangeByName("%s1:%s3" % (bad_at, bad_at)).setArrayFormula(
        "=COMPENSATION(AZ1:AZ3;108;36)")
    sheet.getCellRangeByName("%s5:%s7" % (bad_at, bad_at)).setArrayFormula(
        "=COMPENSATION(A2:A4;B2:B3;36)")
    doc.calculateAll()
    for name, pc, ac in placed:
        got_pc = sheet.getCellRangeByName("%s%d:%s%d" % (pc, first, pc, last)).getDataArray()
        got_ac = sheet.getCellRangeByName("%s%d:%s%d" % (ac, first, ac, last)).getDataArray()
        errors = 0
        for r in range(rows):
            cell = sheet.getCellRangeByName("%s%d" % (pc, first + r))
            if cell.getError():
                errors += 1
        if errors:
            failures.append("%s: %d per-cell formulas in error (test inputs must be valid)"
                            % (name, errors))
        for r in range(rows):
            if got_pc[r][0] != got_ac[r][0]:
                failures.append("%s row %d: per-cell %r, array %r" % (name, first + r,
                                                                      got_pc[r][0], got_ac[r][0]))
                break
    for rng in ("%s1:%s3" % (bad_at, bad_at), "%s5:%s7" % (bad_at, bad_at)):
        err = sheet.getCellRangeByName(rng.split(":")[0]).getError()
        if err != 502:
            failures.append("%s: expected Err:502, got %d (%s)" % (
                rng, err, sheet.getCellRangeByName(rng.split(":")[0]).getString()))
    label = "1904" if null_1904 else "1899"
    print("%s document: %d array formulas of %d rows compared with per-cell formulas"
          % (label, len(placed), rows))
    return failures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("oxt")
    ap.add_argument("--rows", type=int, default=300)
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args()
    failures = []
    with vo.Office(oxt=args.oxt, timeout=args.timeout) as office:
        for null_1904 in (False, True):
            failures += check_document(office, args.rows, null_1904)
    for f in failures:
        print("FAIL", f)
    print("%d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
