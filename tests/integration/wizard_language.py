#!/usr/bin/python3
"""The function wizard speaks the office's UI language: Vietnamese in a Vietnamese office
(libreoffice-l10n-vi), English otherwise (FUNCTIONS.md conventions; XAddIn in addin/).

    /usr/bin/python3 tests/integration/wizard_language.py build/vnpolicy.oxt

Starts one office per UI language (chosen by LANG, as a user's desktop does) and reads the
add-in's descriptions through com.sun.star.sheet.FunctionDescriptions, which is what the wizard
shows. Ends with the line `N passed, N failed`.
"""

from __future__ import annotations

import os
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
        "help of Case has": "50 % theo BT2012, 100 % theo KH2023",  # from the data
    }),
    "en": ("en_US.UTF-8", "en", {
        "description starts": "Training cost to repay",
        "arguments": ["Cost", "RequiredMonths", "ServedMonths", "Case", "Policy", "Group"],
        "help of Case starts": "Optional, default 3.",
        "help of Case has": "50 % under BT2012, 100 % under KH2023",
    }),
}


def wizard_page(office, name: str) -> dict | None:
    fd = office.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.sheet.FunctionDescriptions", office.ctx)
    for i in range(fd.getCount()):
        props = {p.Name: p.Value for p in fd.getByIndex(i)}
        if props["Name"] == name:
            return props
    return None


def ui_locale(office) -> str:
    cfg = office.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.ctx)
    access = cfg.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                             (vo._prop("nodepath", "/org.openoffice.Setup/L10N"),))
    return access.getByName("ooLocale")


def main() -> int:
    oxt = sys.argv[1]
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
        with vo.Office(oxt=oxt, timeout=200) as office:
            office.create_calc()
            loc = ui_locale(office)
            check("%s: UI locale" % lang, loc.startswith(locale_prefix), loc)
            page = wizard_page(office, "COMPENSATION")
            check("%s: COMPENSATION in the function list" % lang, page is not None, page)
            if page is None:
                continue
            check("%s: category Add-In" % lang, page["Category"] == ADDIN_CATEGORY, page["Category"])
            check("%s: description" % lang,
                  page["Description"].startswith(want["description starts"]), page["Description"])
            names = [a.Name for a in page["Arguments"]]
            check("%s: argument names" % lang, names == want["arguments"], names)
            helps = [a.Description for a in page["Arguments"]]
            check("%s: argument help" % lang,
                  len(helps) == 6 and helps[3].startswith(want["help of Case starts"]), helps)
            # The help quotes the policy data: placeholders filled in, the shares of case 2.
            check("%s: help filled in from the data" % lang,
                  len(helps) == 6 and want["help of Case has"] in helps[3]
                  and not any("{" in h for h in helps), helps)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
