#!/usr/bin/python3
"""Writes examples/support_budget.fods, the support worksheet handed out to accountants: the
officials sent for postgraduate training this year (eligibility, support level, installments,
tuition) and the people rotated or transferred (rent, initial support, visits, meals).

    /usr/bin/python3 examples/make_support_budget.py [--out-dir DIR] [--ots]

The .fods is committed; edit this script (not the .fods) and re-run it (ctest
generated_files_match fails while they differ); --ots writes the template the .oxt installs. The
accepted codes of the drop-down lists come from the policy data (tools/policy_codes.py). Rows are realistic but
fictitious people. The "Bằng chữ" (amount in words) column spells the amount with VND_TEXT.
"""

from __future__ import annotations

import sys
from datetime import date as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))  # shared script helpers
from fods_writer import (Cell, Sheet, example_options, guide_sheet, in_list,  # noqa: E402
                         number_at_least, signature_block, write_workbook)
from policy_codes import Codes  # noqa: E402

TRAINING_SHEET = "Đào tạo"
ROTATION_SHEET = "Luân chuyển"
YES_NO = ["0", "1"]  # TRUE/FALSE arguments as 1/0 (an empty cell is 0)


def words(col: str, row: int) -> Cell:
    """The "Số tiền bằng chữ" of the amount in col/row (VND_TEXT)."""
    return Cell(formula="=VND_TEXT(%s%d)" % (col, row), style="wrap")

# name, unit, degree, programme, encouraged, birth, service start, decision (= send) date,
# staff type, good years, expected diploma date, tuition (VND)
TRAINEES = [
    ("Nguyễn Thị Hoa", "Sở Y tế", "ThS", "thường", 1, D(1990, 3, 12), D(2015, 8, 1), D(2024, 3, 15),
     "viên chức", 4, D(2026, 3, 15), 45_000_000),
    ("Trần Văn Nam", "Bệnh viện Đa khoa tỉnh", "CKII", "ưu tiên", 0, D(1982, 11, 20), D(2008, 9, 1),
     D(2024, 9, 1), "viên chức", 3, D(2026, 9, 1), 80_000_000),
    ("Lê Minh Tuấn", "Sở Nội vụ", "TS", "thường", 0, D(1983, 5, 10), D(2010, 1, 1), D(2024, 6, 1),
     "công chức", 5, D(2027, 6, 1), 120_000_000),
    ("Phạm Thị Thu", "UBND huyện Phú Quý", "thạc sĩ", "thường", 1, D(1992, 1, 5), D(2016, 7, 1),
     D(2024, 10, 1), "công chức", 3, D(2026, 10, 1), 40_000_000),
]

TRAINING_HEADERS = [
    ("STT", "No."), ("Họ và tên", "Name"), ("Đơn vị", "Unit"), ("Bậc đào tạo", "Degree"),
    ("Chương trình", "Programme"), ("Khuyến khích (1/0)", "Encouraged"), ("Ngày sinh", "Birth date"),
    ("Ngày bắt đầu công tác", "Service start"), ("Ngày quyết định cử đi", "Decision date"),
    ("Loại cán bộ", "Staff type"), ("Số năm HTTNV liên tục", "Good years"),
    ("Ngày cấp bằng (dự kiến)", "Diploma date (expected)"), ("Học phí (đồng)", "Tuition (VND)"),
    ("Đủ điều kiện (1/0)", "Eligible"), ("Mức hỗ trợ (đồng)", "Support level"),
    ("Đợt 1 – tạm ứng", "Phase 1 (advance)"), ("Đợt 2 (ước tính)", "Phase 2 (estimate)"),
    ("Học phí ngân sách chi", "Tuition paid"), ("Chi năm nay", "Paid this year"),
    ("Bằng chữ", "In words"), ("Diễn giải mức hỗ trợ", "Support explanation"),
    ("Điều kiện cử đi học", "Eligibility explanation"),
]
TRAINING_WIDTHS = [1.2, 4.0, 4.6, 2.2, 2.4, 2.7, 2.6, 2.6, 2.6, 2.4, 2.0, 2.6, 3.2, 2.0, 3.4, 3.4,
                   3.4, 3.4, 3.4, 4.0, 14.0, 14.0]

# name, from -> to, route, kind, gender, months, island (1/0), distance km
ROTATED = [
    ("Đỗ Văn Hùng", "Sở Tài chính → UBND huyện Tánh Linh", "T-H", "luân chuyển", "nam", 24, 0, 45),
    ("Võ Thị Lan", "UBND huyện Đức Linh → Sở Kế hoạch và Đầu tư", "H-T", "luân chuyển", "nữ", 36, 0,
     60),
    ("Huỳnh Văn Bình", "UBND huyện Bắc Bình → UBND xã Phan Sơn", "H-X", "điều động", "nam", 48, 0, 25),
    ("Ngô Thị Mai", "Sở Nội vụ → UBND huyện Phú Quý", "T-H", "luân chuyển", "nữ", 12, 1, 120),
    ("Trương Văn Long", "UBND huyện Hàm Thuận Bắc → UBND huyện Hàm Thuận Nam", "H-H", "luân chuyển",
     "nam", 18, 0, 12),
]

