#!/usr/bin/python3
"""Writes tests/integration/golden/support_functions.fods, the golden spreadsheet of the
SUPPORT_LEVEL family (FUNCTIONS.md "Support"), with the same layout and checks as
make_golden.py (Rule | What is tested | Formula | Result | Expected | OK | Input 1 | Input 2).

    /usr/bin/python3 tests/integration/make_golden_support.py [--out-dir DIR]

Expected values are worked out by hand from ../../../shared/spec/POLICY.md (BT.1-13, KH.5.3-5.4,
BASE WAGE), never computed here.
"""

from __future__ import annotations

import sys
from datetime import date as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))  # shared script helpers
from fods_writer import out_dir, write_fods  # noqa: E402
from make_golden import ABOUT, E502, case_sheet  # noqa: E402

DEC2012 = "DATE(2012;12;1)"

SUPPORT_MULTIPLE = [
    ("BT.2.2a", "doctorate, standard: 45", "=SUPPORT_MULTIPLE(\"TS\")", "eq", 45),
    ("BT.2.2b", "master, standard: 25", "=SUPPORT_MULTIPLE(\"ThS\")", "eq", 25),
    ("BT.2.3a", "doctorate, priority: 60", "=SUPPORT_MULTIPLE(\"tiến sĩ\";\"priority\")", "eq", 60),
    ("BT.2.3b", "master, priority (ưu tiên): 40", "=SUPPORT_MULTIPLE(\"thạc sĩ\";\"ưu tiên\")", "eq", 40),
    ("BT.3", "CKII, attraction (thu hút): 60", "=SUPPORT_MULTIPLE(\"CKII\";\"thu hút\")", "eq", 60),
    ("BT.3", "CK1, attraction: 40", "=SUPPORT_MULTIPLE(\"CK1\";\"attraction\")", "eq", 40),
    ("codes", "degree without diacritics, any case: \"TIEN SI\"", "=SUPPORT_MULTIPLE(\"TIEN SI\")", "eq", 45),
    ("codes", "degree \"doctorate\", programme \"thuong\"", "=SUPPORT_MULTIPLE(\"doctorate\";\"thuong\")", "eq", 45),
    ("codes", "degree \" ck-2 \" (spaces, hyphen)", "=SUPPORT_MULTIPLE(\" ck-2 \")", "eq", 45),
    ("bad input", "unknown degree PhD", "=SUPPORT_MULTIPLE(\"PhD\")", "err", E502),
    ("bad input", "unknown programme", "=SUPPORT_MULTIPLE(\"TS\";\"special\")", "err", E502),
    ("bad input", "degree as a number", "=SUPPORT_MULTIPLE(2)", "err", E502),
]

SUPPORT_LEVEL = [
    ("BT.2.2a", "contract example: 45 × 1,050,000", "=SUPPORT_LEVEL(\"TS\";%s)" % DEC2012, "eq", 47250000),
    ("BT.2.4", "contract example: 25 × 1,050,000 + 5,000,000",
     "=SUPPORT_LEVEL(\"ThS\";%s;\"standard\";TRUE())" % DEC2012, "eq", 31250000),
    ("BT.2.2b", "master, no bonus (FALSE())", "=SUPPORT_LEVEL(\"ThS\";%s;;FALSE())" % DEC2012, "eq", 26250000),
    ("BT.2.3a", "priority doctorate 60 × 1,050,000 + 5,000,000",
     "=SUPPORT_LEVEL(\"TS\";%s;\"priority\";1)" % DEC2012, "eq", 68000000),
    ("BT.3", "attraction: no encouragement bonus (60 × 1,050,000)",
     "=SUPPORT_LEVEL(\"TS\";%s;\"attraction\";TRUE())" % DEC2012, "eq", 63000000),
    ("BASE WAGE", "doctorate on 1 Jul 2024: 45 × 2,340,000", "=SUPPORT_LEVEL(\"TS\";DATE(2024;7;1))", "eq", 105300000),
    ("BASE WAGE", "date from a date cell (Input 1): 25 × 1,150,000", "=SUPPORT_LEVEL(\"ThS\";G{r})", "eq",
     28750000, D(2015, 12, 1)),
    ("bad input", "before the base-wage table", "=SUPPORT_LEVEL(\"TS\";DATE(2007;12;31))", "err", E502),
    ("bad input", "Encouraged 2 is not TRUE/FALSE", "=SUPPORT_LEVEL(\"TS\";%s;;2)" % DEC2012, "err", E502),
    ("bad input", "Encouraged as text", "=SUPPORT_LEVEL(\"TS\";%s;;\"yes\")" % DEC2012, "err", E502),
    ("bad input", "unknown degree", "=SUPPORT_LEVEL(\"BA\";%s)" % DEC2012, "err", E502),
    ("bad input", "missing date", "=SUPPORT_LEVEL(\"TS\";)", "err", E502),
]

