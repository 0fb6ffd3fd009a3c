#!/usr/bin/python3
"""Recalculation benchmark in one headless Calc: vnpolicy functions per cell and as array
formulas, side by side with the same arithmetic as native formulas, LibreOffice's own C++ add-in
functions (MROUND; EDATE, which reads the null date too; CUMIPMT_ADD, of six arguments) and a
Basic macro function.

    /usr/bin/python3 bench/calc_bench.py build/vnpolicy.oxt [--rows 100000] [--repeat 5]
    /usr/bin/python3 bench/calc_bench.py build/vnpolicy.oxt --startup 5   # start-up, with/without
    /usr/bin/python3 bench/calc_bench.py build/vnpolicy.oxt --only "MROUND (C++ add-in),Basic macro"

Each variant lives in a document of its own (one column of `rows` formulas over the same inputs;
per-cell formulas set in the first cell and filled down, array formulas entered once with
automatic calculation off — entering is slow, only the recalculation is timed). The variants are
then timed interleaved: `repeat` rounds, each round one hard recalculation (calculateAll) of every
document in turn, so drift of the machine hits every variant alike; the median per variant is
reported, also per row, and relative to MROUND (or EDATE for the functions that read the null
date). Not a test and not run by ctest or CI: it prints tables for BENCHMARKS.md.

--perf: after the timed rounds, perf samples soffice while each variant recalculates again and
reports the share of the time spent in the function's own library (vnpolicy.uno.so, or
LibreOffice's libanalysislo.so for MROUND, EDATE, CUMIPMT_ADD): the rest is Calc's add-in
mechanism (interpreter, argument marshalling, UNO bridge) that every add-in pays.

--startup N: N interleaved starts of soffice --headless (a warm profile with the .oxt installed,
and one without) until a new Calc document exists, and until a first add-in formula in it has
computed (the moment Calc loads its add-ins); the median of each.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))  # shared script helpers
import vnpolicy_office as vo  # noqa: E402

# Inputs per row: A cost, B required months, C served months, D start date, E end date.
# (label, formula of row 1 — or of the column with {n} rows when an array formula —, reference
# variant for the ratio, what it stands for)
VARIANTS = [
    ("native arithmetic", "=IF(C1>=B1;0;ROUND(A1*(B1-C1)/B1;0))", None,
     "COMPENSATION's case-3 arithmetic as plain Calc formulas"),
    ("MROUND (C++ add-in)", "=MROUND(A1;1000)", None, "LibreOffice's own add-in call, 2 args"),
    ("EDATE (C++ add-in)", "=EDATE(D1;C1)", None, "LibreOffice's own add-in, reads the null date"),
    # The mechanism's cost grows with the number of parameters, and Calc passes every declared
    # one (an omitted optional one as an empty any): COMPENSATION declares 5 to MROUND's 2. A
    # built-in of about that arity, without the document options:
    ("CUMIPMT_ADD (C++ add-in)", "=CUMIPMT_ADD(0.01;B1;A1;1;1;0)", None,
     "LibreOffice's own add-in, 6 args, no options, one period"),
    ("COMPENSATION", "=COMPENSATION(A1;B1;C1)", "MROUND (C++ add-in)", "vnpolicy, 3 arguments"),
    ("COMPENSATION 5 args", "=COMPENSATION(A1;B1;C1;3;\"BT2012\")", "MROUND (C++ add-in)",
     "with case and policy code"),
    ("COMMITMENT_MONTHS", "=COMMITMENT_MONTHS(C1)", "MROUND (C++ add-in)", "vnpolicy, 1 argument"),
    ("COMMITMENT_MONTHS code", "=COMMITMENT_MONTHS(C1;\"KH2023\";1)", "MROUND (C++ add-in)",
     "policy code folded"),
    ("SERVICE_MONTHS", "=SERVICE_MONTHS(D1;E1)", "EDATE (C++ add-in)",
     "vnpolicy, reads the null date"),
    ("BASE_WAGE", "=BASE_WAGE(D1)", "EDATE (C++ add-in)", "vnpolicy, null date, table look-up"),
    ("LOAN_TRANCHE", "=LOAN_TRANCHE(A1;1)", "MROUND (C++ add-in)", "vnpolicy, 2 arguments"),
    ("COMPENSATION_EXPLAIN", "=COMPENSATION_EXPLAIN(A1;B1;C1)", None, "vnpolicy, text result"),
    ("Basic macro", "=COMPBASIC(A1;B1;C1)", None, "the same arithmetic as a Basic function"),
    # Array formulas: one call for the whole column.
    ("{native arithmetic}", "{=IF(C1:C{n}>=B1:B{n};0;ROUND(A1:A{n}*(B1:B{n}-C1:C{n})/B1:B{n};0))}",
     "native arithmetic", "the native arithmetic as one array formula"),
    ("{COMPENSATION}", "{=COMPENSATION(A1:A{n};B1:B{n};C1:C{n})}", "native arithmetic",
     "vnpolicy array form, one call"),
    ("{COMMITMENT_MONTHS code}", "{=COMMITMENT_MONTHS(C1:C{n};\"KH2023\";1)}", "native arithmetic",
     "array form, code folded once per row"),
    ("{SERVICE_MONTHS}", "{=SERVICE_MONTHS(D1:D{n};E1:E{n})}", "native arithmetic",
     "array form, null date read once"),
    ("{BASE_WAGE}", "{=BASE_WAGE(D1:D{n})}", "native arithmetic", "array form"),
    ("{LOAN_TRANCHE}", "{=LOAN_TRANCHE(A1:A{n};1)}", "native arithmetic", "array form"),
]

# The built-in of about the same number of arguments, for the second ratio column.
LIKE = {
    "COMPENSATION": "CUMIPMT_ADD (C++ add-in)",
    "COMPENSATION 5 args": "CUMIPMT_ADD (C++ add-in)",
}

BASIC = """
Function COMPBASIC(f As Double, t1 As Double, t2 As Double) As Double
    If t2 >= t1 Then
        COMPBASIC = 0
    Else
        COMPBASIC = Round(f * (t1 - t2) / t1)
    End If