ROTATION_HEADERS = [
    ("STT", "No."), ("Họ và tên", "Name"), ("Từ → đến", "From → to"), ("Tuyến", "Route"),
    ("Hình thức", "Kind"), ("Giới tính", "Gender"), ("Số tháng", "Months"),
    ("Phú Quý (1/0)", "Island"), ("Khoảng cách (km)", "Distance km"),
    ("Thuê nhà", "Rent"), ("Hỗ trợ ban đầu", "Initial"), ("Thăm gia đình", "Visits"),
    ("Tiền ăn", "Meals"), ("Tổng cộng (đồng)", "Total (VND)"), ("Bằng chữ", "In words"),
    ("Diễn giải", "Explanation"),
]
ROTATION_WIDTHS = [1.2, 4.0, 7.0, 1.8, 2.6, 1.8, 1.8, 1.8, 2.2, 3.0, 3.0, 3.0, 3.0, 3.4, 4.0, 18.0]


def training_sheet(codes: Codes) -> Sheet:
    s = Sheet(TRAINING_SHEET, TRAINING_WIDTHS, protected=True)
    s.heading("DỰ TOÁN HỖ TRỢ ĐÀO TẠO SAU ĐẠI HỌC NĂM 2024",
              "Postgraduate training support, 2024 — Bình Thuận 49/2012/QĐ-UBND Điều 1–4, "
              "Điều 2.1 (học phí)",
              "Nhập dữ liệu vào các cột B–M; các cột N–S, U, V tự tính bằng add-in vnpolicy. "
              "Enter data in columns B–M; columns N–S, U, V are computed by the vnpolicy add-in. "
              "Đơn vị tiền: đồng.", TRAINING_HEADERS, (10, 12, 14))
    first = len(s.rows) + 1
    for i, (name, unit, deg, prog, enc, birth, start, dec, staff, good, dip, fee) in enumerate(
            TRAINEES, 1):
        r = len(s.rows) + 1
        f = lambda t: Cell(formula=t.format(r=r), style="money")  # noqa: E731
        s.add(Cell(i, style="center"), Cell(name, style="in_text"), Cell(unit, style="in_wrap"),
              Cell(deg, style="in_center"), Cell(prog, style="in_center"),
              Cell(enc, style="in_center"), Cell(birth, style="input_date"),
              Cell(start, style="input_date"), Cell(dec, style="input_date"),
              Cell(staff, style="in_center"), Cell(good, style="in_int"),
              Cell(dip, style="input_date"), Cell(fee, style="input"),
              Cell(formula="=TRAINING_ELIGIBLE(G{r};H{r};I{r};J{r};K{r})".format(r=r),
                   style="center"),
              f("=SUPPORT_LEVEL(D{r};I{r};E{r};F{r})"),
              f("=SUPPORT_INSTALLMENT(D{r};I{r};L{r};1;E{r})"),
              f("=SUPPORT_INSTALLMENT(D{r};I{r};L{r};2;E{r})"),
              f("=TUITION_SUPPORT(M{r};\"sau đại học\")"),
              # Only eligible officials are paid: the advance and the tuition.
              f("=IF(N{r}=1;P{r}+R{r};0)"),
              words("S", r),
              Cell(formula="=SUPPORT_EXPLAIN(D{r};I{r};E{r};F{r})".format(r=r), style="wrap"),
              Cell(formula="=ELIGIBILITY_EXPLAIN(G{r};H{r};I{r};J{r};K{r})".format(r=r),
                   style="wrap"))
    last = len(s.rows)
    s.freeze_rows = first - 1
    rows = lambda col: "%s%d:%s%d" % (col, first, col, last)  # noqa: E731
    s.validate(rows("D"), in_list(codes.spellings("degree"), "Bậc đào tạo / Degree",
                                  "Tiến sĩ, chuyên khoa II hoặc thạc sĩ, chuyên khoa I. / "
                                  "Doctorate or master.", "Bậc đào tạo không hợp lệ. / "
                                  "Unknown degree."), required=True)
    s.validate(rows("E"), in_list(codes.spellings("programme"), "Chương trình / Programme",
                                  "Thường, ưu tiên hoặc thu hút. / Standard, priority or "
                                  "attraction.", "Chương trình không hợp lệ. / Unknown "
                                  "programme."), required=True)
    s.validate(rows("F"), in_list(YES_NO, "Khuyến khích / Encouraged",
                                  "1 = có, 0 hoặc trống = không. / 1 yes, 0 or empty no.",
                                  "Chỉ nhập 1 hoặc 0. / 1 or 0 only."))
    for col, what in (("G", "Ngày sinh / Birth date"), ("H", "Ngày bắt đầu công tác / Service "
                      "start"), ("I", "Ngày quyết định / Decision date"),
                      ("L", "Ngày cấp bằng / Diploma date")):
        s.validate(rows(col), number_at_least(0, what, "Ngày, dạng dd/mm/yyyy. / A date.",
                                              "Nhập một ngày. / Enter a date."), required=True)
    s.validate(rows("J"), in_list(codes.spellings("staff_type"), "Loại cán bộ / Staff type",
                                  "Công chức (cán bộ) hoặc viên chức. / Civil servant or public "
                                  "employee.", "Loại cán bộ không hợp lệ. / Unknown staff type."),
               required=True)
    s.validate(rows("K"), number_at_least(0, "Số năm HTTNV / Good years",
                                          "Số năm nguyên liên tục hoàn thành tốt nhiệm vụ. / "
                                          "Whole years.", "Số năm phải là số nguyên không âm. / "
                                          "A whole number, not negative.", whole=True),
               required=True)
    s.validate(rows("M"), number_at_least(0, "Học phí / Tuition", "Số đồng, không âm. / Đồng.",
                                          "Học phí phải là số không âm. / Not negative."),
               required=True)
    tot = lambda col: Cell(formula="=SUM(%s%d:%s%d)" % (col, first, col, last),  # noqa: E731
                           style="total_money")
    s.add(Cell("Tổng cộng / Total", style="total_label", span=3),
          *[Cell(None, style="total_label") for _ in range(9)],
          tot("M"), Cell(formula="=SUM(N%d:N%d)" % (first, last), style="total_label"),
          tot("O"), tot("P"), tot("Q"), tot("R"), tot("S"), words("S", last + 1))
    signature_block(s, (1, 8, 14), span=4)
    return s


