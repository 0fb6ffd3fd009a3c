#!/usr/bin/python3
"""Documents that survive: every vnpolicy function through .ods and .xlsx, and without the add-in.

    /usr/bin/python3 tests/integration/roundtrip_check.py --oxt build/vnpolicy.oxt \\
        --catalog-dump build/core/vnpolicy_catalog_dump

The list of functions comes from the catalog (vnpolicy_catalog_dump --json), so a function added
to any family is covered without touching this file. Each function's catalog example goes into
one cell of a new sheet. Three office sessions, each a fresh soffice with its own profile:

1. with the add-in: enter the examples, recalculate, record every value; store as .ods and as
   .xlsx (filter "Calc MS Excel 2007 XML");
2. WITHOUT the add-in: open the .ods and the .xlsx, recalculate: every formula keeps its text
   (it still names the function) and shows #NAME?; store each again in its own format;
3. with the add-in again: open the .ods, the .xlsx and both files re-stored in 2, hard-recalculate
   (calculateAll): every formula still names the vnpolicy function and every value equals the
   value recorded in 1.

An example whose result is an array ("{...}") is entered as an array formula over the shape of
the result; if Calc refuses it, the function is skipped with a message (not a failure). A value
that differs from the catalog's example_result is reported as a NOTE only: examples may need
input cells this sheet does not have; the golden spreadsheets check values.

Prints each failure and ends with "N passed, N failed". Exit status: 0 all passed, 1 a check
failed, 2 soffice or unopkg failed, died or timed out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import traceback
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
from vnpolicy_office import Office, OfficeError, cell_name  # noqa: E402

from com.sun.star.sheet.FormulaResult import STRING as RESULT_STRING  # noqa: E402

ADDIN_SERVICE = "org.vnpolicy.CalcAddIn"  # the prefix of add-in calls stored in .ods
ODS_FILTER = "calc8"
XLSX_FILTER = "Calc MS Excel 2007 XML"
COL = 1  # column B holds the formulas; column A the function name


@dataclass
class Entry:
    name: str
    formula: str  # as entered, "=COMPENSATION(...)"
    row: int  # first row (0-based)
    expected: str = ""  # the catalog's example_result
    rows: int = 1
    cols: int = 1
    array: bool = False
    values: list = field(default_factory=list)  # (kind, value) per cell, row-major

    def cells(self, sheet):
        for r in range(self.rows):
            for c in range(self.cols):
                yield sheet.getCellByPosition(COL + c, self.row + r)

    def where(self) -> str:
        return "%s (%s)" % (self.name, cell_name(COL, self.row))


class Report:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, ok: bool, where: str, what: str) -> None:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL %s: %s" % (where, what))


def cell_value(cell):
    """('error', code), ('text', s) or ('number', v) of a formula cell."""
    err = cell.getError()
    if err:
        return ("error", err)
    if cell.getPropertyValue("FormulaResultType2") == RESULT_STRING:
        return ("text", cell.getString())
    return ("number", cell.getValue())


def same_value(a, b) -> bool:
    if a[0] != b[0]:
        return False
    if a[0] == "number":
        return abs(a[1] - b[1]) <= 1e-9 * max(1.0, abs(a[1]))
    return a[1] == b[1]


def array_shape(result: str):
    """Rows and columns of an inline-array result such as "{34;33;33}" (';' separates rows)."""
    body = result.strip()[1:-1]
    rows = body.split(";")
    cols = len(rows[0].split(",")) if "," in rows[0] else 1
    return len(rows), cols


def load_catalog(dump: str) -> list[dict]:
    out = subprocess.run([dump, "--json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def note_example(entry: Entry) -> None:
    """NOTE when the first value differs from the catalog's example_result (not a failure)."""
    expected = entry.expected
    if entry.array or "…" in expected or not entry.values:
        return
    kind, got = entry.values[0]
    try:
        want = float(expected)
        same = kind == "number" and abs(got - want) <= 1e-6 * max(1.0, abs(want))
    except ValueError:
        same = kind == "text" and got == expected
    if not same:
        print("NOTE %s: catalog example_result %r, Calc gives %r" % (entry.where(), expected, got))


# ---- session 1: write the workbook ---------------------------------------------------------
def write_workbook(oxt, functions, ods: Path, xlsx: Path, timeout: float, rep: Report):
    entries: list[Entry] = []
    with Office(oxt=oxt, timeout=timeout) as office:
        doc = office.create_calc()
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellByPosition(0, 0).setString("Function")
        sheet.getCellByPosition(COL, 0).setString("Example")
        row = 1
        for f in functions:
            e = Entry(f["name"], "=" + f["example"], row, f["example_result"])
            sheet.getCellByPosition(0, row).setString(f["name"])
            if f["example_result"].strip().startswith("{"):
                e.array = True
                e.rows, e.cols = array_shape(f["example_result"])
                rng = sheet.getCellRangeByPosition(COL, row, COL + e.cols - 1, row + e.rows - 1)
                try:
                    rng.setArrayFormula(e.formula)
                except Exception as ex:  # noqa: BLE001
                    print("SKIP %s: its example %s cannot be entered as an array formula (%s)"
                          % (f["name"], f["example"], ex))
                    row += e.rows
                    continue
            else:
                sheet.getCellByPosition(COL, row).setFormula(e.formula)
            entries.append(e)
            row += e.rows
        doc.calculateAll()
        for e in entries:
            e.values = [cell_value(c) for c in e.cells(sheet)]
            anchor = sheet.getCellByPosition(COL, e.row)
            rep.check(e.name in anchor.getFormula(), e.where(),
                      "entered formula reads %r" % anchor.getFormula())
            rep.check(all(v[0] != "error" for v in e.values), e.where(),
                      "the example gives an error with the add-in installed: %r" % (e.values,))
            note_example(e)
        office.store(doc, ods, ODS_FILTER)
        office.store(doc, xlsx, XLSX_FILTER)
    check_stored(entries, ods, ".ods", rep)
    check_stored(entries, xlsx, ".xlsx", rep)
    return entries