SUPPORT_INSTALLMENT = [
    ("BT.4.2b", "contract example, phase 2: 25 × 1,150,000 − 13,125,000",
     "=SUPPORT_INSTALLMENT(\"ThS\";%s;DATE(2015;12;1);2)" % DEC2012, "eq", 15625000),
    ("BT.4.2a", "phase 1: 50 % × 25 × 1,050,000", "=SUPPORT_INSTALLMENT(\"ThS\";%s;DATE(2015;12;1);1)" % DEC2012,
     "eq", 13125000),
    ("BT.4.2a", "doctorate phase 1 at 1,050,000 (decision 30 Jun 2013)",
     "=SUPPORT_INSTALLMENT(\"TS\";DATE(2013;6;30);DATE(2016;5;1);1)", "eq", 23625000),
    ("BT.4.2b", "doctorate phase 2 at 1,210,000: 54,450,000 − 23,625,000",
     "=SUPPORT_INSTALLMENT(\"TS\";DATE(2013;6;30);DATE(2016;5;1);2)", "eq", 30825000),
    ("BT.2.3b", "priority master, phase 2: 40 × 1,800,000 − 27,800,000",
     "=SUPPORT_INSTALLMENT(\"ThS\";DATE(2019;6;30);DATE(2023;7;1);2;\"ưu tiên\")", "eq", 44200000),
    ("bad input", "phase 3", "=SUPPORT_INSTALLMENT(\"ThS\";%s;DATE(2015;12;1);3)" % DEC2012, "err", E502),
    ("BT.4.3", "attraction is paid once: no installments",
     "=SUPPORT_INSTALLMENT(\"ThS\";%s;DATE(2015;12;1);1;\"attraction\")" % DEC2012, "err", E502),
    ("bad input", "diploma before decision", "=SUPPORT_INSTALLMENT(\"ThS\";DATE(2015;12;1);%s;2)" % DEC2012,
     "err", E502),
]

STUDY = [
    ("BT.6.4a", "professional, in the province: 20 × 20,000", "=STUDY_ALLOWANCE(20;\"chuyên môn\")", "eq", 400000),
    ("BT.6.4b", "professional, outside: 20 × 30,000", "=STUDY_ALLOWANCE(20;\"professional\";TRUE())", "eq", 600000),
    ("BT.6.5", "professional, outside, encouraged: 20 × 40,000",
     "=STUDY_ALLOWANCE(20;\"chuyen mon\";TRUE();TRUE())", "eq", 800000),
    ("BT.9", "political, in the province: 20 × 20,000", "=STUDY_ALLOWANCE(20;\"LLCT\")", "eq", 400000),
    ("BT.9", "political, outside: nothing", "=STUDY_ALLOWANCE(20;\"lý luận chính trị\";1)", "eq", 0),
    ("BT.9", "political, outside, encouraged: 20 × 10,000", "=STUDY_ALLOWANCE(20;\"political\";1;1)", "eq", 200000),
    ("bad input", "2.5 days", "=STUDY_ALLOWANCE(2.5;\"LLCT\")", "err", E502),
    ("bad input", "negative days", "=STUDY_ALLOWANCE(-1;\"LLCT\")", "err", E502),
    ("bad input", "postgraduate is not a Course here", "=STUDY_ALLOWANCE(20;\"sau đại học\")", "err", E502),
    ("BT.9", "materials, advanced, 2 years: 2 × 500,000", "=STUDY_MATERIALS(\"cao cấp\";2)", "eq", 1000000),
    ("BT.9", "materials, intermediate, 1 year", "=STUDY_MATERIALS(\"trung cap\";1)", "eq", 300000),
    ("bad input", "materials for 1.5 school years", "=STUDY_MATERIALS(\"advanced\";1.5)", "err", E502),
    ("bad input", "unknown level", "=STUDY_MATERIALS(\"sơ cấp\";1)", "err", E502),
]