def rotation_sheet(codes: Codes) -> Sheet:
    s = Sheet(ROTATION_SHEET, ROTATION_WIDTHS, protected=True)
    s.heading("DỰ TOÁN HỖ TRỢ LUÂN CHUYỂN, ĐIỀU ĐỘNG NĂM 2024",
              "Rotation and transfer support, 2024 — Bình Thuận 49/2012/QĐ-UBND Điều 12–13",
              "Nhập dữ liệu vào các cột B–I (điền đủ mọi ô); các cột J–N, P tự tính. Enter data "
              "in columns B–I (fill every cell); columns J–N, P are computed. Đơn vị tiền: đồng.",
              ROTATION_HEADERS, (10, 12, 14))
    first = len(s.rows) + 1
    for i, (name, move, route, kind, gender, months, island, km) in enumerate(ROTATED, 1):
        r = len(s.rows) + 1
        args = "D{r};G{r};F{r};E{r};H{r};I{r}".format(r=r)
        part = lambda c: Cell(formula="=ROTATION_SUPPORT(%s;\"%s\")" % (args, c),  # noqa: E731
                              style="money")
        s.add(Cell(i, style="center"), Cell(name, style="in_text"), Cell(move, style="in_wrap"),
              Cell(route, style="in_center"), Cell(kind, style="in_center"),
              Cell(gender, style="in_center"), Cell(months, style="in_int"),
              Cell(island, style="in_center"), Cell(km, style="in_int"),
              part("rent"), part("initial"), part("visit"), part("meals"),
              Cell(formula="=ROTATION_SUPPORT(%s)" % args, style="money"),
              words("N", r),
              Cell(formula="=ROTATION_EXPLAIN(%s)" % args, style="wrap"))
    last = len(s.rows)
    s.freeze_rows = first - 1
    rows = lambda col: "%s%d:%s%d" % (col, first, col, last)  # noqa: E731
    s.validate(rows("D"), in_list(codes.spellings("route"), "Tuyến / Route",
                                  "H-T huyện→tỉnh, T-H tỉnh→huyện, H-H, H-X huyện→xã.",
                                  "Tuyến không hợp lệ. / Unknown route."), required=True)
    s.validate(rows("E"), in_list(codes.spellings("kind"), "Hình thức / Kind",
                                  "Luân chuyển hoặc điều động. / Rotation or transfer.",
                                  "Hình thức không hợp lệ. / Unknown kind."), required=True)
    s.validate(rows("F"), in_list(codes.spellings("gender"), "Giới tính / Gender",
                                  "Nam hoặc nữ. / Male or female.",
                                  "Giới tính không hợp lệ. / Unknown gender."), required=True)
    s.validate(rows("G"), number_at_least(0, "Số tháng / Months", "Số tháng nguyên. / Whole "
                                          "months.", "Số tháng phải là số nguyên không âm. / A "
                                          "whole number, not negative.", whole=True),
               required=True)
    s.validate(rows("H"), in_list(YES_NO, "Phú Quý / Island", "1 = công tác tại Phú Quý, 0 = "
                                  "không. / 1 on Phú Quý island, 0 not.",
                                  "Chỉ nhập 1 hoặc 0. / 1 or 0 only."), required=True)
    s.validate(rows("I"), number_at_least(0, "Khoảng cách / Distance", "Số km từ nơi ở đến nơi "
                                          "công tác mới. / Kilometres.", "Khoảng cách phải là số "
                                          "không âm. / Not negative."), required=True)
    tot = lambda col: Cell(formula="=SUM(%s%d:%s%d)" % (col, first, col, last),  # noqa: E731
                           style="total_money")
    s.add(Cell("Tổng cộng / Total", style="total_label", span=3),
          *[Cell(None, style="total_label") for _ in range(6)],
          tot("J"), tot("K"), tot("L"), tot("M"), tot("N"), words("N", last + 1))
    signature_block(s, (1, 6, 12), span=4)
    return s


