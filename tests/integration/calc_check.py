#!/usr/bin/python3
"""Checks spreadsheets in one headless LibreOffice with the vnpolicy .oxt installed.

    /usr/bin/python3 tests/integration/calc_check.py --oxt build/vnpolicy.oxt \\
        --golden tests/integration/golden/*.fods \\
        --template examples/compensation.fods --expect "Bồi hoàn!M6=33333333"

--golden FILE    self-checking sheets: in every sheet, the row holding the headers "Result",
                 "Expected" and "OK" starts a table; each row below it with something in OK is
                 a case. A case passes when OK is TRUE, the Result cell is a formula, and Result
                 is the error named by Expected ("Err:502", checked with cell.getError()) or, for
                 any other Expected, not an error (and equal to Expected when that is a number).
                 When the document declares the user-defined property vnpolicy.NullDate, the
                 document's NullDate must be that date.
--template FILE  a template: every formula cell must be free of errors (one case per sheet).
--expect S!A1=V  a cell of the templates must show V (a number compared to 1e-9, otherwise the
                 displayed text). S is the sheet name.
--print FILE     print the used area of each sheet of FILE as a table (after recalculation).

Every document is opened from a copy, hard-recalculated (calculateAll) and checked; nothing is
stored. Prints each failure and ends with "N passed, N failed". Exit status: 0 all passed,
1 a case failed, 2 soffice or unopkg failed, died or timed out.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import traceback
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
from vnpolicy_office import Office, OfficeError, cell_name, cell_text, used_area  # noqa: E402

from com.sun.star.table.CellContentType import FORMULA  # noqa: E402

HEADERS = ("Result", "Expected", "OK")
ERR_RE = re.compile(r"^Err:(\d+)$")


class Report:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def ok(self) -> None:
        self.passed += 1

    def fail(self, where: str, formula: str, got: str, expected: str, why: str = "") -> None:
        self.failed += 1
        print("FAIL %s\n     formula:  %s\n     got:      %s\n     expected: %s%s"
              % (where, formula, got, expected, ("\n     why:      " + why) if why else ""))


def _find_header(sheet, last_col: int, last_row: int):
    """Row and {header: column} of the first row holding Result, Expected and OK."""
    for r in range(last_row + 1):
        cols = {}
        for c in range(last_col + 1):
            s = sheet.getCellByPosition(c, r).getString().strip()
            if s in HEADERS and s not in cols:
                cols[s] = c
        if len(cols) == len(HEADERS):
            return r, cols
    return None, None


def _formula(cell) -> str:
    """The formula as a user sees it (add-in display names), else the API form."""
    try:
        return cell.getPropertyValue("FormulaLocal")
    except Exception:  # noqa: BLE001
        return cell.getFormula()


def _declared_null_date(doc):
    try:
        props = doc.getDocumentProperties().getUserDefinedProperties()
        if props.getPropertySetInfo().hasPropertyByName("vnpolicy.NullDate"):
            return str(props.getPropertyValue("vnpolicy.NullDate"))
    except Exception:  # noqa: BLE001 - no declaration
        pass
    return None


def _null_date_str(doc) -> str:
    d = doc.NullDate
    return "%04d-%02d-%02d" % (d.Year, d.Month, d.Day)


def check_golden(doc, label: str, rep: Report) -> None:
    declared = _declared_null_date(doc)
    actual = _null_date_str(doc)
    print("# %s: null date %s" % (label, actual))
    if declared is not None:
        if declared == actual:
            rep.ok()
        else:
            rep.fail("%s: document NullDate" % label, "-", actual, declared,
                     "the file declares vnpolicy.NullDate but Calc reads another null date")
    n_tables = 0
    sheets = doc.Sheets
    for si in range(sheets.getCount()):
        sheet = sheets.getByIndex(si)
        last_col, last_row = used_area(sheet)
        hr, cols = _find_header(sheet, last_col, last_row)
        if hr is None:
            continue
        n_tables += 1
        n_cases = 0
        for r in range(hr + 1, last_row + 1):
            ok_cell = sheet.getCellByPosition(cols["OK"], r)
            if ok_cell.getType().value == "EMPTY":
                continue
            n_cases += 1
            res = sheet.getCellByPosition(cols["Result"], r)
            exp = sheet.getCellByPosition(cols["Expected"], r)
            where = "%s: %s!%s" % (label, sheet.Name, cell_name(cols["Result"], r))
            formula = _formula(res)
            got = cell_text(res)
            expected = cell_text(exp)
            why = []
            if res.getType() != FORMULA:
                why.append("the Result cell holds no formula")
            m = ERR_RE.match(expected)
            if m:
                if res.getError() != int(m.group(1)):
                    why.append("Result is not error %s" % m.group(1))
            elif res.getError():
                why.append("Result is an error")
            elif exp.getType().value == "VALUE" and abs(res.getValue() - exp.getValue()) > 1e-9:
                why.append("Result differs from Expected")
            if ok_cell.getError():
                why.append("the OK cell is an error (%s)" % cell_text(ok_cell))
            elif ok_cell.getValue() != 1:
                why.append("OK is %s" % (ok_cell.getString() or ok_cell.getValue()))
            if why:
                rep.fail(where, formula, got, expected, "; ".join(why))
            else:
                rep.ok()
        if n_cases == 0:
            rep.fail("%s: %s" % (label, sheet.Name), "-", "no cases", "cases below the header")
    if n_tables == 0:
        rep.fail(label, "-", "no sheet with Result/Expected/OK headers", "a golden table")


def check_template(doc, label: str, rep: Report) -> None:
    print("# %s: null date %s" % (label, _null_date_str(doc)))
    sheets = doc.Sheets
    for si in range(sheets.getCount()):
        sheet = sheets.getByIndex(si)
        last_col, last_row = used_area(sheet)
        bad = 0
        n_formulas = 0
        for r in range(last_row + 1):
            for c in range(last_col + 1):
                cell = sheet.getCellByPosition(c, r)
                if cell.getType() != FORMULA:
                    continue
                n_formulas += 1
                if cell.getError():
                    bad += 1
                    rep.fail("%s: %s!%s" % (label, sheet.Name, cell_name(c, r)), _formula(cell),
                             cell_text(cell), "no error")
        if n_formulas and not bad:
            rep.ok()


def _col_row(addr: str):
    m = re.fullmatch(r"([A-Za-z]+)([0-9]+)", addr)
    if not m:
        raise ValueError("bad cell address %r" % addr)
    col = 0
    for ch in m.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return col - 1, int(m.group(2)) - 1


def check_expect(docs, spec: str, rep: Report) -> None:
    """spec: 'Sheet name!B7=33333333' (looked up in the templates, first match)."""
    target, _, want = spec.partition("=")
    sheet_name, _, addr = target.rpartition("!")
    col, row = _col_row(addr)
    for label, doc in docs:
        if doc.Sheets.hasByName(sheet_name):
            cell = doc.Sheets.getByName(sheet_name).getCellByPosition(col, row)
            got = cell_text(cell)
            where = "%s: %s!%s" % (label, sheet_name, addr.upper())
            try:
                wanted = float(want)
                good = not cell.getError() and abs(cell.getValue() - wanted) <= 1e-9 \
                    and cell.getType().value in ("VALUE", "FORMULA")
            except ValueError:
                good = got == want
            if good:
                rep.ok()
            else:
                rep.fail(where, _formula(cell), got, want, "--expect")
            return
    rep.fail("--expect %s" % spec, "-", "no template has sheet %r" % sheet_name, want)


def _width(s: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in s)


def print_table(doc, label: str, only=None, wide: int = 40) -> None:
    """Sheets (all, or those named in `only`) as shown in Calc (formatted values), in aligned
    columns. Lines with text in one cell only (titles, notes) are printed as they are; a header
    cell written on two lines ("Vietnamese\nEnglish") shows its last line; columns with long
    texts (like an explanation) are listed under the table, one line per row."""
    sheets = doc.Sheets
    for si in range(sheets.getCount()):
        sheet = sheets.getByIndex(si)
        if only and sheet.Name not in only:
            continue
        last_col, last_row = used_area(sheet)
        rows = [[cell_text(sheet.getCellByPosition(c, r)) for c in range(last_col + 1)]
                for r in range(last_row + 1)]
        in_table = [sum(1 for t in row if t) > 1 for row in rows]
        first = in_table.index(True) if any(in_table) else None
        if first is not None:
            rows[first] = [t.split("\n")[-1] for t in rows[first]]
        rows = [[t.replace("\n", " / ") for t in row] for row in rows]
        table = [row for row, t in zip(rows, in_table) if t]
        keep = [c for c in range(last_col + 1) if any(row[c] for row in table)]
        long_cols = [c for c in keep if any(_width(row[c]) > wide for row in table[1:])]
        short = [c for c in keep if c not in long_cols]
        widths = {c: max(_width(row[c]) for row in table) for c in short}
        print("== %s — sheet %s ==" % (label, sheet.Name))
        notes = []
        for r, row in enumerate(rows):
            if not in_table[r]:
                if any(row):
                    print(" ".join(t for t in row if t))
                continue
            cells = []
            for c in short:
                t = row[c]
                pad = " " * (widths[c] - _width(t))
                numeric = bool(re.fullmatch(r"-?[0-9.,]+", t))
                cells.append(pad + t if numeric else t + pad)
            print(" | ".join(cells).rstrip())
            if r != first:
                for c in long_cols:
                    if row[c]:
                        notes.append("%s, row %d: %s" % (rows[first][c] if first is not None
                                                         else cell_name(c, 0), r + 1, row[c]))
        if notes:
            print()
            print("\n".join(notes))
        print()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", help="the extension to install (omit to test without one)")
    ap.add_argument("--golden", nargs="*", default=[], help="self-checking spreadsheets")
    ap.add_argument("--template", nargs="*", default=[], help="templates: no error cells")
    ap.add_argument("--expect", action="append", default=[], help="'Sheet!A1=value' in a template")
    ap.add_argument("--print", dest="print_docs", nargs="*", default=[], help="print as a table")
    ap.add_argument("--sheet", action="append", default=[],
                    help="with --print: only this sheet (repeatable)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds for the whole run")
    ap.add_argument("--keep-profile", action="store_true", help="keep the temp profile (debug)")
    args = ap.parse_args(argv)
    if not (args.golden or args.template or args.print_docs):
        ap.error("nothing to do: give --golden, --template or --print")

    rep = Report()
    started = time.monotonic()
    office = Office(oxt=args.oxt, timeout=args.timeout, keep_profile=args.keep_profile)
    status = 0
    try:
        office.start()
        templates = []
        for kind, files in (("golden", args.golden), ("template", args.template),
                            ("print", args.print_docs)):
            for f in files:
                label = Path(f).name
                doc = office.load(f)
                doc.calculateAll()
                if kind == "golden":
                    check_golden(doc, label, rep)
                elif kind == "template":
                    check_template(doc, label, rep)
                    templates.append((label, doc))
                else:
                    print_table(doc, label, args.sheet)
        for spec in args.expect:
            check_expect(templates, spec, rep)
    except OfficeError as e:
        print("ERROR: %s" % e)
        status = 2
    except Exception as e:  # noqa: BLE001 - a UNO error here means soffice died or misbehaved
        if office.died or office.timed_out:
            print("ERROR: soffice died%s: %s"
                  % (" (timeout %.0f s)" % args.timeout if office.timed_out else "", e))
            tail = office.log_tail()
            if tail:
                print("soffice log:\n" + tail)
        else:
            traceback.print_exc(file=sys.stdout)
            print("ERROR: %s" % e)
        status = 2
    finally:
        if status == 0 and office.died:
            print("ERROR: soffice died during the run (exit %s)"
                  % (office.proc.returncode if office.proc else "?"))
            status = 2
        office.close()
    if status:
        rep.failed += 1  # the run itself failed: never report "0 failed"
    sys.stdout.flush()
    print("[calc_check] %.1f s" % (time.monotonic() - started), file=sys.stderr, flush=True)
    if args.golden or args.template or args.expect:
        print("%d passed, %d failed" % (rep.passed, rep.failed), flush=True)  # the last line
    if status:
        return status
    return 1 if rep.failed else 0


if __name__ == "__main__":
    sys.exit(main())
