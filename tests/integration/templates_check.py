#!/usr/bin/python3
"""Checks the templates the .oxt installs, in one headless LibreOffice with the .oxt installed in
a throwaway profile:

    /usr/bin/python3 tests/integration/templates_check.py --oxt build/vnpolicy.oxt

1. The office's template path (thePathSettings `Template`) holds the extension's folder, and its
   subfolder vnpolicy/ (the category of File ▸ New ▸ Templates) holds every expected .ots.
2. A new document from each .ots (AsTemplate) is untitled (no location) and, recalculated, has
   no error cell; its cells use the template font.
3. Guarded inputs: Calc's own validity check (Tools ▸ Detective ▸ Mark Invalid Data) finds no
   invalid cell in the sample data, and finds a bad case and a bad policy code typed into the
   compensation sheet; the code cells have a drop-down list and a stop message; sheets with
   computed cells are protected without a password, their computed cells locked, their input
   cells not; typing into a computed cell is refused.
4. The quota tracker has a chart whose ranges are the district names and their progress.
5. Long lists keep their header rows in view (frozen rows in the template's settings), and each
   guide sheet says where the functions are in the wizard in both UI languages.

Exit status: 0 all passed, 1 a check failed, 2 soffice or unopkg failed.
"""

from __future__ import annotations

import argparse
import re
import sys
import traceback
import zipfile
from pathlib import Path
from urllib.parse import unquote

import uno  # noqa: F401
from com.sun.star.sheet.ValidationAlertStyle import STOP  # noqa: E402
from com.sun.star.sheet.ValidationType import LIST  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
from calc_check import Report, check_template  # noqa: E402
from fods_writer import FONT  # noqa: E402
from vnpolicy_office import Office, OfficeError, _prop  # noqa: E402

TEMPLATES = ["compensation", "support_budget", "quota_tracker", "registration_list", "loans"]
CATEGORY = "vnpolicy"
# Sheets with computed cells: (workbook, sheet, a computed cell, an input cell).
PROTECTED = [
    ("compensation", "Bồi hoàn", "M6", "H6"),
    ("support_budget", "Đào tạo", "O6", "D6"),
    ("support_budget", "Luân chuyển", "N6", "D6"),
    ("quota_tracker", "Theo dõi chỉ tiêu", "E9", "C9"),
    ("quota_tracker", "Phân bổ chỉ tiêu", "D8", "C4"),
    ("registration_list", "Tổng hợp", "B4", None),
    ("loans", "Giải ngân vốn vay", "G5", "F5"),
    ("loans", "Kinh phí 2023", "C5", "C7"),
]
# Code cells with a drop-down list: (workbook, sheet, cell, a code it must list).
LISTS = [
    ("compensation", "Bồi hoàn", "H6", "3"), ("compensation", "Bồi hoàn", "I6", "KH2023"),
    ("compensation", "Bồi hoàn", "J6", "5"), ("support_budget", "Đào tạo", "D6", "ThS"),
    ("support_budget", "Đào tạo", "J6", "viên chức"), ("support_budget", "Luân chuyển", "D6", "H-X"),
    ("support_budget", "Luân chuyển", "F6", "nữ"), ("loans", "Giải ngân vốn vay", "E5", "Tỉnh"),
]
FROZEN = [("quota_tracker", "Danh sách đăng ký", 6), ("registration_list", "Danh sách đăng ký", 6),
          ("compensation", "Bồi hoàn", 5)]
WIZARD_WORDS = ("Phần bổ trợ", "Add-in", "Tìm kiếm", "Search")


