"""The accepted codes of the policy data (data/policies/*.toml), for the drop-down lists of the
templates: the one place they come from, so a template never lists a code the add-in refuses or
misses one it accepts. Read with tomllib (Python 3.11, /usr/bin/python3 on Debian 12).

    from policy_codes import Codes
    codes = Codes()                      # data/policies of this repository
    codes.policies("compensation")       # ['BT2012', 'KH2023']
    codes.spellings("degree")            # ['TS', 'tiến sĩ', …, 'CK1']
    codes.value("quota", "days_per_year")  # 365.25 (a value a template's note quotes)
"""

from __future__ import annotations

import tomllib
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "policies"


class Codes:
    """The policies in `data_dir` and the codes their functions accept."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.data = {}
        for f in sorted(data_dir.glob("*.toml")):
            with open(f, "rb") as fh:
                d = tomllib.load(fh)
            self.data[d["policy"]["code"]] = d

    def policies(self, family: str) -> list[str]:
        """The policy codes serving a function family ("compensation", "support", …)."""
        return [code for code, d in self.data.items() if family in d["policy"].get("serves", [])]

    def compensation_cases(self) -> list[int]:
        """Every Case some compensation group of some policy has (case1, case2, …)."""
        cases = {int(k[4:]) for d in self.data.values()
                 for g in d.get("compensation", {}).get("group", [])
                 for k in g if k.startswith("case") and k[4:].isdigit()}
        return sorted(cases)

    def compensation_groups(self) -> list[int]:
        """Every beneficiary Group a compensation policy defines."""
        return sorted({n for d in self.data.values()
                       for g in d.get("compensation", {}).get("group", []) for n in g["groups"]})

    def value(self, section: str, key: str) -> float:
        """A value of the policy data, [<section>] <key> = { value = … }, for a note that quotes it."""
        for d in self.data.values():
            entry = d.get(section, {}).get(key)
            if isinstance(entry, dict) and "value" in entry:
                return entry["value"]
        raise KeyError("no %s.%s in the policy data" % (section, key))

    def spellings(self, table: str) -> list[str]:
        """Every accepted spelling of the codes of [codes.<table>], in the data's order."""
        found: list[str] = []
        for d in self.data.values():
            for key, value in d.get("codes", {}).get(table, {}).items():
                if isinstance(value, list):
                    found += [v for v in value if v not in found]
        if not found:
            raise KeyError("no [codes.%s] in the policy data" % table)
        return found
