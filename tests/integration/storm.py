#!/usr/bin/python3
"""Hostile-spreadsheet storm: thousands of random calls of every vnpolicy function in a live Calc.

The function list comes from the add-in's own generated interface (build/idl/generated/
XVnPolicy.idl, i.e. the catalog), so functions added later are stormed too. Each formula calls
one function with 0 to arity+2 arguments drawn from: huge, tiny, negative, fractional and
denormal numbers, dates, codes and junk text (Vietnamese, astral, 5000 characters), booleans,
empty arguments, references to empty/text/number cells, multi-cell ranges, inline arrays, error
values (1/0, NA(), SQRT(-1)) and nested vnpolicy calls. After a headless recalculation it checks:

  - soffice is alive;
  - every storm cell holds a number, a text or an error value (no other state);
  - numbers are finite;
  - a cell whose arguments carry no error value shows only Err:502 (the add-in refused the
    input) or Err:504 (Calc: wrong number of arguments) — never #VALUE! or another error, which
    would mean an exception escaped the add-in's guard;
  - normal formulas compute correctly afterwards.

Seeded: the seed is printed; --seed N (or STORM_SEED) replays a run exactly.

    /usr/bin/python3 tests/integration/storm.py --oxt build/vnpolicy.oxt \\
        --idl build/idl/generated/XVnPolicy.idl [--count 4000] [--seed N]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
from vnpolicy_office import Office, cell_name  # noqa: E402

ALLOWED_ERRORS = {502, 504}  # IllegalArgumentException; Calc's own argument-count error


def read_functions(idl: Path) -> list[tuple[str, int]]:
    """(name, number of spreadsheet arguments) for every method of XVnPolicy."""
    text = idl.read_text(encoding="utf-8")
    out = []
    # "    <return type> NAME([in] ... Options, [in] any Arg, ...)": any return type, e.g. the
    # sequence< sequence< double > > of an array function.
    for m in re.finditer(r"^\s+[a-z][\w:<>, ]*?\s+([A-Z][A-Z0-9_]*)\(([^)]*)\)", text, re.M):
        params = [p for p in m.group(2).split(",") if p.strip()]
        out.append((m.group(1), sum(1 for p in params if "XPropertySet" not in p)))
    if not out:
        raise SystemExit("storm: no functions found in %s" % idl)
    return out


# ---- the Data sheet that references point into -----------------------------------------------
DATA = [  # column A..C, rows 1..6 (A1-style below refers to Data.$A$1 ...)
    [50000000, "BT2012", None],
    [108, "kh 2023", 36],
    [-5, "Tiến sĩ", "2012-12-01"],
    [1e300, "", 0.5],
    [41244, "vi", "en"],
    [None, None, None],
]
ERROR_CELL = "$Data.$D$1"  # holds =1/0


class Gen:
    def __init__(self, rng: random.Random, functions):
        self.r = rng
        self.functions = functions

    def number(self) -> str:
        r = self.r
        return r.choice([
            "0", "-0", "1", "-1", "36", "108", "3", "2", "4", "5", "6", "0.5", "14.5", "107.5",
            "50000000", "1E+300", "-1E+300", "1.79769313486231E+308", "-1.79769313486231E+308",
            "1E-300", "4.94065645841247E-324", "9007199254740993", "1E+15", "999999999999999",
            "2958465", "2958466", "-693594", "-693595", "DATE(2012;12;1)", "DATE(1900;1;1)",
            "DATE(9999;12;31)", "DATE(2023;1;30)-DATE(2020;1;15)", "PI()",
            repr(round(r.uniform(-1e6, 1e6), r.randint(0, 6))), str(r.randint(-100, 300)),
        ])

    def text(self) -> str:
        return self.r.choice([
            '""', '"BT2012"', '"KH2023"', '"ST2023"', '"kh 2023"', '"Kh-2023"', '"vi"', '"en"',
            '"EN"', '"xx"', '"Tiến sĩ"', '"thạc sĩ"', '"T-H"', '"nữ"', '" "', '"\u0301"',
            '"𝟘𝟙"', '"=1+1"', '"1"', '"36"', 'REPT("a";5000)', 'REPT("Đ";300)', 'CHAR(9)',
            'UNICHAR(65279)', '"ا"', '"😀"',
        ])

    def reference(self) -> tuple[str, bool]:
        """A cell or range reference; True when it may carry an error value."""
        r = self.r
        choice = r.randrange(8)
        if choice == 0:
            return "$Data.$A$%d" % r.randint(1, 6), False
        if choice == 1:
            return "$Data.$B$%d" % r.randint(1, 6), False
        if choice == 2:
            return "$Data.$C$%d" % r.randint(1, 6), False
        if choice == 3:
            return "$Data.$A$1:$C$6", False
        if choice == 4:
            return "$Data.$A$1:$A$5", False
        if choice == 5:
            return "$Data.$Z$1:$Z$1000", False  # a large empty range
        if choice == 6:
            return ERROR_CELL, True
        return "$Data.$A$1:$D$2", True  # a range holding the error cell

    def arg(self, depth: int) -> tuple[str, bool]:
        r = self.r
        kind = r.randrange(100)
        if kind < 35:
            return self.number(), False
        if kind < 55:
            return self.text(), False
        if kind < 62:
            return r.choice(["TRUE()", "FALSE()"]), False
        if kind < 68:
            return "", False  # an empty argument
        if kind < 82:
            return self.reference()
        if kind < 88:
            return r.choice(["{1;2;3}", '{"a";1}', "{1.5}", "{108|36}", '{"BT2012"}']), False
        if kind < 94:
            return r.choice(["1/0", "NA()", "SQRT(-1)", "1E+308*10"]), True
        if depth < 2:
            return self.call(depth + 1)
        return self.number(), False

    def plausible(self) -> str:
        return self.r.choice(["36", "108", "50000000", "DATE(2012;12;1)", "DATE(2023;1;30)", "1",
                              "2", "3", "24", '"KH2023"', '"BT2012"', '"en"', "$Data.$A$2", ""])

    def call(self, depth: int = 0) -> tuple[str, bool]:
        name, arity = self.r.choice(self.functions)
        if self.r.random() < 0.3:  # a plausible call, to reach the computations too
            return "%s(%s)" % (name, ";".join(self.plausible() for _ in range(arity))), False
        n = self.r.choice([arity] * 5 + list(range(0, arity + 3)))
        parts, carries_error = [], False
        for _ in range(n):
            text, err = self.arg(depth)
            parts.append(text)
            carries_error = carries_error or err
        return "%s(%s)" % (name, ";".join(parts)), carries_error


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--idl", required=True, help="the generated XVnPolicy.idl (the catalog)")
    ap.add_argument("--count", type=int, default=4000, help="formulas in the storm")
    ap.add_argument("--seed", type=int, default=int(os.environ.get("STORM_SEED", "0")) or None)
    ap.add_argument("--timeout", type=float, default=240)
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 2**31)
    print("storm: seed %d (replay: --seed %d or STORM_SEED=%d)" % (seed, seed, seed))
    functions = read_functions(Path(args.idl))
    print("storm: %d functions from %s: %s" % (len(functions), args.idl,
                                                 ", ".join(n for n, _ in functions)))
    gen = Gen(random.Random(seed), functions)
    cells = [gen.call() for _ in range(args.count)]
    # Every function at least a few times with its exact arity of plain numbers.
    for name, arity in functions:
        cells.append(("%s(%s)" % (name, ";".join(gen.number() for _ in range(arity))), False))

    failures: list[str] = []
    t0 = time.monotonic()
    with Office(args.oxt, timeout=args.timeout) as office:
        doc = office.create_calc()
        sheets = doc.Sheets
        sheets.insertNewByName("Data", 1)
        data = sheets.getByName("Data")
        for r, row in enumerate(DATA):
            for c, v in enumerate(row):
                if v is None:
                    continue
                cell = data.getCellByPosition(c, r)
                if isinstance(v, str):
                    cell.setString(v)
                else:
                    cell.setValue(v)
        data.getCellByPosition(3, 0).setFormula("=1/0")
        storm = sheets.getByIndex(0)
        rows = len(cells)
        rng = storm.getCellRangeByName("A1:A%d" % rows)
        rng.setFormulaArray(tuple(("=" + f,) for f, _ in cells))
        t_fill = time.monotonic()
        doc.calculateAll()
        t_calc = time.monotonic()
        if office.died:
            failures.append("soffice died during the recalculation")
        else:
            from com.sun.star.sheet.FormulaResult import ERROR, STRING, VALUE

            typed = rng.queryFormulaCells(VALUE | STRING | ERROR).getCells().createEnumeration()
            n_typed = 0
            while typed.hasMoreElements():
                typed.nextElement()
                n_typed += 1
            values = rng.getDataArray()
            errors: dict[int, int] = {}
            n_num = n_text = 0
            for i in range(rows):
                cell = storm.getCellByPosition(0, i)
                err = cell.getError()
                if err:
                    errors[err] = errors.get(err, 0) + 1
                    if err not in ALLOWED_ERRORS and not cells[i][1]:
                        failures.append("%s: =%s gave Err:%d (an exception escaped the guard?)"
                                        % (cell_name(0, i), cells[i][0][:200], err))
                    continue
                v = values[i][0]
                if isinstance(v, str):
                    n_text += 1
                elif isinstance(v, float) and math.isfinite(v):
                    n_num += 1
                else:
                    failures.append("%s: =%s gave %r" % (cell_name(0, i), cells[i][0][:200], v))
            if n_typed != rows:
                failures.append("%d of %d storm cells are not a number, text or error"
                                % (rows - n_typed, rows))
            print("storm: %d formulas: %d numbers, %d texts, %d errors %s" % (
                rows, n_num, n_text, sum(errors.values()),
                " ".join("Err:%d×%d" % kv for kv in sorted(errors.items()))))
            # Normal work afterwards, in the same process.
            after = [("=COMPENSATION(50000000;108;36)", 33333333.0), ("=COMMITMENT_MONTHS(36)", 108.0),
                     ("=SUM(1;2;3)", 6.0)]
            for j, (formula, expected) in enumerate(after):
                cell = storm.getCellByPosition(2, j)
                cell.setFormula(formula)
            doc.calculateAll()
            for j, (formula, expected) in enumerate(after):
                cell = storm.getCellByPosition(2, j)
                if office.died or cell.getError() or abs(cell.getValue() - expected) > 1e-9:
                    failures.append("after the storm %s did not give %s" % (formula, expected))
            if office.died:
                failures.append("soffice died after the storm")
            print("storm: fill %.1fs, recalculation %.1fs, total %.1fs; soffice alive: %s" % (
                t_fill - t0, t_calc - t_fill, time.monotonic() - t0, not office.died))
        if failures:
            print("soffice log tail:\n" + office.log_tail())
    for f in failures[:50]:
        print("FAIL: " + f)
    if failures:
        print("storm: FAILED (%d problems) — replay with --seed %d" % (len(failures), seed))
        return 1
    print("storm: passed (seed %d)" % seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