def template_folder(office: Office, rep: Report) -> Path | None:
    """The folder of the template path that holds vnpolicy/*.ots."""
    ps = office.ctx.getValueByName("/singletons/com.sun.star.util.thePathSettings")
    paths = [p for p in ps.Template.split(";") if p]
    print("# template path:\n#   " + "\n#   ".join(paths))
    expander = office.ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
    for url in paths:
        if url.startswith("vnd.sun.star.expand:"):  # the extension's own folder (%origin%)
            url = expander.expandMacros(unquote(url[len("vnd.sun.star.expand:"):]))
        if not url.startswith("file://"):
            continue
        folder = Path(uno.fileUrlToSystemPath(url))
        if (folder / CATEGORY).is_dir():
            found = sorted(p.stem for p in (folder / CATEGORY).glob("*.ots"))
            if found == sorted(TEMPLATES):
                rep.ok()
            else:
                rep.fail("template folder %s" % folder, "-", ", ".join(found),
                         ", ".join(sorted(TEMPLATES)))
            return folder / CATEGORY
    rep.fail("thePathSettings.Template", "-", ";".join(paths),
             "a folder with %s/*.ots (the extension's Paths.xcu)" % CATEGORY)
    return None


def circles(sheet) -> int:
    """Detective marks of invalid data on the sheet (Tools ▸ Detective ▸ Mark Invalid Data)."""
    dp = sheet.DrawPage
    return sum(1 for i in range(dp.getCount())
               if dp.getByIndex(i).ShapeType == "com.sun.star.drawing.EllipseShape")


def check_new_document(office: Office, ots: Path, rep: Report):
    doc = office.desktop.loadComponentFromURL(
        ots.as_uri(), "_blank", 0, (_prop("Hidden", True), _prop("AsTemplate", True)))
    if doc is None:
        rep.fail(ots.name, "-", "not opened", "a new document")
        return None
    office._docs.append(doc)
    if doc.hasLocation() or doc.getURL():
        rep.fail("%s: new document" % ots.name, "-", doc.getURL(), "untitled (no location)")
    else:
        rep.ok()
    doc.calculateAll()
    check_template(doc, "new from %s" % ots.name, rep)
    sheet = doc.Sheets.getByIndex(0)
    font = sheet.getCellByPosition(1, 0).CharFontName
    if font != FONT:
        rep.fail("%s: font of A1" % ots.name, "-", font, FONT)
    else:
        rep.ok()
    for si in range(doc.Sheets.getCount()):
        sh = doc.Sheets.getByIndex(si)
        sh.showInvalid()
        n = circles(sh)
        if n:
            rep.fail("%s: %s" % (ots.name, sh.Name), "Mark Invalid Data", "%d invalid cells" % n,
                     "the sample data valid")
    return doc


def check_guarded(docs: dict, office: Office, rep: Report) -> None:
    for book, sheet_name, computed, inp in PROTECTED:
        sh = docs[book].Sheets.getByName(sheet_name)
        where = "%s: %s" % (book, sheet_name)
        got = (sh.isProtected(), sh.getCellRangeByName(computed).CellProtection.IsLocked,
               sh.getCellRangeByName(inp).CellProtection.IsLocked if inp else False)
        if got == (True, True, False):
            rep.ok()
        else:
            rep.fail(where, "isProtected, %s locked, %s locked" % (computed, inp), str(got),
                     "(True, True, False)")
    for book, sheet_name, cell, code in LISTS:
        v = docs[book].Sheets.getByName(sheet_name).getCellRangeByName(cell).Validation
        items = [t.strip('"') for t in v.getFormula1().split(";")]
        good = (v.Type == LIST and v.ShowList != 0 and v.ErrorAlertStyle == STOP and
                v.ShowErrorMessage and v.ErrorMessage and v.ShowInputMessage and v.InputMessage
                and code in items)
        if good:
            rep.ok()
        else:
            rep.fail("%s: %s!%s" % (book, sheet_name, cell), "Validation",
                     "type %s, list %s, alert %s" % (v.Type.value, v.getFormula1(),
                                                     v.ErrorAlertStyle.value),
                     "a drop-down with %r, input help and a stop message" % code)

    # A bad case and a bad policy, typed through the API (which bypasses the check), are what
    # Calc's validity check reports.
    sh = docs["compensation"].Sheets.getByName("Bồi hoàn")
    sh.getCellRangeByName("H7").setValue(7)
    sh.getCellRangeByName("I8").setString("XX2099")
    sh.showInvalid()
    n = circles(sh)
    if n == 2:
        rep.ok()
    else:
        rep.fail("compensation: Bồi hoàn H7=7, I8=XX2099", "Mark Invalid Data",
                 "%d invalid cells" % n, "2")
    # Typing into a computed cell is refused (the Calc UI path, not the API).
    cell = sh.getCellRangeByName("M6")
    before = cell.getFormula()
    ctl = docs["compensation"].getCurrentController()
    ctl.select(cell)
    helper = office.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", office.ctx)
    helper.executeDispatch(ctl.getFrame(), ".uno:EnterString", "", 0,
                           (_prop("StringName", "0"),))
    if cell.getFormula() == before:
        rep.ok()
    else:
        rep.fail("compensation: Bồi hoàn!M6", "type 0", cell.getFormula(), before,
                 "a protected cell took an edit")
    # No password: the accountant can lift the protection.
    sh.unprotect("")
    if sh.isProtected():
        rep.fail("compensation: Bồi hoàn", "unprotect('')", "still protected", "unprotected")
    else:
        rep.ok()