GUIDE = [
    ("Cột / Column", "Ý nghĩa / Meaning"),
    ("Bậc đào tạo", "TS, tiến sĩ, CKII, CK2 (45 ×) hoặc ThS, thạc sĩ, CKI, CK1 (25 ×) lương tối "
     "thiểu / lương cơ sở (BT.2.2); chương trình ưu tiên 60 × / 40 × (BT.2.3). / Doctorate or master."),
    ("Khuyến khích", "1 nếu là người dân tộc thiểu số, nữ hoặc công tác tại Phú Quý: cộng 5.000.000 "
     "đồng một lần (BT.2.4); 0 nếu không. / 1 for ethnic minority, women or Phú Quý staff."),
    ("Đợt 1, Đợt 2", "Đợt 1 tạm ứng 50 % theo lương tại ngày quyết định; đợt 2 = mức hỗ trợ theo lương "
     "tại ngày cấp bằng trừ đợt 1 (BT.4; ngày cấp bằng dự kiến nên đợt 2 là ước tính; khoản khuyến "
     "khích không nằm trong hai đợt). / Phase 2 is an estimate at the expected diploma date."),
    ("Đủ điều kiện", "Điều 1 khoản 2: đủ 5 năm công tác, 3 năm liên tục hoàn thành tốt nhiệm vụ, không "
     "bị kỷ luật, tuổi ≤ 40 (công chức) / ≤ 45 (viên chức) cho khóa đầu tiên. Điều kiện b, d, g do "
     "đơn vị tự đánh giá. Chi năm nay chỉ tính người đủ điều kiện."),
    ("Luân chuyển", "Tuyến H-T, T-H, H-H, H-X; hình thức luân chuyển hoặc điều động (chỉ H-X, thuê nhà "
     "tối đa 36 tháng); tiền ăn 6 tháng đầu; dưới 15 km không được hỗ trợ (BT.12–13)."),
    ("Bằng chữ", "Số tiền bằng chữ, do hàm VND_TEXT viết. / The amount in words, written by "
     "VND_TEXT."),
    ("Err:502", "Dữ liệu không hợp lệ (mã sai, số âm, ngày sai thứ tự…); cột Diễn giải cho biết lý do. "
     "/ Invalid input; the explanation column says why."),
    ("Số tiền bằng 0 / Zero amount", "Nếu một khoản là 0 mà lẽ ra phải có, hãy kiểm tra ô trống (ô "
     "đỏ nhạt) trong dòng đó: ô trống được tính là 0. / If an amount is 0 where one is expected, "
     "look for an empty cell in that row: an empty cell counts as 0."),
]
FUNCTIONS = ["TRAINING_ELIGIBLE", "SUPPORT_LEVEL", "SUPPORT_INSTALLMENT", "TUITION_SUPPORT",
             "SUPPORT_EXPLAIN", "ELIGIBILITY_EXPLAIN", "ROTATION_SUPPORT", "ROTATION_EXPLAIN",
             "VND_TEXT"]


def main() -> None:
    args = example_options(HERE, __doc__)
    codes = Codes()
    write_workbook(args.out_dir, "support_budget",
                   [training_sheet(codes), rotation_sheet(codes), guide_sheet(GUIDE, FUNCTIONS)],
                   args.ots, title="Dự toán hỗ trợ đào tạo và luân chuyển — vnpolicy")


if __name__ == "__main__":
    main()
