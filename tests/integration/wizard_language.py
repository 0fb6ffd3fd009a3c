#!/usr/bin/python3
"""The function wizard speaks the office's UI language and tells the truth about arguments.

    /usr/bin/python3 tests/integration/wizard_language.py build/vnpolicy.oxt \\
        [--catalog-dump build/core/vnpolicy_catalog_dump]

Starts one office per UI language (chosen by LANG, as a user's desktop does) and reads the
add-in's descriptions through com.sun.star.sheet.FunctionDescriptions, which is what the wizard
and the argument hint show. Checks:

- the office's UI language is the one asked for; COMPENSATION's page in it (description,
  argument names, argument help filled in from the policy data) — FUNCTIONS.md conventions,
  XAddIn in addin/;
- for EVERY function of the catalog (vnpolicy_catalog_dump --json, so functions added later are
  covered): it is listed in category Add-In, with the catalog's arguments in order, named in the
  UI language, and each argument's IsOptional equal to the catalog's `optional` — a required
  argument is required (bold) in the wizard, an optional one optional (FUNCTIONS.md "Required
  and optional arguments"; idl/gen_idl.cpp declares them sequence<sequence<any>> and any);
- that Calc acts as the wizard says (English office only): each function's catalog example
  with only its required arguments computes (no Err:504), and with one required argument fewer
  is Calc's Err:504; a reference to an empty cell is 0 where a required number belongs; an empty
  required argument is an error, never a number.

Ends with the line `N passed, N failed`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
import vnpolicy_office as vo  # noqa: E402

ADDIN_CATEGORY = 11  # com.sun.star.sheet.FunctionCategory.ADDIN

# UI language -> (LANG, expected ooLocale prefix, what COMPENSATION's wizard page must say).
CASES = {
    "vi": ("vi_VN.UTF-8", "vi", {
        "description starts": "Số tiền phải đền bù",
        "arguments": ["Chi phí", "Số tháng phải phục vụ", "Số tháng đã phục vụ", "Trường hợp",
                      "Chính sách", "Nhóm"],
        "help of Case starts": "Không bắt buộc, mặc định 3.",
        "description has": "50 % theo BT2012, 100 % theo KH2023",  # from the data
    }),
    "en": ("en_US.UTF-8", "en", {
        "description starts": "Training cost to repay",
        "arguments": ["Cost", "RequiredMonths", "ServedMonths", "Case", "Policy", "Group"],
        "help of Case starts": "Optional, default 3.",
        "description has": "50 % under BT2012, 100 % under KH2023",
    }),
}

# (formula, expected): a float is a value, an int an error code; A1 of the sheet is empty.
BEHAVIOUR = [
    ("=COMPENSATION(50000000;108;36)", 33333333.0),  # the required arguments alone
    ("=COMPENSATION(A1;108;36)", 0.0),               # a reference to an empty cell is 0
    ("=COMPENSATION(50000000;108)", 504),            # a required argument left out: Calc's own
    ("=COMPENSATION()", 504),
    ("=COMMITMENT_MONTHS()", 504),
]
# An empty required argument: Calc passes an empty any where the add-in declares rows of cells,
# which its reflection refuses before the add-in is reached. An error either way (the code is
# reported), never a number.
EMPTY_REQUIRED = ["=COMPENSATION(;108;36)", "=COMPENSATION(50000000;;36;3)"]


def load_catalog(dump: str) -> list[dict]:
    out = subprocess.run([dump, "--json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def all_pages(office) -> dict[str, dict]:
    fd = office.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.sheet.FunctionDescriptions", office.ctx)
    pages = {}
    for i in range(fd.getCount()):
        props = {p.Name: p.Value for p in fd.getByIndex(i)}
        pages[props["Name"]] = props
    return pages


def ui_locale(office) -> str:
    cfg = office.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.ctx)
    access = cfg.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                             (vo._prop("nodepath", "/org.openoffice.Setup/L10N"),))
    return access.getByName("ooLocale")


def split_args(call: str) -> tuple[str, list[str]]:
    """'F(a;"x;y";G(1;2);{1;2})' -> ('F', ['a', '"x;y"', 'G(1;2)', '{1;2}'])."""
    name, _, rest = call.partition("(")
    body = rest[:-1] if rest.endswith(")") else rest
    args, depth, quoted, cur = [], 0, False, ""
    for ch in body:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "({":
            depth += 1
        elif not quoted and ch in ")}":
            depth -= 1
        elif not quoted and depth == 0 and ch == ";":
            args.append(cur)
            cur = ""
            continue
        cur += ch
    if cur or args:
        args.append(cur)
    return name, args


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("oxt")
    ap.add_argument("--catalog-dump",
                    help="vnpolicy_catalog_dump (default: core/vnpolicy_catalog_dump next to "
                    "the .oxt's build tree)")
    args = ap.parse_args()
    dump = args.catalog_dump or str(Path(args.oxt).resolve().parent / "core"
                                    / "vnpolicy_catalog_dump")
    catalog = load_catalog(dump)
    passed = failed = 0

    def check(what: str, ok: bool, got) -> None:
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL %s: got %r" % (what, got))

    for lang, (env_lang, locale_prefix, want) in CASES.items():
        os.environ["LANG"] = os.environ["LC_ALL"] = env_lang
        with vo.Office(oxt=args.oxt, timeout=200) as office:
            doc = office.create_calc()
            loc = ui_locale(office)
            check("%s: UI locale" % lang, loc.startswith(locale_prefix), loc)
            pages = all_pages(office)
            page = pages.get("COMPENSATION")
            check("%s: COMPENSATION in the function list" % lang, page is not None, page)
            if page is not None:
                check("%s: description" % lang,
                      page["Description"].startswith(want["description starts"]),
                      page["Description"])
                names = [a.Name for a in page["Arguments"]]
                check("%s: argument names" % lang, names == want["arguments"], names)
                helps = [a.Description for a in page["Arguments"]]
                check("%s: argument help" % lang,
                      len(helps) == 6 and helps[3].startswith(want["help of Case starts"]), helps)
                # The wizard text quotes the policy data: placeholders filled in, the shares of
                # case 2 in the description (the argument help is short enough for the hint).
                check("%s: text filled in from the data" % lang,
                      want["description has"] in page["Description"]
                      and "{" not in page["Description"]
                      and not any("{" in h for h in helps), (page["Description"], helps))
            # Every function: listed, its arguments in order, required ones required.
            n_required = n_optional = 0
            for f in catalog:
                p = pages.get(f["name"])
                if p is None:
                    check("%s: %s in the function list" % (lang, f["name"]), False, None)
                    continue
                check("%s: %s in category Add-In" % (lang, f["name"]),
                      p["Category"] == ADDIN_CATEGORY, p["Category"])
                got = [(a.Name, a.IsOptional) for a in (p["Arguments"] or ())]
                expected = [(a["name_vi"] if lang == "vi" else a["name"], a["optional"])
                            for a in f["args"]]
                check("%s: %s arguments (name, IsOptional)" % (lang, f["name"]),
                      got == expected, got)
                n_required += sum(1 for a in f["args"] if not a["optional"])
                n_optional += sum(1 for a in f["args"] if a["optional"])
            print("%s: %d functions, %d required and %d optional arguments checked in the "
                  "wizard's descriptions; category Add-In lists %d functions in all"
                  % (lang, len(catalog), n_required, n_optional,
                     sum(1 for p in pages.values() if p["Category"] == ADDIN_CATEGORY)))
            if lang == "en":
                failed_before = failed
                check_behaviour(doc, catalog, check)
                print("en: Calc's behaviour checked (%s)"
                      % ("as the wizard says" if failed == failed_before else "FAILED"))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def check_behaviour(doc, catalog: list[dict], check) -> None:
    """What the wizard says is what Calc does."""
    sheet = doc.Sheets.getByIndex(0)
    cells = []  # (cell, formula, expected)
    row = 2
    for formula, expected in BEHAVIOUR:
        cells.append((sheet.getCellByPosition(1, row), formula, expected))
        row += 1
    empty = []
    for formula in EMPTY_REQUIRED:
        empty.append((sheet.getCellByPosition(1, row), formula))
        row += 1
    # Each catalog example cut to its required arguments (computes), and one fewer (Err:504).
    generic = []
    for f in catalog:
        name, example_args = split_args(f["example"])
        required = sum(1 for a in f["args"] if not a["optional"])
        if name != f["name"] or len(example_args) < required:
            check("%s: example %r has its %d required arguments" % (f["name"], f["example"],
                                                                     required), False, None)
            continue
        full = "=%s(%s)" % (name, ";".join(example_args[:required]))
        generic.append((sheet.getCellByPosition(1, row), full, "computes"))
        row += 1
        if required:
            short = "=%s(%s)" % (name, ";".join(example_args[:required - 1]))
            generic.append((sheet.getCellByPosition(1, row), short, 504))
            row += 1
    for cell, formula, _ in cells + generic:
        cell.setFormula(formula)
    for cell, formula in empty:
        cell.setFormula(formula)
    doc.calculateAll()
    for cell, formula, expected in cells + generic:
        err = cell.getError()
        if expected == "computes":
            check("%s computes with its required arguments alone" % formula, err != 504,
                  "Err:%d" % err)
        elif isinstance(expected, int):
            check("%s is Err:%d" % (formula, expected), err == expected,
                  "Err:%d" % err if err else cell.getString())
        else:
            check("%s = %r" % (formula, expected), not err and cell.getValue() == expected,
                  "Err:%d" % err if err else cell.getValue())
    for cell, formula in empty:
        err = cell.getError()
        check("%s (an empty required argument) is an error" % formula, err != 0,
              cell.getString())
        print("en: %s gives Err:%d" % (formula, err))


if __name__ == "__main__":
    sys.exit(main())