def check_chart(doc, rep: Report) -> None:
    sh = doc.Sheets.getByName("Theo dõi chỉ tiêu")
    charts = sh.getCharts()
    if charts.getCount() != 1:
        rep.fail("quota_tracker: charts", "-", str(charts.getElementNames()), "one chart")
        return
    ranges = {(r.StartColumn, r.StartRow, r.EndColumn, r.EndRow)
              for r in charts.getByIndex(0).getRanges()}
    # B9:B19 (districts) and F9:F19 (progress), 0-based.
    want = {(1, 8, 1, 18), (5, 8, 5, 18)}
    if want <= ranges:
        rep.ok()
    else:
        rep.fail("quota_tracker: chart ranges", "-", str(sorted(ranges)),
                 "B9:B19 and F9:F19")


def check_static(folder: Path, rep: Report) -> None:
    """What the view shows and the guide says, read from the .ots files."""
    for book, sheet_name, rows in FROZEN:
        with zipfile.ZipFile(folder / (book + ".ots")) as z:
            settings = z.read("settings.xml").decode("utf-8")
        m = re.search(r'config:name="%s">(.*?)</config:config-item-map-entry>' % re.escape(
            sheet_name), settings)
        good = m and ('"VerticalSplitMode" config:type="short">2<' in m.group(1)
                      and '"VerticalSplitPosition" config:type="int">%d<' % rows in m.group(1))
        if good:
            rep.ok()
        else:
            rep.fail("%s: %s" % (book, sheet_name), "settings.xml", "no frozen rows",
                     "%d frozen rows" % rows)


def check_guides(docs: dict, rep: Report) -> None:
    for book, doc in docs.items():
        if not doc.Sheets.hasByName("Hướng dẫn"):
            continue
        sh = doc.Sheets.getByName("Hướng dẫn")
        text = " ".join(sh.getCellByPosition(c, r).getString() for r in range(40) for c in range(2))
        missing = [w for w in WIZARD_WORDS if w not in text]
        if missing:
            rep.fail("%s: Hướng dẫn" % book, "-", "missing %s" % missing, "the wizard's place")
        else:
            rep.ok()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--timeout", type=float, default=240)
    args = ap.parse_args()
    rep = Report()
    try:
        with Office(oxt=args.oxt, timeout=args.timeout) as office:
            folder = template_folder(office, rep)
            if folder is not None:
                docs = {}
                for name in TEMPLATES:
                    doc = check_new_document(office, folder / (name + ".ots"), rep)
                    if doc is not None:
                        docs[name] = doc
                if len(docs) == len(TEMPLATES):
                    check_chart(docs["quota_tracker"], rep)
                    check_guides(docs, rep)
                    check_static(folder, rep)
                    check_guarded(docs, office, rep)
            if office.died:
                raise OfficeError("soffice died:\n" + office.log_tail())
    except OfficeError as e:
        print("ERROR: %s" % e)
        return 2
    except Exception:  # noqa: BLE001
        traceback.print_exc()
        return 2
    print("%d passed, %d failed" % (rep.passed, rep.failed))
    return 0 if rep.failed == 0 and rep.passed else 1


if __name__ == "__main__":
    sys.exit(main())
