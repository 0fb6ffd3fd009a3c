#!/usr/bin/python3
"""Writes the golden spreadsheets of the headless-Calc tests from the case tables below.

    /usr/bin/python3 tests/integration/make_golden.py      # rewrites tests/integration/golden/*.fods
    /usr/bin/python3 tests/integration/make_golden.py --out-dir DIR   # writes them under DIR

The .fods files are committed; this script is how they are kept tidy and reviewed. Each case is
one row an accountant can read in Calc:

    Rule | What is tested | Formula (text) | Result (live formula) | Expected | OK | Input 1 | Input 2

OK is a formula comparing Result and Expected (TRUE/FALSE). The runner (calc_check.py) knows
nothing about individual cases: it recalculates and reads the OK column, and checks that an
Expected of "Err:502" is really error 502 in the Result cell.

Expected values are written by hand from ../../../shared/spec/FUNCTIONS.md and POLICY.md, never
computed here. Kinds of check:
    eq    Result is a number equal to Expected
    err   Result is the Calc error named in Expected ("Err:502")
    has   Result is text containing Expected (case-sensitive)
    hasci Result is text containing Expected (any case)
    text  Result is non-empty text (an explanation of bad input)
Formulas may use {r} for their own row number (to reference Input 1 = G{r}, Input 2 = H{r}).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
from fods_writer import Cell, Sheet, out_dir, write_fods  # noqa: E402

E502 = "Err:502"
D = date

# (rule, what, formula, kind, expected, input1, input2)
COMPENSATION = [
    ("BT.16.2c", "worked example of Điều 16: F=50,000,000, T1=108, T2=36 → 50,000,000/108×72",
     "=COMPENSATION(50000000;108;36)", "eq", 33333333),
    ("BT.16.2c", "case 3 given explicitly", "=COMPENSATION(50000000;108;36;3)", "eq", 33333333),
    ("BT.16.2c", "case 3, policy BT2012 given explicitly",
     "=COMPENSATION(50000000;108;36;3;\"BT2012\")", "eq", 33333333),
    ("BT.16.2c", "quit right after graduating (T2=0): everything", "=COMPENSATION(50000000;108;0)",
     "eq", 50000000),
    ("BT.16.2c", "served exactly the commitment (T2=T1): nothing", "=COMPENSATION(50000000;108;108)",
     "eq", 0),
    ("BT.16.2c", "served more than the commitment (T2>T1): nothing",
     "=COMPENSATION(50000000;108;120)", "eq", 0),
    ("BT.16.2c", "money rounded half away from zero: 1,000,001/2×1 = 500,000.5",
     "=COMPENSATION(1000001;2;1)", "eq", 500001),
    ("BT.16.2c", "money rounded: 100/3×2 = 66.67", "=COMPENSATION(100;3;1)", "eq", 67),
    ("BT.16.2c", "months rounded half-up: T1 107.5 → 108", "=COMPENSATION(50000000;107.5;36)",
     "eq", 33333333),
    ("BT.16.2c", "months rounded half-up: T2 35.5 → 36", "=COMPENSATION(50000000;108;35.5)",
     "eq", 33333333),
    ("BT.16.2c", "months rounded: T2 35.4 → 35 → 50,000,000/108×73 = 33,796,296.3",
     "=COMPENSATION(50000000;108;35.4)", "eq", 33796296),
    ("BT.16.2b", "case 2 (no diploma) under BT2012: 50 %", "=COMPENSATION(50000000;108;36;2)",
     "eq", 25000000),
    ("BT.16.2b", "case 2: months are ignored (0 and 0 allowed)", "=COMPENSATION(50000000;0;0;2)",
     "eq", 25000000),
    ("BT.16.2a", "case 1 (left during training): 100 %", "=COMPENSATION(50000000;108;36;1)",
     "eq", 50000000),
    ("BT.16.2a", "case 1: months are ignored (0 and 0 allowed)", "=COMPENSATION(50000000;0;0;1)",
     "eq", 50000000),
    ("KH.5.1a", "KH2023 case 3: 60,000,000×(72−24)/72", "=COMPENSATION(60000000;72;24;3;\"KH2023\")",
     "eq", 40000000),
    ("KH.5.1a", "KH2023 worked example numbers", "=COMPENSATION(50000000;108;36;3;\"KH2023\")",
     "eq", 33333333),
    ("KH.5 Reading", "KH2023 case 2 (no diploma): 100 %", "=COMPENSATION(50000000;108;36;2;\"KH2023\")",
     "eq", 50000000),
    ("KH.5.1b", "KH2023 case 1: all support paid", "=COMPENSATION(50000000;108;36;1;\"KH2023\")",
     "eq", 50000000),
    ("codes", "policy code in lower case", "=COMPENSATION(50000000;108;36;2;\"kh2023\")", "eq", 50000000),
    ("codes", "policy code with a space", "=COMPENSATION(50000000;108;36;2;\"KH 2023\")", "eq", 50000000),
    ("codes", "policy code with a hyphen", "=COMPENSATION(50000000;108;36;2;\"kh-2023\")", "eq", 50000000),
    ("codes", "policy code with a dot and underscore", "=COMPENSATION(50000000;108;36;2;\"K.H_2023\")",
     "eq", 50000000),
    ("codes", "policy code with surrounding spaces", "=COMPENSATION(50000000;108;36;2;\" bt2012 \")",
     "eq", 25000000),
    ("inputs", "cost from a cell (Input 1)", "=COMPENSATION(G{r};108;36)", "eq", 33333333, 50000000),
    ("bad input", "negative cost", "=COMPENSATION(-1;108;36)", "err", E502),
    ("bad input", "negative required months", "=COMPENSATION(50000000;-108;36)", "err", E502),
    ("bad input", "negative served months", "=COMPENSATION(50000000;108;-1)", "err", E502),
    ("bad input", "negative months in case 1 (months must still be ≥ 0)",
     "=COMPENSATION(50000000;108;-1;1)", "err", E502),
    ("bad input", "text where the cost should be", "=COMPENSATION(\"abc\";108;36)", "err", E502),
    ("bad input", "text cell where the cost should be (Input 1)", "=COMPENSATION(G{r};108;36)", "err",
     E502, "năm mươi triệu"),
    ("bad input", "text where months should be", "=COMPENSATION(50000000;\"108\";36)", "err", E502),
    ("bad input", "unknown policy XYZ", "=COMPENSATION(50000000;108;36;3;\"XYZ\")", "err", E502),
    ("bad input", "ST2023 is not a compensation policy", "=COMPENSATION(50000000;108;36;3;\"ST2023\")",
     "err", E502),
    ("bad input", "case 4 does not exist", "=COMPENSATION(50000000;108;36;4)", "err", E502),
    ("bad input", "case 0 does not exist", "=COMPENSATION(50000000;108;36;0)", "err", E502),
    ("bad input", "case 1.5 is not a case", "=COMPENSATION(50000000;108;36;1.5)", "err", E502),
    ("bad input", "case given as text", "=COMPENSATION(50000000;108;36;\"three\")", "err", E502),
    ("BT.16.2c", "commitment of 0 months in case 3 is an error, not 'nothing owed'",
     "=COMPENSATION(50000000;0;0)", "err", E502),
    ("KH.5.1a", "commitment of 0 months in case 3 (KH2023)",
     "=COMPENSATION(50000000;0;0;3;\"KH2023\")", "err", E502),
    ("bad input", "missing required Cost", "=COMPENSATION(;108;36)", "err", E502),
    ("bad input", "missing required ServedMonths", "=COMPENSATION(50000000;108;)", "err", E502),
]

# KH.5 by beneficiary group: [Group] comes last (added after the first release).
KH_GROUPS = [
    ("KH.5.2", "group 3: 80,000,000×(72−31)/72", "=COMPENSATION(80000000;72;31;3;\"KH2023\";3)", "eq",
     45555556),
    ("KH.5.2", "group 2: 60,000,000×(60−24)/60", "=COMPENSATION(60000000;60;24;3;\"KH2023\";2)", "eq",
     36000000),
    ("KH.5.3", "group 4: 120,000,000×(60−45)/60", "=COMPENSATION(120000000;60;45;3;\"KH2023\";4)", "eq",
     30000000),
    ("KH.5.4", "group 5, case left out: 250,000,000×1/60", "=COMPENSATION(250000000;60;59;;\"KH2023\";5)",
     "eq", 4166667),
    ("KH.5.1a", "group 1 given = group left out", "=COMPENSATION(60000000;72;24;3;\"KH2023\";1)", "eq",
     40000000),
    ("KH.5.1b", "group 1 case 1: all support paid", "=COMPENSATION(50000000;108;36;1;\"KH2023\";1)", "eq",
     50000000),
    ("KH.5", "group from a cell (Input 1)", "=COMPENSATION(80000000;72;31;3;\"KH2023\";G{r})", "eq",
     45555556, 3),
    ("BT.16.2b", "BT2012 ignores Group", "=COMPENSATION(50000000;108;36;2;\"BT2012\";4)", "eq", 25000000),
    ("bad input", "group 3 has no case 1 (KH.5)", "=COMPENSATION(80000000;72;31;1;\"KH2023\";3)", "err",
     E502),
    ("bad input", "group 4 has no case 2 (KH.5)", "=COMPENSATION(80000000;72;31;2;\"KH2023\";4)", "err",
     E502),
    ("bad input", "group 6 does not exist", "=COMPENSATION(80000000;72;31;3;\"KH2023\";6)", "err", E502),
    ("bad input", "BT2012 with group 0", "=COMPENSATION(50000000;108;36;3;\"BT2012\";0)", "err", E502),
    ("KH.5.2", "explained under Điều 5 khoản 2",
     "=COMPENSATION_EXPLAIN(80000000;72;31;3;\"KH2023\";\"vi\";3)", "has", "Điều 5 khoản 2,"),
    ("KH.5.2", "explanation says what A is", "=COMPENSATION_EXPLAIN(80000000;72;31;3;\"KH2023\";\"en\";3)",
     "has", "A is the allowance received"),
    ("KH.5.3", "group 4 explained under Article 5(3)(b)",
     "=COMPENSATION_EXPLAIN(120000000;60;45;3;\"KH2023\";\"en\";4)", "has", "Article 5(3)(b)"),
    ("KH.5.4", "group 5 explained under Điều 5 khoản 4",
     "=COMPENSATION_EXPLAIN(250000000;60;59;3;\"KH2023\";;5)", "has", "Điều 5 khoản 4 điểm b"),
    ("KH.5", "case 1 for group 3: the reason", "=COMPENSATION_EXPLAIN(80000000;72;31;1;\"KH2023\";\"en\";3)",
     "has", "group 3 has only case 3"),
]

COMMITMENT_MONTHS = [
    ("BT.1d, BT.15.3", "3 × training time (36 months → 108)", "=COMMITMENT_MONTHS(36)", "eq", 108),
    ("BT.1d", "BT2012 given explicitly", "=COMMITMENT_MONTHS(36;\"BT2012\")", "eq", 108),
    ("BT.1d", "24 months training", "=COMMITMENT_MONTHS(24)", "eq", 72),
    ("BT.16.2c", "training months rounded half-up: 35.5 → 36", "=COMMITMENT_MONTHS(35.5)", "eq", 108),
    ("BT.16.2c", "training months rounded: 12.4 → 12", "=COMMITMENT_MONTHS(12.4)", "eq", 36),
    ("KH.3", "KH2023 group 1: 2 × training time", "=COMMITMENT_MONTHS(24;\"KH2023\";1)", "eq", 48),
    ("KH.3", "KH2023 group defaults to 1", "=COMMITMENT_MONTHS(24;\"KH2023\")", "eq", 48),
    ("KH.3", "KH2023 group 2: 60 months", "=COMMITMENT_MONTHS(24;\"KH2023\";2)", "eq", 60),
    ("KH.3", "KH2023 group 3: 72 months", "=COMMITMENT_MONTHS(24;\"KH2023\";3)", "eq", 72),
    ("KH.3", "KH2023 group 4: 60 months", "=COMMITMENT_MONTHS(24;\"KH2023\";4)", "eq", 60),
    ("KH.3", "KH2023 group 5: 60 months", "=COMMITMENT_MONTHS(24;\"KH2023\";5)", "eq", 60),
    ("KH.3", "groups 2–5 ignore the training time", "=COMMITMENT_MONTHS(6;\"KH2023\";3)", "eq", 72),
    ("codes", "policy code folded: \"kh 2023\"", "=COMMITMENT_MONTHS(24;\"kh 2023\";1)", "eq", 48),
    ("codes", "policy code folded: \"Kh-2023\"", "=COMMITMENT_MONTHS(24;\"Kh-2023\";3)", "eq", 72),
    ("codes", "policy code folded: \"bt.2012\"", "=COMMITMENT_MONTHS(36;\"bt.2012\")", "eq", 108),
    ("bad input", "negative training months", "=COMMITMENT_MONTHS(-1)", "err", E502),
    ("bad input", "text training months", "=COMMITMENT_MONTHS(\"abc\")", "err", E502),
    ("bad input", "missing training months", "=COMMITMENT_MONTHS(;\"BT2012\")", "err", E502),
    ("bad input", "unknown policy XYZ", "=COMMITMENT_MONTHS(36;\"XYZ\")", "err", E502),
    ("bad input", "ST2023 has no commitment rule", "=COMMITMENT_MONTHS(36;\"ST2023\")", "err", E502),
    ("bad input", "group 0 does not exist", "=COMMITMENT_MONTHS(24;\"KH2023\";0)", "err", E502),
    ("bad input", "group 6 does not exist", "=COMMITMENT_MONTHS(24;\"KH2023\";6)", "err", E502),
    ("bad input", "group 1.5 is not a group", "=COMMITMENT_MONTHS(24;\"KH2023\";1.5)", "err", E502),
]

# Date cases: written once, put in both documents (null date 1899-12-30 and 1904-01-01).
SERVICE_MONTHS = [
    ("BT.16.2c", "contract example: 36 months + 15 days → 37", "=SERVICE_MONTHS(DATE(2020;1;15);DATE(2023;1;30))",
     "eq", 37),
    ("BT.16.2c", "remainder of 14 days is dropped → 36", "=SERVICE_MONTHS(DATE(2020;1;15);DATE(2023;1;29))",
     "eq", 36),
    ("BT.16.2c", "remainder of 15 days counts (Rounding 0 given)",
     "=SERVICE_MONTHS(DATE(2020;1;15);DATE(2023;1;30);0)", "eq", 37),
    ("BT.16.2c", "Rounding 1 (down): 15 days dropped", "=SERVICE_MONTHS(DATE(2020;1;15);DATE(2023;1;30);1)",
     "eq", 36),
    ("BT.16.2c", "Rounding 2 (up): 1 day counts", "=SERVICE_MONTHS(DATE(2020;1;15);DATE(2023;1;16);2)",
     "eq", 37),
    ("BT.16.2c", "Rounding 2 (up): no remainder, no extra month",
     "=SERVICE_MONTHS(DATE(2020;1;15);DATE(2023;1;15);2)", "eq", 36),
    ("BT.16.2c", "same day: 0 months", "=SERVICE_MONTHS(DATE(2023;5;10);DATE(2023;5;10))", "eq", 0),
    ("BT.16.2c", "31 Jan + 1 month = end of February", "=SERVICE_MONTHS(DATE(2023;1;31);DATE(2023;2;28))",
     "eq", 1),
    ("BT.16.2c", "31 Jan → 29 Feb in a leap year", "=SERVICE_MONTHS(DATE(2024;1;31);DATE(2024;2;29))",
     "eq", 1),
    ("BT.16.2c", "31 Jan → 27 Feb: 27 days ≥ 15 → 1", "=SERVICE_MONTHS(DATE(2023;1;31);DATE(2023;2;27))",
     "eq", 1),
    ("BT.16.2c", "31 Jan → 27 Feb, Rounding 1 → 0", "=SERVICE_MONTHS(DATE(2023;1;31);DATE(2023;2;27);1)",
     "eq", 0),
    ("BT.16.2c", "31 Jan → 30 Mar: 1 month (to 28 Feb) + 30 days → 2",
     "=SERVICE_MONTHS(DATE(2023;1;31);DATE(2023;3;30))", "eq", 2),
    ("BT.16.2c", "29 Feb 2020 → 28 Feb 2021: 12 months", "=SERVICE_MONTHS(DATE(2020;2;29);DATE(2021;2;28))",
     "eq", 12),
    ("BT.16.2c", "dates from date cells (Input 1, Input 2)", "=SERVICE_MONTHS(G{r};H{r})", "eq", 37,
     D(2020, 1, 15), D(2023, 1, 30)),
    ("BT.16.2c", "date cells, 14-day remainder", "=SERVICE_MONTHS(G{r};H{r})", "eq", 36,
     D(2020, 1, 15), D(2023, 1, 29)),
    ("BT.16.2c", "date cells before 1904 (negative serials in a 1904 document)", "=SERVICE_MONTHS(G{r};H{r})", "eq", 12,
     D(1903, 12, 1), D(1904, 12, 1)),
    ("bad input", "end date before start date", "=SERVICE_MONTHS(DATE(2023;1;30);DATE(2020;1;15))", "err", E502),
    ("bad input", "Rounding 3 does not exist", "=SERVICE_MONTHS(DATE(2020;1;15);DATE(2023;1;30);3)", "err", E502),
    ("bad input", "Rounding −1 does not exist", "=SERVICE_MONTHS(DATE(2020;1;15);DATE(2023;1;30);-1)", "err", E502),
    ("bad input", "a date typed as text", "=SERVICE_MONTHS(\"15/01/2020\";DATE(2023;1;30))", "err", E502),
    ("bad input", "missing end date", "=SERVICE_MONTHS(DATE(2020;1;15);)", "err", E502),
]

BASE_WAGE = [
    ("BASE WAGE", "contract example: 1 Dec 2012", "=BASE_WAGE(DATE(2012;12;1))", "eq", 1050000),
    ("BASE WAGE", "first row: 1 Jan 2008", "=BASE_WAGE(DATE(2008;1;1))", "eq", 540000),
    ("BASE WAGE", "day before a row: 30 Apr 2009", "=BASE_WAGE(DATE(2009;4;30))", "eq", 540000),
    ("BASE WAGE", "first day of a row: 1 May 2009", "=BASE_WAGE(DATE(2009;5;1))", "eq", 650000),
    ("BASE WAGE", "30 Jun 2013 (still 1,050,000)", "=BASE_WAGE(DATE(2013;6;30))", "eq", 1050000),
    ("BASE WAGE", "1 Jul 2013 (renamed base wage)", "=BASE_WAGE(DATE(2013;7;1))", "eq", 1150000),
    ("BASE WAGE", "30 Jun 2024 (Nghị định 24/2023)", "=BASE_WAGE(DATE(2024;6;30))", "eq", 1800000),
    ("BASE WAGE", "1 Jul 2024 (Nghị định 73/2024)", "=BASE_WAGE(DATE(2024;7;1))", "eq", 2340000),
    ("BASE WAGE", "30 Jun 2026 (still Nghị định 73/2024)", "=BASE_WAGE(DATE(2026;6;30))", "eq", 2340000),
    ("BASE WAGE", "1 Jul 2026 (Nghị định 161/2026)", "=BASE_WAGE(DATE(2026;7;1))", "eq", 2530000),
    ("BASE WAGE", "date cell, 1 Aug 2026", "=BASE_WAGE(G{r})", "eq", 2530000, D(2026, 8, 1)),
    ("BASE WAGE", "date cell, 30 Jun 2026", "=BASE_WAGE(G{r})", "eq", 2340000, D(2026, 6, 30)),
    ("BASE WAGE", "after the last row: the last amount", "=BASE_WAGE(DATE(2030;1;1))", "eq", 2530000),
    ("BASE WAGE", "date from a date cell (Input 1)", "=BASE_WAGE(G{r})", "eq", 2340000, D(2024, 7, 1)),
    ("BASE WAGE", "date cell, 30 Jun 2024", "=BASE_WAGE(G{r})", "eq", 1800000, D(2024, 6, 30)),
    ("BASE WAGE", "date cell, 1 May 2016", "=BASE_WAGE(G{r})", "eq", 1210000, D(2016, 5, 1)),
    ("BASE WAGE", "before the first row (31 Dec 2007): no wage", "=BASE_WAGE(DATE(2007;12;31))", "err", E502),
    ("BASE WAGE", "date cell before the first row", "=BASE_WAGE(G{r})", "err", E502, D(2007, 12, 31)),
    ("bad input", "a date typed as text", "=BASE_WAGE(\"01/12/2012\")", "err", E502),
]

# Nghị định 161/2026/NĐ-CP: 2,530,000 from 1 Jul 2026. Every function that uses the base wage, on
# both sides of the change (in both null-date documents).
WAGE_2026 = [
    ("BT.2.2a", "SUPPORT_LEVEL 30 Jun 2026: 45 × 2,340,000", "=SUPPORT_LEVEL(\"TS\";DATE(2026;6;30))", "eq",
     105300000),
    ("BT.2.2a", "SUPPORT_LEVEL 1 Jul 2026: 45 × 2,530,000", "=SUPPORT_LEVEL(\"TS\";DATE(2026;7;1))", "eq",
     113850000),
    ("BT.2.4", "SUPPORT_LEVEL date cell 1 Aug 2026: 25 × 2,530,000 + 5,000,000",
     "=SUPPORT_LEVEL(\"ThS\";G{r};;TRUE())", "eq", 68250000, D(2026, 8, 1)),
    ("BT.4.2a", "phase 1, decided 15 Jun 2026: 50 % × 25 × 2,340,000",
     "=SUPPORT_INSTALLMENT(\"ThS\";G{r};H{r};1)", "eq", 29250000, D(2026, 6, 15), D(2028, 6, 1)),
    ("BT.4.2b", "phase 2, diploma 1 Jun 2028: 25 × 2,530,000 − 29,250,000",
     "=SUPPORT_INSTALLMENT(\"ThS\";G{r};H{r};2)", "eq", 34000000, D(2026, 6, 15), D(2028, 6, 1)),
    ("KH.5.3", "INCOME_TOPUP 30 Jun 2026: 5 × 2,340,000 − 8,000,000",
     "=INCOME_TOPUP(8000000;4;DATE(2026;6;30))", "eq", 3700000),
    ("KH.5.3", "INCOME_TOPUP 1 Jul 2026: 5 × 2,530,000 − 8,000,000",
     "=INCOME_TOPUP(8000000;4;DATE(2026;7;1))", "eq", 4650000),
    ("KH.5.4", "INCOME_TOPUP date cell 1 Jul 2026: 10 × 2,530,000 − 20,000,000",
     "=INCOME_TOPUP(20000000;5;G{r})", "eq", 5300000, D(2026, 7, 1)),
    ("BASE WAGE", "SUPPORT_EXPLAIN names 2,530,000 and its decree",
     "=SUPPORT_EXPLAIN(\"TS\";DATE(2026;7;1);;;\"en\")", "has", "2,530,000 dong (minimum / base wage on "
     "2026-07-01, Nghị định 161/2026/NĐ-CP)"),
    ("meta.reviewed", "after the review date it says so", "=SUPPORT_EXPLAIN(\"TS\";DATE(2027;3;1))", "has",
     "bảng lương rà soát đến 01/12/2026"),
]

EXPLAIN = [
    ("BT.16.2c", "Vietnamese (default) shows the amount 33.333.333",
     "=COMPENSATION_EXPLAIN(50000000;108;36)", "has", "33.333.333"),
    ("BT.16.2c", "Vietnamese given explicitly", "=COMPENSATION_EXPLAIN(50000000;108;36;3;\"BT2012\";\"vi\")",
     "has", "33.333.333"),
    ("BT.16.2c", "English shows the amount 33,333,333",
     "=COMPENSATION_EXPLAIN(50000000;108;36;3;\"BT2012\";\"en\")", "has", "33,333,333"),
    ("codes", "language code folded: \"EN\"", "=COMPENSATION_EXPLAIN(50000000;108;36;3;\"BT2012\";\"EN\")",
     "has", "33,333,333"),
    ("BT.16.2c", "cites decision 49/2012", "=COMPENSATION_EXPLAIN(50000000;108;36)", "has", "49/2012"),
    ("BT.16.2b", "case 2 in Vietnamese: 25.000.000", "=COMPENSATION_EXPLAIN(50000000;108;36;2)", "has",
     "25.000.000"),
    ("KH.5.1a", "KH2023 case 3 in English: 40,000,000",
     "=COMPENSATION_EXPLAIN(60000000;72;24;3;\"KH2023\";\"en\")", "has", "40,000,000"),
    ("bad input", "negative cost: the reason, as text", "=COMPENSATION_EXPLAIN(-1;108;36)", "text", "(text)"),
    ("bad input", "negative served months, in English", "=COMPENSATION_EXPLAIN(50000000;108;-1;3;\"BT2012\";\"en\")",
     "text", "(text)"),
    ("bad input", "text where the cost should be", "=COMPENSATION_EXPLAIN(\"abc\";108;36)", "text", "(text)"),
    ("bad input", "unknown policy XYZ", "=COMPENSATION_EXPLAIN(50000000;108;36;3;\"XYZ\")", "text", "(text)"),
    ("bad input", "ST2023 is not a compensation policy",
     "=COMPENSATION_EXPLAIN(50000000;108;36;3;\"ST2023\")", "text", "(text)"),
    ("bad input", "case 4", "=COMPENSATION_EXPLAIN(50000000;108;36;4)", "text", "(text)"),
    ("bad input", "commitment 0 in case 3", "=COMPENSATION_EXPLAIN(50000000;0;0)", "text", "(text)"),
    # Cost is a required argument: Calc refuses an empty one before the add-in is reached
    # (FUNCTIONS.md "Required and optional arguments"), so there is nothing to explain.
    ("bad input", "empty required Cost: Calc's error, not an explanation",
     "=COMPENSATION_EXPLAIN(;108;36)", "err", E502),
    ("bad input", "language \"fr\" is the one error an explanation cannot explain",
     "=COMPENSATION_EXPLAIN(50000000;108;36;3;\"BT2012\";\"fr\")", "err", E502),
    ("bad input", "language \"fr\" with bad input too", "=COMPENSATION_EXPLAIN(-1;108;36;3;\"BT2012\";\"fr\")",
     "err", E502),
]

POLICY_INFO = [
    ("—", "is text naming the add-in", "=POLICY_INFO()", "hasci", "vnpolicy"),
    ("BASE WAGE", "mentions the start of the policy data (2008)", "=POLICY_INFO()", "has", "2008"),
    ("BASE WAGE", "names the last base-wage row", "=POLICY_INFO()", "has", "base wage 2,530,000 from 2026-07-01"),
    ("—", "names the review date of the data", "=POLICY_INFO()", "has", "policy data reviewed 2026-12-01"),
]

# VND_TEXT (FUNCTIONS.md "Text"): the words, exactly (kind "same": EXACT text).
VND_TEXT = [
    ("Text", "contract example", "=VND_TEXT(33333333)", "same",
     "Ba mươi ba triệu ba trăm ba mươi ba nghìn ba trăm ba mươi ba đồng"),
    ("Text", "contract example: không trăm linh năm nghìn", "=VND_TEXT(1005000)", "same",
     "Một triệu không trăm linh năm nghìn đồng"),
    ("Text", "zero", "=VND_TEXT(0)", "same", "Không đồng"),
    ("Text", "mốt after mươi, bốn not tư", "=VND_TEXT(21;0)", "same", "Hai mươi mốt đồng"),
    ("Text", "lăm after mười", "=VND_TEXT(15)", "same", "Mười lăm đồng"),
    ("Text", "linh năm, not lăm, after trăm", "=VND_TEXT(105)", "same", "Một trăm linh năm đồng"),
    ("Text", "style 1: ngàn, lẻ", "=VND_TEXT(1005000;1)", "same",
     "Một triệu không trăm lẻ năm ngàn đồng"),
    ("Text", "zero groups skipped", "=VND_TEXT(1000000000)", "same", "Một tỷ đồng"),
    ("Text", "nghìn tỷ", "=VND_TEXT(1005000000000)", "same",
     "Một nghìn không trăm linh năm tỷ đồng"),
    ("Text", "negative: Âm", "=VND_TEXT(-24)", "same", "Âm hai mươi bốn đồng"),
    ("Text", "rounded half away from zero: -0.5", "=VND_TEXT(-0.5)", "same", "Âm một đồng"),
    ("Text", "an amount from a cell (Input 1)", "=VND_TEXT(G{r})", "same",
     "Ba mươi ba triệu ba trăm ba mươi ba nghìn ba trăm ba mươi ba đồng", 33333333),
    ("Text", "the amount of a computation", "=VND_TEXT(COMPENSATION(50000000;108;36;2))", "same",
     "Hai mươi lăm triệu đồng"),
    ("bad input", "10^15 is too large", "=VND_TEXT(10^15)", "err", E502),
    ("bad input", "style 2", "=VND_TEXT(1;2)", "err", E502),
    ("bad input", "text amount", "=VND_TEXT(\"1000\")", "err", E502),
    ("bad input", "missing amount", "=VND_TEXT(;1)", "err", E502),
]

OK_FORMULA = {
    "same": "=IF(ISTEXT(D{r});EXACT(D{r};E{r});FALSE())",
    "eq": "=IF(ISNUMBER(D{r});D{r}=E{r};FALSE())",
    "err": "=IF(ISERROR(D{r});\"Err:\"&ERRORTYPE(D{r})=E{r};FALSE())",
    "has": "=IF(ISTEXT(D{r});ISNUMBER(FIND(E{r};D{r}));FALSE())",
    "hasci": "=IF(ISTEXT(D{r});ISNUMBER(SEARCH(E{r};D{r}));FALSE())",
    "text": "=IF(ISTEXT(D{r});LEN(D{r})>0;FALSE())",
}

# The runner's own tests, on LibreOffice's built-in functions (no add-in needed).
SELFTEST_OK = [
    ("runner", "a number (MROUND, itself an add-in function of LibreOffice)", "=MROUND(10;3)", "eq", 9),
    ("runner", "an error: division by zero is Err:532", "=1/0", "err", "Err:532"),
    ("runner", "text containing", "=\"Bồi hoàn \"&TEXT(1;\"0\")", "has", "hoàn 1"),
    ("runner", "text containing, any case", "=\"VNPOLICY 0.1\"", "hasci", "vnpolicy"),
    ("runner", "any text", "=REPT(\"x\";3)", "text", "(text)"),
    ("runner", "date cells (Input 1, Input 2)", "=EDATE(G{r};1)-H{r}", "eq", 0, D(2023, 1, 31),
     D(2023, 2, 28)),
]
SELFTEST_FAIL = [
    ("runner", "wrong number on purpose", "=MROUND(10;3)", "eq", 10),
    ("runner", "an error expected, a number given", "=MROUND(10;3)", "err", E502),
    ("runner", "the wrong error", "=1/0", "err", E502),
    ("runner", "text missing", "=\"abc\"", "has", "xyz"),
    ("runner", "not text", "=1", "text", "(text)"),
]

HEADER = ["Rule", "What is tested", "Formula", "Result", "Expected", "OK", "Input 1", "Input 2"]
WIDTHS = [2.6, 8.5, 9.5, 6.0, 3.2, 1.6, 2.6, 2.6]
FIRST_CASE_ROW = 6


def case_sheet(name: str, about: str, cases, extra_rows=()) -> Sheet:
    sheet = Sheet(name, WIDTHS)
    sheet.add(Cell("vnpolicy — %s" % name, style="title", span=6))
    sheet.add(Cell(about, style="subtitle", span=8))
    rows = list(cases) + list(extra_rows)
    last = FIRST_CASE_ROW + len(rows) - 1
    sheet.add(Cell("All cases OK:", style="total_label", span=2), None,
              Cell(formula="=AND(F%d:F%d)" % (FIRST_CASE_ROW, last), style="ok"))
    sheet.add()
    sheet.add(*[Cell(h, style="header") for h in HEADER])
    for case in rows:
        rule, what, formula, kind, expected, *inputs = case
        r = len(sheet.rows) + 1
        live = formula.replace("{r}", str(r))
        exp_style = "money" if isinstance(expected, (int, float)) else "center"
        cells = [Cell(rule, style="text"), Cell(what, style="wrap"), Cell(live, style="code"),
                 Cell(formula=live, style="money" if kind == "eq" else "text"),
                 Cell(expected, style=exp_style),
                 Cell(formula=OK_FORMULA[kind].replace("{r}", str(r)), style="ok")]
        for v in inputs:
            cells.append(Cell(v, style="date" if isinstance(v, date) else "text"))
        sheet.add(*cells)
    assert len(sheet.rows) == last
    return sheet


def null_date_row(d: date):
    # No add-in involved: proves the document really counts from this null date.
    return ("null date", "this document counts dates from %s (serial 0)" % d.isoformat(),
            "=DATE(%d;%d;%d)" % (d.year, d.month, d.day), "eq", 0)


ABOUT = ("Each row: the formula as text, its live Result, the Expected value and OK (TRUE when they "
         "agree). Err:502 = invalid argument. Rules: ../shared/spec/POLICY.md. Generated by "
         "tests/integration/make_golden.py.")


def main() -> None:
    out = out_dir(Path(__file__).resolve().parent / "golden", __doc__)
    std = D(1899, 12, 30)
    write_fods(out / "compensation_functions.fods", [
        case_sheet("COMPENSATION", ABOUT, COMPENSATION),
        case_sheet("KH groups", ABOUT, KH_GROUPS),
        case_sheet("COMMITMENT_MONTHS", ABOUT, COMMITMENT_MONTHS),
        case_sheet("SERVICE_MONTHS", ABOUT, SERVICE_MONTHS, [null_date_row(std)]),
        case_sheet("BASE_WAGE", ABOUT, BASE_WAGE),
        case_sheet("Wage 2026", ABOUT, WAGE_2026),
        case_sheet("COMPENSATION_EXPLAIN", ABOUT, EXPLAIN),
        case_sheet("POLICY_INFO", ABOUT, POLICY_INFO),
    ], title="vnpolicy golden tests — compensation family (null date 1899-12-30)",
        user_meta={"vnpolicy.NullDate": std.isoformat()})
    d1904 = D(1904, 1, 1)
    about = ABOUT + " This document's null date is 1904-01-01: the same calendar dates must give " \
                    "the same results as in compensation_functions.fods."
    write_fods(out / "dates_null_1904.fods", [
        case_sheet("SERVICE_MONTHS", about, SERVICE_MONTHS, [null_date_row(d1904)]),
        case_sheet("BASE_WAGE", about, BASE_WAGE),
        case_sheet("Wage 2026", about, WAGE_2026),
    ], title="vnpolicy golden tests — dates with null date 1904-01-01", null_date=d1904,
        user_meta={"vnpolicy.NullDate": d1904.isoformat()})
    write_fods(out / "text_functions.fods", [case_sheet("VND_TEXT", ABOUT, VND_TEXT)],
               title="vnpolicy golden tests — text functions")
    (out / "selftest").mkdir(exist_ok=True)
    about = "The runner's own test on built-in functions (calc_check.py); no add-in needed."
    write_fods(out / "selftest" / "builtin_ok.fods",
               [case_sheet("selftest", about, SELFTEST_OK, [null_date_row(std)])],
               title="calc_check.py self-test: every case passes",
               user_meta={"vnpolicy.NullDate": std.isoformat()})
    write_fods(out / "selftest" / "builtin_must_fail.fods",
               [case_sheet("selftest", about + " Every case here must FAIL.", SELFTEST_FAIL)],
               title="calc_check.py self-test: every case fails")
    print("wrote", *sorted(str(p) for p in out.glob("**/*.fods")))


if __name__ == "__main__":
    main()