TUITION = [
    ("BT.6.3", "contract example: Phan Dũng is a highland commune (100 %)",
     "=TUITION_SUPPORT(10000000;\"chuyên môn\";\"Phan Dũng\")", "eq", 10000000),
    ("BT.6.3", "professional, no commune: 50 %", "=TUITION_SUPPORT(10000000;\"chuyên môn\")", "eq", 5000000),
    ("BT.6.3", "professional, another commune: 50 %", "=TUITION_SUPPORT(10000000;\"professional\";\"Hàm Tân\")",
     "eq", 5000000),
    ("BT.6.3", "commune folded: \"la ngau\"", "=TUITION_SUPPORT(10000000;\"professional\";\"la ngau\")", "eq", 10000000),
    ("BT.6.3", "commune from a cell (Input 1): Đa Mi", "=TUITION_SUPPORT(10000000;\"professional\";G{r})", "eq",
     10000000, "Đa Mi"),
    ("BT.6.3", "empty commune cell (Input 1): 50 %", "=TUITION_SUPPORT(10000000;\"professional\";G{r})", "eq", 5000000),
    ("BT.2.1", "postgraduate: 100 %", "=TUITION_SUPPORT(10000000;\"sau đại học\")", "eq", 10000000),
    ("bad input", "negative tuition", "=TUITION_SUPPORT(-1;\"postgraduate\")", "err", E502),
    ("bad input", "political is not a tuition course", "=TUITION_SUPPORT(100;\"LLCT\")", "err", E502),
]

ROTATION = [
    ("BT.12", "contract example: T-H, 24 months, male", "=ROTATION_SUPPORT(\"T-H\";24;\"nam\")", "eq", 25600000),
    ("BT.12.2a", "H-T rent 700,000 × 24", "=ROTATION_SUPPORT(\"H-T\";24;\"nam\";;;;\"rent\")", "eq", 16800000),
    ("BT.12.2d", "H-X rent 400,000 × 24", "=ROTATION_SUPPORT(\"huyện-xã\";24;\"nam\";;;;\"rent\")", "eq", 9600000),
    ("BT.12.2e", "transfer: rent at most 36 months", "=ROTATION_SUPPORT(\"H-X\";48;\"nam\";\"điều động\";;;\"rent\")",
     "eq", 14400000),
    ("BT.12.3a", "initial, female: 5,000,000", "=ROTATION_SUPPORT(\"H-H\";24;\"nữ\";;;;\"initial\")", "eq", 5000000),
    ("BT.12.3b", "initial, H-X female: 50 %", "=ROTATION_SUPPORT(\"H-X\";24;\"F\";;;;\"initial\")", "eq", 2500000),
    ("BT.12.4a", "visits, Phú Quý island: 500,000 × 12", "=ROTATION_SUPPORT(\"T-H\";12;\"male\";;TRUE();;\"visit\")",
     "eq", 6000000),
    ("BT.12.4b", "visits, H-X: 200,000 × 24", "=ROTATION_SUPPORT(\"H-X\";24;\"nam\";;;;\"visit\")", "eq", 4800000),
    ("BT.12.5", "meals: the first 6 months only", "=ROTATION_SUPPORT(\"H-T\";24;\"nam\";;;;\"meals\")", "eq", 2400000),
    ("BT.12.5", "meals: 4 months", "=ROTATION_SUPPORT(\"H-T\";4;\"nam\";;;;\"meals\")", "eq", 1600000),
    ("BT.12", "H-T total: 16,800,000 + 4,000,000 + 7,200,000 + 2,400,000", "=ROTATION_SUPPORT(\"H-T\";24;\"nam\")",
     "eq", 30400000),
    ("BT.12", "H-X transfer total, 48 months, female", "=ROTATION_SUPPORT(\"H-X\";48;\"nữ\";\"transfer\")", "eq",
     28900000),
    ("BT.13", "distance 14.9 km: nothing", "=ROTATION_SUPPORT(\"T-H\";24;\"nam\";;;14.9)", "eq", 0),
    ("BT.13", "distance exactly 15 km: everything", "=ROTATION_SUPPORT(\"T-H\";24;\"nam\";;;15)", "eq", 25600000),
    ("bad input", "transfer only with H-X", "=ROTATION_SUPPORT(\"T-H\";24;\"nam\";\"transfer\")", "err", E502),
    ("bad input", "island not with H-X", "=ROTATION_SUPPORT(\"H-X\";24;\"nam\";;TRUE())", "err", E502),
    ("bad input", "unknown route", "=ROTATION_SUPPORT(\"T-X\";24;\"nam\")", "err", E502),
    ("bad input", "unknown gender", "=ROTATION_SUPPORT(\"T-H\";24;\"x\")", "err", E502),
    ("bad input", "negative months", "=ROTATION_SUPPORT(\"T-H\";-1;\"nam\")", "err", E502),
    ("bad input", "unknown component", "=ROTATION_SUPPORT(\"T-H\";24;\"nam\";;;;\"food\")", "err", E502),
]

