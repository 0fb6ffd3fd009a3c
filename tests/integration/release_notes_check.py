#!/usr/bin/env python3
"""The release notes of the .oxt must describe the policy data the add-in carries.

Every release-notes file given must name:
- the version (PROJECT_VERSION, e.g. "0.2.0");
- the review date of data/meta.toml ([meta] reviewed);
- the last row of data/base_wage.toml: its date, its amount and its decree;
- the code of every policy in data/policies/*.toml.

So a change of the policy data (a new base-wage row, a new review date, a new decision) fails
ctest release_notes_match_data until the notes are rewritten, and notes that name the version
make that a new version. Dates may be written 2026-07-01, 01/07/2026 or 1/7/2026; amounts
2,530,000, 2.530.000, 2 530 000 or 2530000.

Before checking, the script checks itself: the same notes against data with each of these facts
changed must fail (a checker that accepts anything would pass too).

    release_notes_check.py --data-dir data --version 0.2.0 addin/oxt/release-notes_*.txt

Exit status: 0 the notes match, 1 they do not (each missing fact printed), 2 bad usage or data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

try:
    import tomllib  # Python 3.11 (Debian 12)
except ImportError:  # pragma: no cover
    sys.stderr.write("error: Python 3.11 or newer is needed (tomllib)\n")
    sys.exit(2)


@dataclass(frozen=True)
class Facts:
    version: str
    reviewed: dt.date
    wage_from: dt.date
    wage_amount: int
    wage_decree: str
    policies: tuple[str, ...]


def load_facts(data_dir: Path, version: str) -> Facts:
    meta = tomllib.loads((data_dir / "meta.toml").read_text(encoding="utf-8"))
    wages = tomllib.loads((data_dir / "base_wage.toml").read_text(encoding="utf-8"))
    rows = wages.get("base_wage") or []
    if not rows:
        raise SystemExit("error: %s has no [[base_wage]] row" % (data_dir / "base_wage.toml"))
    last = max(rows, key=lambda r: r["from"])  # rows are in date order; be sure anyway
    policies = []
    for f in sorted((data_dir / "policies").glob("*.toml")):
        doc = tomllib.loads(f.read_text(encoding="utf-8"))
        policies.append(doc["policy"]["code"])
    return Facts(version=version, reviewed=meta["meta"]["reviewed"], wage_from=last["from"],
                 wage_amount=int(last["amount"]), wage_decree=last["decree"],
                 policies=tuple(policies))


DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
DATE_VN = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:([.,\u00a0 ])\d{3})(?:\1\d{3})*(?![\d])|(?<![\d.,])\d+(?![\d])")


def dates_in(text: str) -> set[dt.date]:
    found = set()
    for y, m, d in DATE_ISO.findall(text):
        try:
            found.add(dt.date(int(y), int(m), int(d)))
        except ValueError:
            pass
    for d, m, y in DATE_VN.findall(text):
        try:
            found.add(dt.date(int(y), int(m), int(d)))
        except ValueError:
            pass
    return found


def amounts_in(text: str) -> set[int]:
    return {int(re.sub(r"\D", "", m.group(0))) for m in AMOUNT.finditer(text)}


def version_in(text: str, version: str) -> bool:
    return re.search(r"(?<![\w.])" + re.escape(version) + r"(?![\w]|\.\d)", text) is not None


def problems(text: str, facts: Facts) -> list[str]:
    out = []
    dates = dates_in(text)
    if not version_in(text, facts.version):
        out.append("does not name version %s" % facts.version)
    if facts.reviewed not in dates:
        out.append("does not name the review date %s of meta.toml" % facts.reviewed)
    if facts.wage_from not in dates:
        out.append("does not name the date %s of the last base-wage row" % facts.wage_from)
    if facts.wage_amount not in amounts_in(text):
        out.append("does not name the amount %s of the last base-wage row"
                   % format(facts.wage_amount, ","))
    if facts.wage_decree not in text:
        out.append("does not name the decree of the last base-wage row (%s)" % facts.wage_decree)
    for code in facts.policies:
        if re.search(r"\b%s\b" % re.escape(code), text) is None:
            out.append("does not name policy %s (data/policies/)" % code)
    return out


def self_check(texts: dict[Path, str], facts: Facts) -> list[str]:
    """Each fact changed must make every file fail."""
    day = dt.timedelta(days=1)
    changed = {
        "version": replace(facts, version=facts.version + ".1"),
        "review date": replace(facts, reviewed=facts.reviewed + day),
        "base-wage date": replace(facts, wage_from=facts.wage_from + day),
        "base-wage amount": replace(facts, wage_amount=facts.wage_amount + 10000),
        "base-wage decree": replace(facts, wage_decree=facts.wage_decree + "X"),
        "policies": replace(facts, policies=facts.policies + ("ZZ2099",)),
    }
    out = []
    for what, other in changed.items():
        for path, text in texts.items():
            if not problems(text, other):
                out.append("self-check: %s passes with a different %s" % (path.name, what))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, required=True)
    ap.add_argument("--version", required=True, help="PROJECT_VERSION")
    ap.add_argument("notes", type=Path, nargs="+")
    args = ap.parse_args()
    try:
        facts = load_facts(args.data_dir, args.version)
    except (OSError, KeyError, tomllib.TOMLDecodeError) as e:
        sys.stderr.write("error: cannot read the policy data in %s: %r\n" % (args.data_dir, e))
        return 2
    texts = {p: p.read_text(encoding="utf-8") for p in args.notes}

    print("data: version %s, reviewed %s, last base wage %s from %s (%s), policies %s"
          % (facts.version, facts.reviewed, format(facts.wage_amount, ","), facts.wage_from,
             facts.wage_decree, ", ".join(facts.policies)))
    failed = self_check(texts, facts)
    for path, text in texts.items():
        for p in problems(text, facts):
            failed.append("%s %s" % (path, p))
    for f in failed:
        print("FAIL: " + f)
    if failed:
        print("The release notes (addin/oxt/release-notes_*.txt) must describe the data this "
              "version carries: rewrite them and raise the version (docs/NEW-DECREE.md).")
        return 1
    print("release notes match the data: %s" % ", ".join(p.name for p in texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
