#!/usr/bin/python3
"""Renders the first sheet of examples/quota_tracker.fods, as Calc computes it with the vnpolicy
extension installed, to docs/quota_tracker.png (the picture in README.md); with --all, the first
sheet of every example template to docs/templates/<name>.png (the pictures of the templates in
README.md).

    /usr/bin/python3 examples/render_screenshot.py [--oxt build/vnpolicy.oxt] [--all]

A throwaway profile gets the .oxt (the plumbing of tools/vnpolicy_office.py), then
`soffice --headless --convert-to pdf` in that profile recalculates and exports the workbook (each
sheet on one page), and `pdftoppm` (Debian package poppler-utils) turns page 1 into the PNG.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))  # shared script helpers
from vnpolicy_office import Office, _kill_group  # noqa: E402

TEMPLATES = ["compensation", "support_budget", "quota_tracker", "registration_list", "loans"]
PDF_FILTER = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", default=str(ROOT / "build" / "vnpolicy.oxt"))
    ap.add_argument("--source", default=str(ROOT / "examples" / "quota_tracker.fods"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "quota_tracker.png"))
    ap.add_argument("--dpi", type=int, default=110)
    ap.add_argument("--all", action="store_true",
                    help="every example template, to docs/templates/<name>.png")
    args = ap.parse_args()
    if args.all:
        jobs = [(ROOT / "examples" / (n + ".fods"), ROOT / "docs" / "templates" / (n + ".png"))
                for n in TEMPLATES]
    else:
        jobs = [(Path(args.source), Path(args.out))]

    office = Office(oxt=args.oxt, timeout=240)
    try:
        # Only the profile with the extension is wanted here, not a listening soffice.
        office._make_tmp()
        office._install_oxt()
        docs = office.tmp / "docs"
        for source, out in jobs:
            src = docs / source.name
            shutil.copyfile(source, src)
            src.chmod(0o644)
            cmd = office._as_user() + ["soffice", "--headless", "--norestore", "--nolockcheck",
                                       "-env:UserInstallation=" + office._profile_url(),
                                       "--convert-to", PDF_FILTER, "--outdir", str(docs), str(src)]
            proc = subprocess.Popen(cmd, env=office._env(), cwd=office.tmp,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
            try:
                proc.wait(timeout=180)
            except subprocess.TimeoutExpired:
                _kill_group(proc.pid)
                proc.wait()
                print("soffice --convert-to timed out", file=sys.stderr)
                return 2
            pdf = src.with_suffix(".pdf")
            if proc.returncode != 0 or not pdf.is_file():
                print("soffice --convert-to failed (exit %s)" % proc.returncode, file=sys.stderr)
                return 2
            stem = docs / "page"
            subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(stem)], check=True, timeout=120)
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(stem.with_suffix(".png"), out)
            print("wrote", out)
        return 0
    finally:
        office.close()


if __name__ == "__main__":
    sys.exit(main())