End Function
"""


def fill_inputs(sheet, rows: int) -> None:
    data = []
    for i in range(rows):
        t1 = 36 + 12 * (i % 10)
        data.append((float(10_000_000 + 1_000 * i), float(t1), float(i % 120),
                     float(40000 + i % 3000), float(42000 + i % 3000)))
    sheet.getCellRangeByName("A1:E%d" % rows).setDataArray(tuple(data))


def basic_document(office):
    """A document with the Basic function, reloaded so that its macro may run headless."""
    doc = office.create_calc()
    libs = doc.BasicLibraries  # Calc looks up Basic functions in the loaded Standard library
    if not libs.hasByName("Standard"):
        libs.createLibrary("Standard")
    libs.loadLibrary("Standard")
    libs.getByName("Standard").insertByName("Bench", BASIC)
    path = office.tmp / "docs" / "bench.ods"
    doc.storeToURL(path.as_uri(), (vo._prop("FilterName", "calc8"),))
    doc.close(True)
    office._docs.remove(doc)
    doc = office.desktop.loadComponentFromURL(
        path.as_uri(), "_blank", 0, (vo._prop("Hidden", True), vo._prop("MacroExecutionMode", 4)))
    office._docs.append(doc)
    return doc


def setup_variant(office, label: str, formula: str, rows: int):
    from com.sun.star.sheet.FillDirection import TO_BOTTOM
    doc = basic_document(office) if label == "Basic macro" else office.create_calc()
    sheet = doc.Sheets.getByIndex(0)
    fill_inputs(sheet, rows)
    target = sheet.getCellRangeByName("G1:G%d" % rows)
    t0 = time.perf_counter()
    if formula.startswith("{"):
        doc.enableAutomaticCalculation(False)
        target.setArrayFormula(formula[1:-1].replace("{n}", str(rows)))
        doc.enableAutomaticCalculation(True)
    else:
        sheet.getCellRangeByName("G1").setFormula(formula)
        target.fillAuto(TO_BOTTOM, 1)
    entered = time.perf_counter() - t0
    doc.calculateAll()  # warm-up: libraries loaded, caches filled
    for cell in ("G1", "G%d" % rows):
        if sheet.getCellRangeByName(cell).getError():
            raise RuntimeError("%s gives Err:%d in %s" % (
                formula, sheet.getCellRangeByName(cell).getError(), cell))
    return doc, entered


def soffice_pid(office) -> int:
    """The soffice.bin process of this office (the launcher execs or forks it)."""
    out = subprocess.run(["pgrep", "-f", "soffice.bin.*" + office._profile_url()],
                         capture_output=True, text=True, check=False).stdout.split()
    if not out:
        raise RuntimeError("no soffice.bin process found for the benchmark profile")
    return int(out[0])


def profile_table(office, docs, variants, rows: int, rounds: int = 5) -> None:
    """Where a recalculation's time goes, per variant: perf samples (cpu-clock) of soffice.bin
    during `rounds` hard recalculations, by shared object. The function's own library (vnpolicy
    or LibreOffice's analysis add-in) against everything else shows how much of a call is the
    function and how much is Calc's add-in mechanism."""
    pid = soffice_pid(office)
    print("| formula | samples | in the function's library | its µs per row | top shared objects |")
    print("| --- | ---: | ---: | ---: | --- |")
    for label, formula, _, _ in variants:
        data = office.tmp / ("perf-%d.data" % abs(hash(label)))
        rec = subprocess.Popen(["perf", "record", "-q", "-F", "2000", "-p", str(pid), "-o",
                                str(data)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)  # perf attached
        t0 = time.perf_counter()
        for _ in range(rounds):
            docs[label].calculateAll()
        elapsed = time.perf_counter() - t0
        rec.send_signal(signal.SIGINT)
        rec.wait(timeout=120)
        report = subprocess.run(["perf", "report", "-i", str(data), "--sort", "dso", "--stdio",
                                 "--percent-limit", "0.5"], capture_output=True, text=True,
                                check=False).stdout
        shares = []
        total = 0
        for line in report.splitlines():
            if line.startswith("# Samples:"):
                total = line.split()[2]
            parts = line.split()
            if len(parts) >= 2 and parts[0].endswith("%") and not line.startswith("#"):
                shares.append((float(parts[0].rstrip("%")), parts[-1]))
        own = sum(p for p, dso in shares if "vnpolicy" in dso or "analysis" in dso)
        top = ", ".join("%s %.0f %%" % (dso, p) for p, dso in shares[:4])
        print("| `%s` | %s | %.1f %% | %.3f | %s |" % (
            formula.replace("{n}", str(rows)), total, own,
            own / 100 * elapsed / rounds / rows * 1e6, top), flush=True)
        data.unlink(missing_ok=True)


def recalc_table(oxt: str, rows: int, repeat: int, only: set[str] | None,
                 perf: bool = False) -> None:
    variants = [v for v in VARIANTS if (v[0] in only if only else v[0] != "Basic macro")]
    with vo.Office(oxt=oxt, timeout=7200) as office:
        docs = {}
        for label, formula, _, _ in variants:
            docs[label], entered = setup_variant(office, label, formula, rows)
            print("set up %-26s (entering the formulas: %.1f s)" % (label, entered),
                  file=sys.stderr, flush=True)
        times: dict[str, list[float]] = {label: [] for label, _, _, _ in variants}
        for rnd in range(repeat):
            for label, _, _, _ in variants:
                t0 = time.perf_counter()
                docs[label].calculateAll()
                times[label].append(time.perf_counter() - t0)
            print("round %d/%d done" % (rnd + 1, repeat), file=sys.stderr, flush=True)
        med = {label: statistics.median(t) for label, t in times.items()}
        print("rows: %d, rounds: %d (median of interleaved hard recalculations, one soffice)"
              % (rows, repeat))
        print()
        print("| formula | what | median s | µs per row | min–max s | vs | vs a built-in of its arity |")
        print("| --- | --- | ---: | ---: | ---: | --- | --- |")

        def ratio(label: str, ref: str | None) -> str:
            """Median over median, and in brackets fastest round over fastest round (noise on
            a shared machine only adds time, so the minima are the other fair estimate)."""
            if not ref or ref not in med:
                return ""
            return "%.2f × %s (min %.2f)" % (med[label] / med[ref], ref.split(" (")[0],
                                            min(times[label]) / min(times[ref]))

        for label, formula, ref, what in variants:
            shown = formula.replace("{n}", str(rows))
            print("| `%s` | %s | %.3f | %.2f | %.3f–%.3f | %s | %s |" % (
                shown, what, med[label], med[label] / rows * 1e6, min(times[label]),
                max(times[label]), ratio(label, ref), ratio(label, LIKE.get(label))), flush=True)
        if perf:
            print()
            profile_table(office, docs, variants, rows)


def start_once(office) -> tuple[float, float]:
    """Seconds from starting soffice on office's (warm) profile to a new Calc document, and to
    the first add-in formula computed in it (=MROUND(7;2): Calc then instantiates every
    com.sun.star.sheet.AddIn service, vnpolicy's included, and reads their function lists)."""
    t0 = time.perf_counter()
    office._start_soffice()
    doc = office.create_calc()
    to_doc = time.perf_counter() - t0
    cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
    cell.setFormula("=MROUND(7;2)")
    if cell.getValue() != 8:
        raise RuntimeError("=MROUND(7;2) gave %r" % cell.getValue())
    elapsed = (to_doc, time.perf_counter() - t0)
    doc.close(True)
    office._docs.remove(doc)
    try:
        office.desktop.terminate()
    except Exception:  # noqa: BLE001 - terminate() drops the bridge
        pass
    try:
        office.proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        office._kill()
    return elapsed


def startup_table(oxt: str, repeat: int) -> None:
    with_oxt = vo.Office(oxt=oxt, timeout=3600)
    without = vo.Office(oxt=None, timeout=3600)
    try:
        with_oxt._make_tmp()
        with_oxt._install_oxt()
        without._make_tmp()
        without._init_profile()
        for o in (with_oxt, without):  # first start: registries written, caches warm
            start_once(o)
        times = {"with vnpolicy.oxt": [], "without": []}
        for _ in range(repeat):
            times["with vnpolicy.oxt"].append(start_once(with_oxt))
            times["without"].append(start_once(without))
        print("| profile | start to a new Calc document: median s (min–max) "
              "| start to the first add-in formula computed: median s (min–max) |")
        print("| --- | ---: | ---: |")
        for label, t in times.items():
            doc_t = [a for a, _ in t]
            fml_t = [b for _, b in t]
            print("| %s | %.2f (%.2f–%.2f) | %.2f (%.2f–%.2f) |" % (
                label, statistics.median(doc_t), min(doc_t), max(doc_t),
                statistics.median(fml_t), min(fml_t), max(fml_t)))
    finally:
        with_oxt.close()
        without.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("oxt")
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", help="comma-separated labels to run (the Basic macro variant, "
                    "slow, runs only when named here)")
    ap.add_argument("--perf", action="store_true",
                    help="also profile soffice (perf, cpu-clock) while each variant recalculates "
                    "and report the share of time in the function's own library")
    ap.add_argument("--startup", type=int, metavar="N",
                    help="measure N start-ups with and without the .oxt instead")
    args = ap.parse_args()
    if args.startup:
        startup_table(args.oxt, args.startup)
    else:
        recalc_table(args.oxt, args.rows, args.repeat,
                     set(args.only.split(",")) if args.only else None, args.perf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
