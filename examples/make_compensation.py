#!/usr/bin/python3
"""Writes examples/compensation.fods, the compensation worksheet handed out to accountants.

    /usr/bin/python3 examples/make_compensation.py [--out-dir DIR] [--ots]

The .fods is committed; edit this script (not the .fods) and re-run it, then check it with
scripts/run-example.sh (ctest generated_files_match fails while they differ). With --ots it writes
the template compensation.ots the .oxt installs (File ▸ New ▸ Templates ▸ vnpolicy). Rows are
realistic but fictitious officials. The accepted codes come from the policy data
(tools/policy_codes.py).
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

SHEET = "Bồi hoàn"

# name, unit, cost F, training months, graduation / service start, leaving date, case, policy, KH group
OFFICIALS = [
    ("Nguyễn Văn An", "Sở Y tế tỉnh Bình Thuận", 50_000_000, 36, D(2019, 8, 15), D(2022, 8, 15), 3, "BT2012", None),
    ("Trần Thị Bích", "Sở Giáo dục và Đào tạo tỉnh Bình Thuận", 30_000_000, 24, D(2021, 6, 30), D(2023, 3, 14), 3, "BT2012", None),
    ("Lê Hoàng Minh", "UBND huyện Hàm Thuận Bắc", 18_500_000, 24, None, D(2022, 3, 10), 1, "BT2012", None),
    ("Phạm Thị Hồng", "Bệnh viện Đa khoa tỉnh Bình Thuận", 42_000_000, 36, D(2020, 9, 30), D(2021, 1, 4), 2, "BT2012", None),
    ("Ngô Thị Lan", "Sở Tài chính tỉnh Bình Thuận", 35_000_000, 12, D(2019, 7, 1), D(2022, 12, 15), 3, "BT2012", None),
    ("Võ Thanh Tùng", "Sở Y tế tỉnh Khánh Hòa", 60_000_000, 24, D(2023, 9, 1), D(2025, 3, 20), 3, "KH2023", 1),
    ("Đặng Thị Mai", "Bệnh viện Đa khoa tỉnh Khánh Hòa", 80_000_000, None, D(2022, 2, 1), D(2024, 8, 16), 3, "KH2023", 3),
    ("Huỳnh Văn Phúc", "Trung tâm Y tế thành phố Nha Trang", 45_000_000, 24, D(2024, 5, 31), D(2024, 6, 28), 2, "KH2023", 1),
]

HEADERS = [
    ("STT", "No."),
    ("Họ và tên", "Name"),
    ("Đơn vị công tác", "Unit"),
    ("Chi phí đào tạo F (đồng)", "Training cost F (VND)"),
    ("Thời gian đào tạo (tháng)", "Training months"),
    ("Ngày tốt nghiệp / bắt đầu phục vụ", "Graduation / service start"),
    ("Ngày nghỉ việc", "Leaving date"),
    ("Trường hợp (1, 2, 3)", "Case"),
    ("Chính sách", "Policy"),
    ("Nhóm (KH2023)", "KH group"),
    ("Số tháng phải phục vụ T1", "Commitment months"),
    ("Số tháng đã phục vụ T2", "Months served"),
    ("Số tiền phải bồi hoàn (đồng)", "Amount to repay (VND)"),
    ("Diễn giải", "Explanation"),
]
WIDTHS = [1.2, 4.2, 6.2, 3.4, 2.4, 3.0, 2.8, 2.2, 2.4, 2.0, 2.6, 2.6, 3.6, 16.0]


def compensation_sheet(codes: Codes) -> Sheet:
    s = Sheet(SHEET, WIDTHS, protected=True)
    s.heading("BẢNG TÍNH BỒI HOÀN CHI PHÍ ĐÀO TẠO",
              "Training-cost compensation worksheet — Bình Thuận 49/2012/QĐ-UBND (BT2012), "
              "Khánh Hòa 2023 (KH2023)",
              "Nhập dữ liệu vào các cột B–J; các cột K–N tự tính bằng add-in vnpolicy. "
              "Enter data in columns B–J; columns K–N are computed by the vnpolicy add-in. "
              "Đơn vị tiền: đồng.", HEADERS, (8, 10, 12))
    first = len(s.rows) + 1
    for i, (name, unit, cost, months, start, leave, case, policy, group) in enumerate(OFFICIALS, 1):
        r = len(s.rows) + 1
        s.add(Cell(i, style="center"), Cell(name, style="in_text"), Cell(unit, style="in_wrap"),
              Cell(cost, style="input"), Cell(months, style="in_int"),
              Cell(start, style="input_date"), Cell(leave, style="input_date"),
              Cell(case, style="in_center"), Cell(policy, style="in_center"),
              Cell(group, style="in_center"),
              # An empty group means the policy's default (1); BT2012 has no groups.
              Cell(formula="=COMMITMENT_MONTHS(E{r};I{r};IF(ISBLANK(J{r});1;J{r}))".format(r=r),
                   style="center"),
              # Case 1 (left during training) has no graduation date: nothing served.
              Cell(formula="=IF(OR(ISBLANK(F{r});ISBLANK(G{r}));0;SERVICE_MONTHS(F{r};G{r}))"
                   .format(r=r), style="center"),
              # [Group] last (KH.5): each group's own clause; an empty cell is group 1.
              Cell(formula="=COMPENSATION(D{r};K{r};L{r};H{r};I{r};IF(ISBLANK(J{r});1;J{r}))"
                   .format(r=r), style="money"),
              Cell(formula="=COMPENSATION_EXPLAIN(D{r};K{r};L{r};H{r};I{r};\"vi\";"
                           "IF(ISBLANK(J{r});1;J{r}))".format(r=r),
                   style="wrap"))
    last = len(s.rows)
    s.freeze_rows = first - 1  # the headers stay in view
    rows = lambda col: "%s%d:%s%d" % (col, first, col, last)  # noqa: E731
    s.validate(rows("D"), number_at_least(
        0, "Chi phí F / Cost F", "Số đồng, không âm. / Đồng, not negative.",
        "Chi phí phải là số không âm. / The cost must be a number, not negative."), required=True)
    s.validate(rows("E"), number_at_least(
        0, "Thời gian đào tạo / Training months", "Số tháng nguyên; để trống với KH2023 nhóm 2–5. / "
        "Whole months; empty for KH2023 groups 2–5.",
        "Số tháng phải là số nguyên không âm. / Months must be a whole number, not negative.",
        whole=True))
    s.validate(rows("G"), number_at_least(
        0, "Ngày nghỉ việc / Leaving date", "Ngày, dạng dd/mm/yyyy. / A date.",
        "Nhập một ngày. / Enter a date."), required=True)
    s.validate(rows("H"), in_list(
        codes.compensation_cases(), "Trường hợp / Case",
        "1 bỏ học; 2 không được cấp bằng; 3 nghỉ trước thời hạn cam kết. / 1 left during "
        "training; 2 no diploma; 3 left before the commitment.",
        "Trường hợp không có trong quy định. / No such case."), required=True)
    s.validate(rows("I"), in_list(
        codes.policies("compensation"), "Chính sách / Policy",
        "Quyết định áp dụng. / The decision that applies.",
        "Chính sách không có trong dữ liệu của add-in. / The add-in has no such policy."),
        required=True)
    s.validate(rows("J"), in_list(
        codes.compensation_groups(), "Nhóm (KH2023) / KH group",
        "Nhóm đối tượng của KH2023; để trống là nhóm 1 (BT2012: để trống). / The KH2023 group; "
        "empty means group 1.", "Nhóm không có trong quy định. / No such group."))
    s.add(Cell("Tổng cộng / Total", style="total_label", span=3),
          Cell(formula="=SUM(D%d:D%d)" % (first, last), style="total_money"),
          *[Cell(None, style="total_label") for _ in range(8)],
          Cell(formula="=SUM(M%d:M%d)" % (first, last), style="total_money"),
          Cell(None, style="total_label"))
    signature_block(s, (1, 5, 11), span=3)
    return s


GUIDE = [
    ("Cột / Column", "Ý nghĩa / Meaning"),
    ("Chi phí đào tạo F", "Học phí và mọi chi phí của khóa học (BT.16.1); trường hợp 1: số đã chi đến "
     "ngày nghỉ. KH2023 nhóm 2–5: khoản hỗ trợ đã nhận A (KH.5.2–5.4). / Tuition and every other "
     "course cost; case 1: what was paid so far; KH2023 groups 2–5: the allowance received."),
    ("Trường hợp", "1 = bỏ học, thôi việc trong thời gian đào tạo (bồi hoàn 100 %); 2 = không được cấp "
     "bằng (BT2012: 50 %, KH2023: 100 %); 3 = đã tốt nghiệp nhưng nghỉ trước thời hạn cam kết: "
     "S = F / T1 × (T1 − T2). / 1 left during training; 2 no diploma; 3 left before the commitment."),
    ("Chính sách", "BT2012 = Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận; KH2023 = Quyết định ngày "
     "04/8/2023 tỉnh Khánh Hòa. Viết hoa/thường, dấu cách, gạch nối đều được. / Case, spaces and "
     "hyphens do not matter."),
    ("Nhóm (KH2023)", "Nhóm đối tượng 1–5 (KH.2): nhóm 1 phục vụ 2 × thời gian đào tạo; nhóm 2, 4, 5: "
     "60 tháng; nhóm 3: 72 tháng. Nhóm 2–5 chỉ có trường hợp 3, tính theo điều khoản của nhóm "
     "(Điều 5 khoản 2, 3, 4); cột Diễn giải trích đúng khoản đó. Để trống với BT2012 (3 × thời gian "
     "đào tạo). / Groups 2–5 have case 3 only, under their own clause."),
    ("T1, T2", "Số tháng làm tròn: phần lẻ từ 15 ngày trở lên tính một tháng (BT.16.2c). / Whole "
     "months; a remainder of 15 days or more counts as a month."),
    ("Err:502", "Dữ liệu không hợp lệ (số âm, mã sai, ngày nghỉ trước ngày tốt nghiệp…); cột Diễn "
     "giải cho biết lý do. / Invalid input; the Explanation column says why."),
    ("Số tiền bằng 0 / Zero amount", "Nếu số tiền bồi hoàn là 0 mà lẽ ra phải có, hãy kiểm tra ô "
     "trống (ô đỏ nhạt) trong dòng đó: ô trống được tính là 0. / If an amount is 0 where one is "
     "expected, look for an empty cell in that row: an empty cell counts as 0."),
]
FUNCTIONS = ["COMMITMENT_MONTHS", "SERVICE_MONTHS", "COMPENSATION", "COMPENSATION_EXPLAIN"]


def main() -> None:
    args = example_options(HERE, __doc__)
    write_workbook(args.out_dir, "compensation",
                   [compensation_sheet(Codes()), guide_sheet(GUIDE, FUNCTIONS)], args.ots,
                   title="Bảng tính bồi hoàn chi phí đào tạo — vnpolicy")


if __name__ == "__main__":
    main()