TOPUP = [
    ("KH.5.3", "contract example: 5 × 2,340,000 − 8,000,000", "=INCOME_TOPUP(8000000;4;DATE(2024;7;1))", "eq", 3700000),
    ("KH.5.4", "group 5: 10 × 2,340,000 − 8,000,000", "=INCOME_TOPUP(8000000;5;DATE(2024;7;1))", "eq", 15400000),
    ("KH.5.3", "income above the target: 0", "=INCOME_TOPUP(12000000;4;DATE(2024;7;1))", "eq", 0),
    ("KH.5.3", "June 2024 (1,800,000): 9,000,000 − 8,000,000", "=INCOME_TOPUP(8000000;4;DATE(2024;6;30))", "eq", 1000000),
    ("bad input", "group 3 has no top-up", "=INCOME_TOPUP(8000000;3;DATE(2024;7;1))", "err", E502),
    ("bad input", "negative income", "=INCOME_TOPUP(-1;4;DATE(2024;7;1))", "err", E502),
]

ELIGIBLE = [
    ("BT.1", "contract example", "=TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"công chức\";3)",
     "eq", 1),
    ("BT.1c", "civil servant, day before the 41st birthday", "=TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2021;6;14);\"cán bộ\";3)",
     "eq", 1),
    ("BT.1c", "civil servant on the 41st birthday", "=TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2021;6;15);\"công chức\";3)",
     "eq", 0),
    ("BT.1c", "public employee at 41", "=TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2021;6;15);\"viên chức\";3)",
     "eq", 1),
    ("BT.1c", "not a first postgraduate course: no age limit",
     "=TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2030;1;1);\"công chức\";3;FALSE();FALSE())", "eq", 1),
    ("BT.1a", "on the 5th service anniversary", "=TRAINING_ELIGIBLE(DATE(1990;1;1);DATE(2014;9;1);DATE(2019;9;1);\"viên chức\";3)",
     "eq", 1),
    ("BT.1a", "the day before the 5th anniversary", "=TRAINING_ELIGIBLE(DATE(1990;1;1);DATE(2014;9;1);DATE(2019;8;31);\"viên chức\";3)",
     "eq", 0),
    ("BT.1đ", "only 2 good years", "=TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"civil servant\";2)",
     "eq", 0),
    ("BT.1e", "under discipline", "=TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"công chức\";3;TRUE())",
     "eq", 0),
    ("bad input", "birth after service start", "=TRAINING_ELIGIBLE(DATE(2011;1;1);DATE(2010;3;1);DATE(2019;9;1);\"công chức\";3)",
     "err", E502),
    ("bad input", "unknown staff type", "=TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"nhân viên\";3)",
     "err", E502),
    ("bad input", "2.5 good years", "=TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"công chức\";2.5)",
     "err", E502),
]

