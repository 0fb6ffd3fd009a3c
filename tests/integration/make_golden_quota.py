#!/usr/bin/python3
"""Writes tests/integration/golden/quota_functions.fods, the golden sheet of the quota family
(QUOTA_REMAINING, QUOTA_PROGRESS, QUOTA_PACE, QUOTA_ALLOCATE, LOAN_TRANCHE; ST.II.2, ST.V.1).

    /usr/bin/python3 tests/integration/make_golden_quota.py [--out-dir DIR]

Same layout and runner as make_golden.py (whose case_sheet it reuses): Rule | What is tested |
Formula | Result | Expected | OK | Input 1 | Input 2. Ranges are first-class here, so every sheet
also carries the input tables the formulas read, to the right of the cases (from column J): the
Phụ lục I table of the Sóc Trăng 2023 plan, over-achievers, blanks, text, negative and fractional
counts, and QUOTA_ALLOCATE entered as real array formulas. Formulas that read an array result
(INDEX, SUMPRODUCT, ...) are array formulas too ({=...}, one cell): in a plain formula Calc keeps
only the first element of an add-in's array. Inline arrays are written as stored in ODF: ";"
between columns, "|" between rows ({1|1|1} is the column FUNCTIONS.md writes {1;1;1}). Expected values are written by hand
from FUNCTIONS.md and POLICY.md (the pace: 293 × 365.25 / (122 × 12), …), never computed here.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
import make_golden  # noqa: E402
from fods_writer import Cell, out_dir, write_fods  # noqa: E402

E502 = "Err:502"
# A number within 1e-9 of Expected (the runner checks the same tolerance).
make_golden.OK_FORMULA.setdefault("near", "=IF(ISNUMBER(D{r});ABS(D{r}-E{r})<1E-9;FALSE())")

# Input tables, column letter -> values from row 6 down (None = a blank cell).
PL1_TARGET = [48, 72, 48, 60, 48, 48, 30, 72, 66, 48, 60]   # Phụ lục I, districts 1..11
PL1_DONE = [14, 54, 30, 15, 20, 37, 30, 22, 25, 22, 38]
DATA = {
    "J": ("PL I target", PL1_TARGET),
    "K": ("PL I done", PL1_DONE),
    "L": ("over: target", [10, 10]),
    "M": ("over: done", [25, 4]),
    "N": ("blank: target", [10, None, 5]),
    "O": ("blank: done", [None, 0, 2]),
    "P": ("text", [1, "năm"]),
    "Q": ("negative", [1, -1]),
    "R": ("fraction", [1, 2.5]),
    "S": ("weights 1,1,1", [1, 1, 1]),
    "T": ("weights 1×4", [1, 1, 1, 1]),
    "W": ("row: target / done", [48, 14]),
    "X": ("", [72, 54]),
}
# Array formulas (column, formula, rows) written from row 6: {=QUOTA_ALLOCATE(...)}.
ARRAYS = [("U", "=QUOTA_ALLOCATE(100;S6:S8)", 3), ("V", "=QUOTA_ALLOCATE(650;J6:J16)", 11)]
ARRAY_HEADERS = {"U": "{=QUOTA_ALLOCATE(100;S6:S8)}", "V": "{=QUOTA_ALLOCATE(650;J6:J16)}"}

REMAINING = [
    ("ST.II.2", "contract example: 48 − 14", "=QUOTA_REMAINING(48;14)", "eq", 34),
    ("ST.II.2", "Phụ lục I, 11 districts (J6:J16, K6:K16): 293", "=QUOTA_REMAINING(J6:J16;K6:K16)",
     "eq", 293),
    ("ST.II.2", "target met exactly (Cù Lao Dung 30/30)", "=QUOTA_REMAINING(30;30)", "eq", 0),
    ("ST.II.2", "over-achiever alone: never below 0", "=QUOTA_REMAINING(10;25)", "eq", 0),
    ("ST.II.2", "over-achiever does not reduce another's remainder: 10/25 and 10/4 → 6",
     "=QUOTA_REMAINING(L6:L7;M6:M7)", "eq", 6),
    ("ranges", "blank cells count as 0: (10,·,5) − (·,0,2) → 10 + 0 + 3",
     "=QUOTA_REMAINING(N6:N8;O6:O8)", "eq", 13),
    ("ranges", "a row range works like a column: (48,72) − (14,54)", "=QUOTA_REMAINING(W6:X6;W7:X7)",
     "eq", 52),
    ("ranges", "single cells", "=QUOTA_REMAINING(J6;K6)", "eq", 34),
    ("ranges", "single-cell ranges", "=QUOTA_REMAINING(J6:J6;K6:K6)", "eq", 34),
    ("ranges", "inline arrays", "=QUOTA_REMAINING({48|72};{14|54})", "eq", 52),
    ("ranges", "from cells (Input 1, Input 2)", "=QUOTA_REMAINING(G{r};H{r})", "eq", 45, 60, 15),
    ("bad input", "a text cell in Done", "=QUOTA_REMAINING(J6:J7;P6:P7)", "err", E502),
    ("bad input", "a text cell in Target", "=QUOTA_REMAINING(P6:P7;J6:J7)", "err", E502),
    ("bad input", "a negative count", "=QUOTA_REMAINING(J6:J7;Q6:Q7)", "err", E502),
    ("bad input", "a fractional count of people", "=QUOTA_REMAINING(R6:R7;K6:K7)", "err", E502),
    ("bad input", "shapes differ: 11 targets, 10 done", "=QUOTA_REMAINING(J6:J16;K6:K15)", "err",
     E502),
    ("bad input", "shapes differ: a row beside a column", "=QUOTA_REMAINING(W6:X6;J6:J7)", "err",
     E502),
    ("bad input", "a single number beside a range (Done)", "=QUOTA_REMAINING(J6:J16;307)", "err",
     E502),
    ("bad input", "a single number beside a range (Target)", "=QUOTA_REMAINING(600;K6:K16)", "err",
     E502),
    ("bad input", "text where a count belongs", "=QUOTA_REMAINING(\"48\";14)", "err", E502),
    ("bad input", "negative Done", "=QUOTA_REMAINING(48;-1)", "err", E502),
    ("bad input", "fractional Target", "=QUOTA_REMAINING(48.5;14)", "err", E502),
    ("bad input", "missing Done", "=QUOTA_REMAINING(48;)", "err", E502),
]

PROGRESS = [
    ("ST.II.2", "Phụ lục I: 307 / 600", "=QUOTA_PROGRESS(J6:J16;K6:K16)", "near",
     0.5116666666666667),
    ("ST.II.2", "Phụ lục I, as FUNCTIONS.md prints it (6 decimals)",
     "=ROUND(QUOTA_PROGRESS(J6:J16;K6:K16);6)", "eq", 0.511667),
    ("ST.II.2", "scalar: 14 / 48", "=QUOTA_PROGRESS(48;14)", "near", 0.2916666666666667),
    ("ST.II.2", "over-achiever counts only up to its target: (10 + 4) / 20",
     "=QUOTA_PROGRESS(L6:L7;M6:M7)", "near", 0.7),
    ("ST.II.2", "over-achiever alone: 1, not 2.5", "=QUOTA_PROGRESS(10;25)", "eq", 1),
    ("ranges", "blank cells count as 0: (0 + 0 + 2) / 15", "=QUOTA_PROGRESS(N6:N8;O6:O8)", "near",
     0.13333333333333333),
    ("bad input", "no target at all (0): no share", "=QUOTA_PROGRESS(0;0)", "err", E502),
    ("bad input", "a text cell", "=QUOTA_PROGRESS(J6:J7;P6:P7)", "err", E502),
    ("bad input", "shapes differ", "=QUOTA_PROGRESS(J6:J16;K6:K15)", "err", E502),
    ("bad input", "a single number beside a range", "=QUOTA_PROGRESS(J6:J16;307)", "err", E502),
    ("bad input", "a negative count", "=QUOTA_PROGRESS(J6:J7;Q6:Q7)", "err", E502),
]

PACE = [
    ("ST.II.2", "Phụ lục I from 31/8 to 31/12/2023: 293 ÷ (122 × 12 / 365.25)",
     "=QUOTA_PACE(J6:J16;K6:K16;DATE(2023;8;31);DATE(2023;12;31))", "near", 73.09989754098361),
    ("ST.II.2", "one district: 34 ÷ (122 × 12 / 365.25)",
     "=QUOTA_PACE(48;14;DATE(2023;8;31);DATE(2023;12;31))", "near", 8.482581967213115),
    ("ST.II.2", "a whole year (365 days = 11.99 months): 120 × 365.25 / 4380",
     "=QUOTA_PACE(120;0;DATE(2023;1;1);DATE(2024;1;1))", "near", 10.006849315068493),
    ("ST.II.2", "nothing remains: 0, even after the deadline",
     "=QUOTA_PACE(30;30;DATE(2024;1;5);DATE(2023;12;31))", "eq", 0),
    ("ST.II.2", "over-achievers: nothing remains", "=QUOTA_PACE(10;25;DATE(2023;8;31);DATE(2023;12;31))",
     "eq", 0),
    ("ranges", "dates from cells (Input 1, Input 2)", "=QUOTA_PACE(48;14;G{r};H{r})", "near",
     8.482581967213115, date(2023, 8, 31), date(2023, 12, 31)),
    ("bad input", "deadline on the as-of date while people remain",
     "=QUOTA_PACE(48;14;DATE(2023;12;31);DATE(2023;12;31))", "err", E502),
    ("bad input", "deadline before the as-of date",
     "=QUOTA_PACE(48;14;DATE(2024;1;5);DATE(2023;12;31))", "err", E502),
    ("bad input", "shapes differ", "=QUOTA_PACE(J6:J16;K6:K15;DATE(2023;8;31);DATE(2023;12;31))",
     "err", E502),
    ("bad input", "a single number beside a range",
     "=QUOTA_PACE(J6:J16;307;DATE(2023;8;31);DATE(2023;12;31))", "err", E502),
    ("bad input", "date given as text", "=QUOTA_PACE(48;14;\"31/8/2023\";DATE(2023;12;31))", "err",
     E502),
    ("bad input", "missing Deadline", "=QUOTA_PACE(48;14;DATE(2023;8;31);)", "err", E502),
]

ALLOCATE = [
    ("allocate", "contract example {34;33;33}: first element", "=INDEX(QUOTA_ALLOCATE(100;{1|1|1});1;1)",
     "eq", 34),
    ("allocate", "contract example: second element", "=INDEX(QUOTA_ALLOCATE(100;{1|1|1});2;1)",
     "eq", 33),
    ("allocate", "contract example: third element", "=INDEX(QUOTA_ALLOCATE(100;{1|1|1});3;1)",
     "eq", 33),
    ("allocate", "array formula U6:U8 {=QUOTA_ALLOCATE(100;S6:S8)}: U6", "=U6", "eq", 34),
    ("allocate", "array formula: U7", "=U7", "eq", 33),
    ("allocate", "array formula: U8", "=U8", "eq", 33),
    ("allocate", "array formula: sums to the total", "=SUM(U6:U8)", "eq", 100),
    ("allocate", "650 over the Phụ lục I targets sums to 650", "=SUM(V6:V16)", "eq", 650),
    ("allocate", "650 × 30/600 = 32.5 ties with Kế Sách's 71.5: the earlier row (Cù Lao Dung) "
     "gets the unit", "=V12", "eq", 33),
    ("allocate", "… and Kế Sách keeps 71", "=V14", "eq", 71),
    ("allocate", "exact shares stay exact: 650 × 48/600 = 52", "=V6", "eq", 52),
    ("allocate", "ties go to the earlier row: 2 over four equal weights, row 2",
     "=INDEX(QUOTA_ALLOCATE(2;T6:T9);2;1)", "eq", 1),
    ("allocate", "… row 3 gets nothing", "=INDEX(QUOTA_ALLOCATE(2;T6:T9);3;1)", "eq", 0),
    ("allocate", "largest remainder wins: 7 × {5|3|2}/10 = 3.5, 2.1, 1.4 → 4",
     "=INDEX(QUOTA_ALLOCATE(7;{5|3|2});1;1)", "eq", 4),
    ("allocate", "the shape of Weights: a row {1;2;3} → 3 columns",
     "=COLUMNS(QUOTA_ALLOCATE(6;{1;2;3}))", "eq", 3),
    ("allocate", "… and a column {1|2|3} → 3 rows", "=ROWS(QUOTA_ALLOCATE(6;{1|2|3}))", "eq", 3),
    ("allocate", "a blank weight is 0: 3 over (1, blank, 1) → sum 3",
     "=SUMPRODUCT(QUOTA_ALLOCATE(3;N6:N8))", "eq", 15 - 12),
    ("allocate", "nothing to split", "=SUMPRODUCT(QUOTA_ALLOCATE(0;S6:S8))", "eq", 0),
    ("bad input", "fractional Total", "=QUOTA_ALLOCATE(10.5;S6:S8)", "err", E502),
    ("bad input", "negative Total", "=QUOTA_ALLOCATE(-1;S6:S8)", "err", E502),
    ("bad input", "Total given as a range", "=QUOTA_ALLOCATE(S6:S8;S6:S8)", "err", E502),
    ("bad input", "all weights 0", "=QUOTA_ALLOCATE(10;{0|0})", "err", E502),
    ("bad input", "a negative weight", "=QUOTA_ALLOCATE(10;Q6:Q7)", "err", E502),
    ("bad input", "a text weight", "=QUOTA_ALLOCATE(10;P6:P7)", "err", E502),
]

LOAN = [
    ("ST.V.1", "contract example: tranche 1 = 30 %", "=LOAN_TRANCHE(100000000;1)", "eq", 30000000),
    ("ST.V.1", "tranche 2 = the rest (70 %)", "=LOAN_TRANCHE(100000000;2)", "eq", 70000000),
    ("ST.V.1", "30 % of 123,456,789 = 37,037,036.7 → 37,037,037", "=LOAN_TRANCHE(123456789;1)", "eq",
     37037037),
    ("ST.V.1", "tranche 2 is what tranche 1 left: 86,419,752", "=LOAN_TRANCHE(123456789;2)", "eq",
     86419752),
    ("ST.V.1", "30 % of 5 = 1.5 → 2 (half away from zero)", "=LOAN_TRANCHE(5;1)", "eq", 2),
    ("ST.V.1", "… and 3 for tranche 2", "=LOAN_TRANCHE(5;2)", "eq", 3),
    ("ST.IV", "the provincial loan line 30,000,000,000: tranche 1", "=LOAN_TRANCHE(30000000000;1)",
     "eq", 9000000000),
    ("ST.V.1", "amount from a cell (Input 1)", "=LOAN_TRANCHE(G{r};2)", "eq", 126000000, 180000000),
    ("bad input", "tranche 3", "=LOAN_TRANCHE(100000000;3)", "err", E502),
    ("bad input", "tranche 0", "=LOAN_TRANCHE(100000000;0)", "err", E502),
    ("bad input", "tranche 1.5", "=LOAN_TRANCHE(100000000;1.5)", "err", E502),
    ("bad input", "negative amount", "=LOAN_TRANCHE(-1;1)", "err", E502),
    ("bad input", "amount as text", "=LOAN_TRANCHE(\"100000000\";1)", "err", E502),
    ("array form", "amounts as a range (S6:S8 = 1, 1, 1): a plain formula shows row 1, 70 % of 1 → 1",
     "=LOAN_TRANCHE(S6:S8;2)", "eq", 1),
    ("bad input", "array form with a text row (P6:P7 = 1, \"năm\")", "=LOAN_TRANCHE(P6:P7;1)", "err",
     E502),
    ("bad input", "array form, ranges of different shapes", "=LOAN_TRANCHE(S6:S8;T6:T9)", "err",
     E502),
    ("bad input", "missing tranche", "=LOAN_TRANCHE(100000000;)", "err", E502),
]

FIRST = make_golden.FIRST_CASE_ROW  # row 6: the first case, and the first row of the inputs
DATA_WIDTH = 2.2


def with_inputs(sheet):
    """Adds the input tables (columns J.., header in row 5) and the array formulas."""
    letters = sorted(set(DATA) | {c for c, _, _ in ARRAYS})
    col = {c: ord(c) - ord("A") for c in letters}
    last = max(col.values())
    sheet.widths_cm += [0.6] + [DATA_WIDTH] * (last - len(sheet.widths_cm))
    need = FIRST - 1 + max(len(v) for _, v in DATA.values()) + 1
    need = max(need, FIRST - 1 + max(n for _, _, n in ARRAYS))
    while len(sheet.rows) < need:
        sheet.rows.append([])

    def put(r, c, cell):
        row = sheet.rows[r - 1]
        while len(row) <= col[c]:
            row.append(Cell())
        row[col[c]] = cell

    for c, (title, values) in DATA.items():
        put(FIRST - 1, c, Cell(title, style="header"))
        for i, v in enumerate(values):
            put(FIRST + i, c, Cell(v, style="int" if isinstance(v, (int, float)) else "text"))
    for c, formula, n in ARRAYS:
        put(FIRST - 1, c, Cell(ARRAY_HEADERS[c], style="header"))
        put(FIRST, c, Cell(formula=formula, style="int", matrix=(n, 1)))
    return sheet


def as_arrays(sheet):
    """Result cells that call QUOTA_ALLOCATE become one-cell array formulas."""
    for row in sheet.rows[FIRST - 1:]:
        if len(row) > 3 and row[3].formula and "QUOTA_ALLOCATE(" in row[3].formula:
            row[3].matrix = (1, 1)
    return sheet


def main() -> None:
    out = out_dir(Path(__file__).resolve().parent / "golden", __doc__)
    about = make_golden.ABOUT.replace("make_golden.py", "make_golden_quota.py") + \
        " Inputs from column J; QUOTA_ALLOCATE also as array formulas (U, V)."
    sheets = [as_arrays(with_inputs(make_golden.case_sheet(name, about, cases))) for name, cases in (
        ("QUOTA_REMAINING", REMAINING), ("QUOTA_PROGRESS", PROGRESS), ("QUOTA_PACE", PACE),
        ("QUOTA_ALLOCATE", ALLOCATE), ("LOAN_TRANCHE", LOAN))]
    std = date(1899, 12, 30)
    write_fods(out / "quota_functions.fods", sheets,
               title="vnpolicy golden tests — quota family and loans (ST2023)",
               user_meta={"vnpolicy.NullDate": std.isoformat()})
    print("wrote", out / "quota_functions.fods")


if __name__ == "__main__":
    main()
