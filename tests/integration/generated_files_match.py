#!/usr/bin/python3
"""Generated files cannot drift: runs every generator of committed files into a temporary folder
and compares what it writes, byte for byte, with the committed copy.

    python3 tests/integration/generated_files_match.py

Generators (each takes --out-dir): tests/integration/make_golden*.py (tests/integration/golden/)
and examples/make_*.py (examples/). Prints the name of every file that differs or is missing and
how to regenerate it. Exit status: 0 all match, 1 a file differs, 2 a generator failed. Needs no
office: the generators are plain Python (3.11, for tomllib).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# (generator, folder of its committed output)
GENERATORS = [
    ("tests/integration/make_golden.py", "tests/integration/golden"),
    ("tests/integration/make_golden_quota.py", "tests/integration/golden"),
    ("tests/integration/make_golden_support.py", "tests/integration/golden"),
    ("examples/make_compensation.py", "examples"),
    ("examples/make_support_budget.py", "examples"),
    ("examples/make_quota_templates.py", "examples"),
]


def main() -> int:
    differ: list[str] = []
    checked = 0
    with tempfile.TemporaryDirectory(prefix="vnpolicy-generated-") as tmp:
        for script, committed in GENERATORS:
            out = Path(tmp) / Path(script).stem
            proc = subprocess.run([sys.executable, str(ROOT / script), "--out-dir", str(out)],
                                  capture_output=True, text=True, timeout=120)
            if proc.returncode != 0:
                print("FAIL %s exited with %d:\n%s" % (script, proc.returncode, proc.stderr))
                return 2
            written = sorted(p for p in out.rglob("*") if p.is_file())
            if not written:
                print("FAIL %s wrote nothing into --out-dir" % script)
                return 2
            for new in written:
                rel = new.relative_to(out)
                old = ROOT / committed / rel
                checked += 1
                if not old.is_file():
                    differ.append("%s/%s (not committed; written by %s)" % (committed, rel, script))
                elif old.read_bytes() != new.read_bytes():
                    differ.append("%s/%s (differs from what %s writes)" % (committed, rel, script))
    for d in differ:
        print("FAIL " + d)
    if differ:
        print("Regenerate: /usr/bin/python3 <generator> (without --out-dir), review and commit.")
        return 1
    print("%d generated files match the committed ones" % checked)
    return 0


if __name__ == "__main__":
    sys.exit(main())