EXPLAIN = [
    ("BT.2.2a", "SUPPORT_EXPLAIN shows the amount", "=SUPPORT_EXPLAIN(\"TS\";%s)" % DEC2012, "has", "47.250.000"),
    ("BASE WAGE", "SUPPORT_EXPLAIN names the wage decree", "=SUPPORT_EXPLAIN(\"TS\";%s)" % DEC2012, "has",
     "Nghị định 31/2012/NĐ-CP"),
    ("BT.2.4", "SUPPORT_EXPLAIN in English, with the bonus", "=SUPPORT_EXPLAIN(\"ThS\";%s;;TRUE();\"en\")" % DEC2012,
     "has", "+ 5,000,000 dong encouragement"),
    ("codes", "SUPPORT_EXPLAIN lists the accepted degrees", "=SUPPORT_EXPLAIN(\"PhD\";%s)" % DEC2012, "has",
     "TS, tiến sĩ, doctorate, CKII, CK2"),
    ("bad input", "SUPPORT_EXPLAIN language \"fr\"", "=SUPPORT_EXPLAIN(\"TS\";%s;;;\"fr\")" % DEC2012, "err", E502),
    ("BT.12.2b", "ROTATION_EXPLAIN: rent line", "=ROTATION_EXPLAIN(\"T-H\";24;\"nam\")", "has",
     "thuê nhà 500.000 đồng/tháng × 24 tháng = 12.000.000 đồng"),
    ("BT.12.5", "ROTATION_EXPLAIN in English: meals line", "=ROTATION_EXPLAIN(\"T-H\";24;\"nam\";;;;\"en\")", "has",
     "meals 400,000 dong/month × 6 months"),
    ("BT.12", "ROTATION_EXPLAIN total", "=ROTATION_EXPLAIN(\"T-H\";24;\"nam\")", "has", "Tổng cộng: 25.600.000 đồng"),
    ("codes", "ROTATION_EXPLAIN lists the accepted routes", "=ROTATION_EXPLAIN(\"T-X\";24;\"nam\")", "has",
     "H-X, huyện-xã"),
    ("bad input", "ROTATION_EXPLAIN: transfer with T-H, the reason", "=ROTATION_EXPLAIN(\"T-H\";24;\"nam\";\"transfer\")",
     "text", "(text)"),
    ("bad input", "ROTATION_EXPLAIN language \"de\"", "=ROTATION_EXPLAIN(\"T-H\";24;\"nam\";;;;\"de\")", "err", E502),
    ("BT.1", "ELIGIBILITY_EXPLAIN: eligible", "=ELIGIBILITY_EXPLAIN(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"công chức\";3)",
     "has", "Đủ điều kiện"),
    ("BT.1c", "ELIGIBILITY_EXPLAIN: the age condition not met",
     "=ELIGIBILITY_EXPLAIN(DATE(1980;6;15);DATE(2010;3;1);DATE(2021;6;15);\"công chức\";3)", "has", "không đạt"),
    ("BT.1", "ELIGIBILITY_EXPLAIN: b, d, g for the user",
     "=ELIGIBILITY_EXPLAIN(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"công chức\";3;;;\"en\")", "has",
     "for the user to judge"),
    ("bad input", "ELIGIBILITY_EXPLAIN: dates out of order, the reason",
     "=ELIGIBILITY_EXPLAIN(DATE(1980;6;15);DATE(2010;3;1);DATE(2009;9;1);\"công chức\";3)", "text", "(text)"),
    ("bad input", "ELIGIBILITY_EXPLAIN language 1", "=ELIGIBILITY_EXPLAIN(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"công chức\";3;;;1)",
     "err", E502),
]


def main() -> None:
    out = out_dir(Path(__file__).resolve().parent / "golden", __doc__) / "support_functions.fods"
    std = D(1899, 12, 30)
    write_fods(out, [
        case_sheet("SUPPORT_MULTIPLE", ABOUT, SUPPORT_MULTIPLE),
        case_sheet("SUPPORT_LEVEL", ABOUT, SUPPORT_LEVEL),
        case_sheet("SUPPORT_INSTALLMENT", ABOUT, SUPPORT_INSTALLMENT),
        case_sheet("STUDY", ABOUT, STUDY),
        case_sheet("TUITION_SUPPORT", ABOUT, TUITION),
        case_sheet("ROTATION_SUPPORT", ABOUT, ROTATION),
        case_sheet("INCOME_TOPUP", ABOUT, TOPUP),
        case_sheet("TRAINING_ELIGIBLE", ABOUT, ELIGIBLE),
        case_sheet("EXPLAIN", ABOUT, EXPLAIN),
    ], title="vnpolicy golden tests — support family (null date 1899-12-30)",
        user_meta={"vnpolicy.NullDate": std.isoformat()})
    print("wrote", out)


if __name__ == "__main__":
    main()