# ---- session 2: no add-in ------------------------------------------------------------------
NAME_ERROR = 525  # what Calc shows as #NAME?


def stored_formulas(path: Path) -> str:
    """The formula text of a stored .ods or .xlsx (the XML of its first sheet), lower case."""
    part = "xl/worksheets/sheet1.xml" if path.suffix == ".xlsx" else "content.xml"
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8").lower()


def check_stored(entries, path: Path, label: str, rep: Report) -> None:
    """Each call is stored under the add-in's programmatic name. Calc writes it in upper case
    (ORG.VNPOLICY.CALCADDIN.X) and, re-stored without the add-in, in lower case; Calc matches
    function names without regard to case, so only the name is compared."""
    stored = stored_formulas(path)
    for e in entries:
        call = ("%s.%s(" % (ADDIN_SERVICE, e.name)).lower()
        rep.check(call in stored, "%s, %s" % (label, e.where()),
                  "the file does not store %s.%s(" % (ADDIN_SERVICE, e.name))


def recalculated(office, path: Path):
    """The stored file opened in `office` and hard-recalculated: (document, its first sheet)."""
    doc = office.load(path)
    doc.calculateAll()
    return doc, doc.Sheets.getByIndex(0)


def without_addin(entries, copies, timeout: float, rep: Report) -> None:
    """copies: (label, stored file, where to store it again, filter) — a district that opens
    the template without the add-in, recalculates, saves it and sends it back."""
    with Office(oxt=None, timeout=timeout) as office:
        for label, path, resaved, filter_name in copies:
            doc, sheet = recalculated(office, path)
            for e in entries:
                where = "%s without the add-in, %s" % (label, e.where())
                anchor = sheet.getCellByPosition(COL, e.row)
                formula = anchor.getFormula()
                rep.check(e.name.lower() in formula.lower(), where,
                          "the formula reads %r" % formula)
                rep.check(anchor.getError() == NAME_ERROR, where,
                          "the cell shows %r instead of #NAME?" % (cell_value(anchor),))
            office.store(doc, resaved, filter_name)
            check_stored(entries, resaved, "%s re-stored without the add-in" % label, rep)


# ---- session 3: reopen everything in a fresh office ----------------------------------------
def reopen(oxt, entries, files, timeout: float, rep: Report) -> None:
    with Office(oxt=oxt, timeout=timeout) as office:
        for label, path in files:
            _, sheet = recalculated(office, path)
            for e in entries:
                where = "%s, %s" % (label, e.where())
                anchor = sheet.getCellByPosition(COL, e.row)
                formula = anchor.getFormula()
                rep.check(e.name in formula, where, "formula reads %r" % formula)
                got = [cell_value(c) for c in e.cells(sheet)]
                rep.check(len(got) == len(e.values) and all(map(same_value, got, e.values)),
                          where, "value %r, before the round trip %r" % (got, e.values))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oxt", required=True, help="build/vnpolicy.oxt")
    ap.add_argument("--catalog-dump", required=True, help="build/core/vnpolicy_catalog_dump")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per office session")
    ap.add_argument("--keep", metavar="DIR", help="keep the written documents in DIR")
    args = ap.parse_args(argv)

    functions = load_catalog(args.catalog_dump)
    rep = Report()
    work = Path(args.keep or tempfile.mkdtemp(prefix="vnpolicy-roundtrip-"))
    work.mkdir(parents=True, exist_ok=True)
    ods, xlsx = work / "all_functions.ods", work / "all_functions.xlsx"
    resaved = work / "all_functions_resaved_without_addin.ods"
    resaved_xlsx = work / "all_functions_resaved_without_addin.xlsx"
    try:
        print("%d functions in the catalog" % len(functions))
        entries = write_workbook(args.oxt, functions, ods, xlsx, args.timeout, rep)
        without_addin(entries, [(".ods", ods, resaved, ODS_FILTER),
                                (".xlsx", xlsx, resaved_xlsx, XLSX_FILTER)], args.timeout, rep)
        reopen(args.oxt, entries, [(".ods", ods), (".xlsx", xlsx),
                                   (".ods re-stored without the add-in", resaved),
                                   (".xlsx re-stored without the add-in", resaved_xlsx)],
               args.timeout, rep)
    except OfficeError as ex:
        print("ERROR %s" % ex)
        return 2
    except Exception:  # noqa: BLE001 - a dead soffice shows up as a UNO error
        traceback.print_exc()
        print("ERROR the office session failed")
        return 2
    finally:
        if not args.keep:
            for p in (ods, xlsx, resaved, resaved_xlsx):
                p.unlink(missing_ok=True)
            if not any(work.iterdir()):
                work.rmdir()
    print("%d passed, %d failed" % (rep.passed, rep.failed))
    return 0 if rep.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
