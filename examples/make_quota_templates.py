#!/usr/bin/python3
"""Writes the Sóc Trăng 2023 templates (ST2023) handed out to district and province accountants:

    examples/quota_tracker.fods      Theo dõi chỉ tiêu: the 11 districts of Phụ lục I — target, done
                                     (counted from the registration list), remaining, progress,
                                     monthly pace to finish by the deadline, province totals; a
                                     sheet allocating a new province target (array QUOTA_ALLOCATE);
                                     the registration list (Phụ lục III layout) that feeds "done".
    examples/registration_list.fods  Danh sách đăng ký: the Phụ lục III list for one district, with
                                     a summary by market, category and sex.
    examples/loans.fods              Giải ngân vốn vay: contract amount per person, tranche 1 (30 %)
                                     and 2 (70 %) with LOAN_TRANCHE, against the 2023 budget lines
                                     of ST.IV (81,252,000,000 = 30,436,000,000 + 50,816,000,000).

    /usr/bin/python3 examples/make_quota_templates.py [--out-dir DIR] [--ots]

The .fods files are committed; edit this script (not the .fods) and re-run it (ctest
generated_files_match fails while they differ); --ots writes the templates the .oxt installs. People are
fictitious (generated below from fixed lists, so every run writes the same files); the district
targets and the per-district counts of people already sent reproduce Phụ lục I of the plan
(600 / 307 / 293) and the budget lines reproduce ST.IV.
"""

from __future__ import annotations

import sys
from datetime import date as D
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))  # shared script helpers
from policy_codes import Codes  # noqa: E402
from fods_writer import (Cell, Chart, Sheet, example_options, guide_sheet, in_list,  # noqa: E402
                         in_range, number_at_least, signature_block, write_workbook)

# Phụ lục I: district, 2023 target, done in the first 8 months (ST.II.2).
DISTRICTS = [
    ("Thành phố Sóc Trăng", 48, 14),
    ("Thị xã Vĩnh Châu", 72, 54),
    ("Thị xã Ngã Năm", 48, 30),
    ("Huyện Thạnh Trị", 60, 15),
    ("Huyện Trần Đề", 48, 20),
    ("Huyện Long Phú", 48, 37),
    ("Huyện Cù Lao Dung", 30, 30),
    ("Huyện Mỹ Xuyên", 72, 22),
    ("Huyện Kế Sách", 66, 25),
    ("Huyện Châu Thành", 48, 22),
    ("Huyện Mỹ Tú", 60, 38),
]
AS_OF = D(2023, 8, 31)       # the date of Phụ lục I's "done" column
DEADLINE = D(2023, 12, 31)   # the plan's year
NEW_TARGET = 650             # an example of next year's province target, to allocate

# ---- the registration list (Phụ lục III; ST.V.12) ----
CATEGORIES = ["Hộ nghèo", "Cận nghèo", "DT thiểu số", "Thân nhân NCC CM", "Hộ bị thu hồi đất NN",
              "Khác"]
LABOUR = ["Nhật", "Đài Loan", "Hàn Quốc", "Khác"]
STUDY = ["Nhật", "Đài Loan", "Úc", "Đức", "Canađa", "Khác"]
LIST_SHEET = "Danh sách đăng ký"
LIST_FIRST = 7               # first data row of the list
LIST_LAST = 2000             # formulas read the list down to this row
# Columns: A TT, B district, C commune, D hamlet, E name, F/G year of birth (male/female),
# H–M categories, N–Q labour markets, R–W study markets, X departure date, Y note.
COL_CAT = "HIJKLM"
COL_LABOUR = "NOPQ"
COL_STUDY = "RSTUVW"

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Lâm", "Thạch", "Sơn",
          "Dương", "Tăng", "Triệu", "Lý"]
MIDDLE_M = ["Văn", "Hoàng", "Minh", "Thanh", "Quốc"]
MIDDLE_F = ["Thị", "Ngọc", "Thanh", "Kim", "Bích"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Khánh", "Lộc", "Nam", "Phúc", "Quân",
           "Sang", "Tài", "Thắng", "Toàn", "Vinh", "Sóc", "Thol", "Chanh"]
GIVEN_F = ["Anh", "Châu", "Diễm", "Hằng", "Hoa", "Lan", "Linh", "Mai", "My", "Ngân", "Nhi",
           "Phương", "Thảo", "Trâm", "Vy", "Sa Rươl", "Sóc Kha"]


def person(i: int, district: str, departed: D | None) -> dict:
    """The i-th fictitious registrant (deterministic)."""
    male = i % 5 not in (1, 3)
    name = "%s %s %s" % (FAMILY[(i * 7) % len(FAMILY)],
                         (MIDDLE_M if male else MIDDLE_F)[(i * 3) % 5],
                         (GIVEN_M if male else GIVEN_F)[(i * 11) % (len(GIVEN_M) if male else
                                                                   len(GIVEN_F))])
    study = i % 6 == 0  # about one in six is a work-study student
    return {
        "district": district,
        "commune": "Xã/phường mẫu %d" % (i % 4 + 1),
        "hamlet": "Ấp/khóm %d" % (i % 9 + 1),
        "name": name,
        "year": 1993 + (i * 13) % 12,
        "male": male,
        "category": CATEGORIES[(i * 5) % len(CATEGORIES)],
        "labour": None if study else LABOUR[(i * 3) % len(LABOUR)],
        "study": STUDY[(i // 6) % len(STUDY)] if study else None,
        "departed": departed,
    }


def registrants() -> list[dict]:
    """Phụ lục I's "done" people (departed 2 Jan – 31 Aug 2023) and a few still waiting."""
    people = []
    i = 0
    for district, _target, done in DISTRICTS:
        for k in range(done):
            people.append(person(i, district, D(2023, 1, 2) + timedelta(days=(k * 37 + i) % 241)))
            i += 1
    for district, _t, _d in DISTRICTS + DISTRICTS[:2]:  # registered in September, not gone yet
        people.append(person(i, district, None))
        i += 1
    return people


def list_sheet(people: list[dict], title_note: str, districts=None) -> Sheet:
    """The Phụ lục III list; `districts` is the validation of its district column (default:
    the districts of Phụ lục I)."""
    widths = [1.0, 4.4, 3.6, 2.4, 4.6, 1.5, 1.5] + [1.6] * 6 + [1.5] * 4 + [1.5] * 6 + [2.8, 3.0]
    s = Sheet(LIST_SHEET, widths)
    s.title_row("DANH SÁCH ĐĂNG KÝ THAM GIA CHƯƠNG TRÌNH ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG "
                "VÀ DU HỌC SINH VỪA HỌC, VỪA LÀM", 20)
    s.note_row("Phụ lục III, Kế hoạch năm 2023 của UBND tỉnh Sóc Trăng (ST.V.12). Mỗi dòng một "
               "người; đánh \"x\" vào cột đối tượng và thị trường. Cột X (thêm để theo dõi): ngày "
               "xuất cảnh / nhập học — có ngày là \"đã thực hiện\". " + title_note, 20)
    s.note_row("Gửi Sở Lao động - Thương binh và Xã hội ngày 10 và 25 hằng tháng. District lists "
               "go to the Department on the 10th and 25th of each month.", 20)
    s.add()
    s.add(Cell("TT", style="header"), Cell("Huyện, thị xã, thành phố", style="header"),
          Cell("Xã, phường, thị trấn", style="header"),
          Cell("Đăng ký thường trú (Ấp/khóm)", style="header"), Cell("Họ và tên", style="header"),
          Cell("Năm sinh", style="header", span=2), Cell("Đối tượng", style="header", span=6),
          Cell("Đăng ký thị trường XKLĐ", style="header", span=4),
          Cell("Đăng ký du học sinh", style="header", span=6),
          Cell("Ngày xuất cảnh / nhập học", style="header"), Cell("Ghi chú", style="header"))
    s.add(*[Cell(None, style="header")] * 5, Cell("Nam", style="header"), Cell("Nữ", style="header"),
          *[Cell(c, style="header") for c in CATEGORIES + LABOUR + STUDY],
          Cell(None, style="header"), Cell(None, style="header"))
    assert len(s.rows) + 1 == LIST_FIRST
    for n, p in enumerate(people, 1):
        ticks = ([Cell("x" if c == p["category"] else None, style="center") for c in CATEGORIES]
                 + [Cell("x" if c == p["labour"] else None, style="center") for c in LABOUR]
                 + [Cell("x" if c == p["study"] else None, style="center") for c in STUDY])
        s.add(Cell(n, style="center"), Cell(p["district"], style="text"),
              Cell(p["commune"], style="text"), Cell(p["hamlet"], style="text"),
              Cell(p["name"], style="text"),
              Cell(p["year"] if p["male"] else None, style="center"),
              Cell(None if p["male"] else p["year"], style="center"), *ticks,
              Cell(p["departed"], style="date"), Cell(None, style="text"))
    s.freeze_rows = LIST_FIRST - 1  # a long list: its two header rows stay in view
    last = LIST_FIRST + len(people) - 1
    s.validate("B%d:B%d" % (LIST_FIRST, last), districts or in_list(
        [d for d, _t, _d in DISTRICTS], "Huyện / District", "Tên đơn vị như ở Phụ lục I.",
        "Đơn vị không có trong Phụ lục I. / Not a district of Phụ lục I."))
    s.validate("%s%d:%s%d" % (COL_CAT[0], LIST_FIRST, COL_STUDY[-1], last), in_list(
        ["x"], "Đánh dấu / Tick", "Gõ x vào một cột đối tượng và một cột thị trường. / Type x.",
        "Chỉ gõ x. / Type x only."))
    return s


def rng(col: str) -> str:
    """A column of the registration list, e.g. 'Danh sách đăng ký'!B7:B2000."""
    return "'%s'!%s%d:%s%d" % (LIST_SHEET, col, LIST_FIRST, col, LIST_LAST)


TRACKER = "Theo dõi chỉ tiêu"
T_FIRST = 9  # first district row of the tracker (row 8: province total, as in Phụ lục I)


REASON = ("Kiểm tra chỉ tiêu (cột C) và số đã thực hiện: số người nguyên, không âm; hai ngày ở "
          "C4:C5. / Check the target and done: whole people, not negative; the dates in C4:C5.")


def tracker_sheet() -> Sheet:
    # G, the exact monthly pace of QUOTA_PACE, is hidden: H shows it rounded up to whole people.
    s = Sheet(TRACKER, [1.2, 5.2, 2.6, 3.0, 3.0, 3.0, 3.0, 3.4, 3.2, 5.0, 0.4],
              protected=True, hidden_cols={6})
    s.title_row("THEO DÕI CHỈ TIÊU ĐƯA NGƯỜI ĐI LÀM VIỆC Ở NƯỚC NGOÀI VÀ DU HỌC SINH NĂM 2023", 10)
    s.note_row("Phụ lục I, Kế hoạch năm 2023 của UBND tỉnh Sóc Trăng (ST.II.2). Nhập chỉ tiêu (cột "
               "C) và hai ngày dưới đây; cột D đếm từ sheet \"%s\"; các cột E, F, H tính bằng "
               "add-in vnpolicy. ĐVT: người." % LIST_SHEET, 10)
    s.add()
    s.add(Cell("Ngày chốt số liệu / As of", style="text", span=2), Cell(AS_OF, style="input_date"))
    s.add(Cell("Hạn hoàn thành / Deadline", style="text", span=2),
          Cell(DEADLINE, style="input_date"))
    s.validate("C4:C5", number_at_least(0, "Ngày / Date", "Ngày, dạng dd/mm/yyyy. / A date.",
                                        "Nhập một ngày. / Enter a date."), required=True)
    s.add()
    s.add(*[Cell(h, style="header") for h in (
        "STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện (đến ngày chốt)", "Chỉ tiêu còn phải thực hiện",
        "Tỷ lệ hoàn thành", "Cần mỗi tháng (chính xác)", "Cần thực hiện mỗi tháng (người)",
        "Đã đăng ký, chưa đi", "Lý do / Reason")])
    last = T_FIRST + len(DISTRICTS) - 1
    tot = "C%d:C%d" % (T_FIRST, last), "D%d:D%d" % (T_FIRST, last)

    def reason(r: int) -> Cell:
        return Cell(formula="=IF(OR(ISERROR(E{r});ISERROR(F{r});ISERROR(G{r}));\"{t}\";\"\")"
                    .format(r=r, t=REASON), style="reason")

    s.add(Cell(None, style="total_label"), Cell("Tổng cộng", style="total_label"),
          Cell(formula="=SUM(%s)" % tot[0], style="total_int"),
          Cell(formula="=SUM(%s)" % tot[1], style="total_int"),
          Cell(formula="=QUOTA_REMAINING(%s;%s)" % tot, style="total_int"),
          Cell(formula="=QUOTA_PROGRESS(%s;%s)" % tot, style="total_pct"),
          Cell(formula="=QUOTA_PACE(%s;%s;C4;C5)" % tot, style="total_dec1"),
          Cell(formula="=ROUNDUP(G%d;0)" % (T_FIRST - 1), style="total_int"),
          Cell(formula="=SUM(I%d:I%d)" % (T_FIRST, last), style="total_int"),
          reason(T_FIRST - 1))
    assert len(s.rows) + 1 == T_FIRST
    for n, (district, target, _done) in enumerate(DISTRICTS, 1):
        r = len(s.rows) + 1
        s.add(Cell(n, style="center"), Cell(district, style="in_text"),
              Cell(target, style="input"),
              # Done: people of this district whose departure date is on or before the as-of date.
              Cell(formula="=COUNTIFS(%s;B%d;%s;\"<=\"&C4)" % (rng("B"), r, rng("X")),
                   style="int"),
              Cell(formula="=QUOTA_REMAINING(C%d;D%d)" % (r, r), style="int"),
              Cell(formula="=QUOTA_PROGRESS(C%d;D%d)" % (r, r), style="pct"),
              Cell(formula="=QUOTA_PACE(C%d;D%d;C4;C5)" % (r, r), style="dec1"),
              # Whole people: 8.5 a month means 9 people a month.
              Cell(formula="=ROUNDUP(G%d;0)" % r, style="int"),
              Cell(formula="=COUNTIF(%s;B%d)-D%d" % (rng("B"), r, r), style="int"),
              reason(r))
    s.validate("C%d:C%d" % (T_FIRST, last), number_at_least(
        0, "Chỉ tiêu / Target", "Số người, nguyên. / Whole people.",
        "Chỉ tiêu là số người nguyên, không âm. / A whole number of people, not negative.",
        whole=True), required=True)
    s.add()
    # QUOTA_PACE's year length, quoted from the data (ST.II.2) with a Vietnamese decimal comma.
    days_per_year = str(Codes().value("quota", "days_per_year")).replace(".", ",")
    s.note_row("Tổng \"còn phải thực hiện\" cộng phần còn thiếu của từng huyện: huyện vượt chỉ tiêu "
               "không bù cho huyện khác. \"Cần mỗi tháng\" = còn lại ÷ số tháng đến hạn (số ngày × 12 "
               "/ %s), làm tròn lên thành số người. The total remaining adds each district's "
               "shortfall; an over-achiever does not make up for another. The monthly pace is "
               "rounded up to whole people." % days_per_year, 10)
    # Progress by district, beside the table; it reads F9:F19, so it follows the data.
    s.charts.append(Chart("Tiến độ theo huyện", "Tỷ lệ hoàn thành theo đơn vị / Progress by "
                          "district", "B%d:B%d" % (T_FIRST, last), "F%d:F%d" % (T_FIRST, last),
                          "F%d" % (T_FIRST - 2), "L%d" % (T_FIRST - 2), 13.0, 9.0,
                          percent_axis=True))
    signature_block(s, (1, 3, 7), span=2)
    return s


ALLOC = "Phân bổ chỉ tiêu"


def allocation_sheet() -> Sheet:
    s = Sheet(ALLOC, [1.2, 5.2, 3.2, 3.4, 2.8], protected=True)
    s.title_row("PHÂN BỔ CHỈ TIÊU CHO CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", 5)
    s.note_row("Nhập tổng chỉ tiêu của tỉnh (C4) và trọng số (cột C; mặc định là chỉ tiêu năm 2023). "
               "Cột D là một công thức mảng {=QUOTA_ALLOCATE(C4;C8:C18)}: số nguyên, tổng đúng bằng "
               "C4 (phần dư lớn nhất; bằng nhau thì ưu tiên dòng trên).", 5)
    s.add()
    s.add(Cell("Tổng chỉ tiêu cần phân bổ", style="text", span=2), Cell(NEW_TARGET, style="input"))
    s.validate("C4", number_at_least(0, "Tổng chỉ tiêu / Total", "Số người, nguyên. / Whole "
                                     "people.", "Số người nguyên, không âm. / A whole number, "
                                     "not negative.", whole=True), required=True)
    s.add()
    s.add()
    s.add(*[Cell(h, style="header") for h in ("STT", "Đơn vị", "Trọng số (chỉ tiêu 2023)",
                                              "Chỉ tiêu phân bổ", "Tỷ lệ")])
    first = len(s.rows) + 1
    last = first + len(DISTRICTS) - 1
    for n, (district, _t, _d) in enumerate(DISTRICTS, 1):
        r = len(s.rows) + 1
        tracker_row = T_FIRST + n - 1
        s.add(Cell(n, style="center"), Cell(district, style="text"),
              Cell(formula="='%s'!C%d" % (TRACKER, tracker_row), style="input"),
              Cell(formula="=QUOTA_ALLOCATE(C%d;C%d:C%d)" % (4, first, last), style="int",
                   matrix=(len(DISTRICTS), 1)) if n == 1 else Cell(None, style="int"),
              Cell(formula="=IF(C4>0;D%d/C4;0)" % r, style="pct"))
    s.add(Cell(None, style="total_label"), Cell("Tổng cộng", style="total_label"),
          Cell(formula="=SUM(C%d:C%d)" % (first, last), style="total_int"),
          Cell(formula="=SUM(D%d:D%d)" % (first, last), style="total_int"),
          Cell(formula="=SUM(E%d:E%d)" % (first, last), style="total_pct"))
    return s


def summary_sheet() -> Sheet:
    """Counts of the registration list by market, category and sex (ordinary Calc formulas)."""
    s = Sheet("Tổng hợp", [7.0, 3.0], protected=True)
    s.title_row("TỔNG HỢP DANH SÁCH ĐĂNG KÝ", 2)
    s.add()
    s.add(Cell("Nội dung", style="header"), Cell("Số người", style="header"))
    s.add(Cell("Tổng số đăng ký", style="total_label"),
          Cell(formula="=COUNTA(%s)" % rng("E"), style="total_int"))
    s.add(Cell("Đã xuất cảnh / nhập học", style="text"),
          Cell(formula="=COUNT(%s)" % rng("X"), style="int"))
    s.add(Cell("Nam", style="text"), Cell(formula="=COUNT(%s)" % rng("F"), style="int"))
    s.add(Cell("Nữ", style="text"), Cell(formula="=COUNT(%s)" % rng("G"), style="int"))
    for title, names, cols in (("Đối tượng", CATEGORIES, COL_CAT), ("XKLĐ", LABOUR, COL_LABOUR),
                               ("Du học", STUDY, COL_STUDY)):
        for name, col in zip(names, cols):
            s.add(Cell("%s: %s" % (title, name), style="text"),
                  Cell(formula="=COUNTIF(%s;\"x\")" % rng(col), style="int"))
    return s


# ---- loans (ST.V.1) and the 2023 budget (ST.IV) ----
LOANS = "Giải ngân vốn vay"
BUDGET = "Kinh phí 2023"
SOURCE_PROVINCE = "Tỉnh"
SOURCE_CENTRAL = "Trung ương"
# name, district, market, source, contract amount, tranche-1 date, tranche-2 date
BORROWERS = [
    ("Nguyễn Văn Hải", "Huyện Mỹ Xuyên", "Nhật", SOURCE_PROVINCE, 100_000_000, D(2023, 3, 6), D(2023, 5, 2)),
    ("Thạch Thị Sa Rươl", "Thị xã Vĩnh Châu", "Hàn Quốc", SOURCE_CENTRAL, 100_000_000, D(2023, 3, 20), D(2023, 6, 1)),
    ("Lâm Minh Khánh", "Huyện Trần Đề", "Đài Loan", SOURCE_PROVINCE, 80_000_000, D(2023, 4, 3), D(2023, 6, 15)),
    ("Trần Thị Ngọc Mai", "Thành phố Sóc Trăng", "Nhật", SOURCE_CENTRAL, 150_000_000, D(2023, 5, 8), D(2023, 7, 10)),
    ("Sơn Văn Chanh", "Huyện Mỹ Tú", "Hàn Quốc", SOURCE_CENTRAL, 120_000_000, D(2023, 6, 12), None),
    ("Lê Thị Kim Hằng", "Huyện Long Phú", "Nhật", SOURCE_PROVINCE, 95_500_000, D(2023, 7, 3), None),
    ("Huỳnh Quốc Toàn", "Huyện Kế Sách", "Đài Loan", SOURCE_PROVINCE, 85_000_000, D(2023, 8, 7), None),
    ("Dương Thanh Phúc", "Huyện Cù Lao Dung", "Nhật", SOURCE_CENTRAL, 123_456_789, None, None),
]


def loans_sheet() -> Sheet:
    s = Sheet(LOANS, [1.0, 4.6, 4.4, 2.4, 2.6, 3.6, 3.4, 3.4, 2.8, 2.8, 3.6, 3.4, 5.0],
              protected=True)
    s.title_row("THEO DÕI GIẢI NGÂN VỐN VAY ĐI LÀM VIỆC Ở NƯỚC NGOÀI", 12)
    s.note_row("Mục V.1, Kế hoạch năm 2023 tỉnh Sóc Trăng (ST.V.1): giải ngân hai đợt, 30 %% rồi 70 %% "
               "số tiền hợp đồng vay. Nhập các cột B–F, I, J; các cột G, H tính bằng LOAN_TRANCHE. "
               "Đơn vị: đồng. Nguồn vốn: \"%s\" (NQ 02/2023/NQ-HĐND) hoặc \"%s\" (NĐ 61/2015, "
               "74/2019)." % (SOURCE_PROVINCE, SOURCE_CENTRAL), 12)
    s.add()
    s.add(*[Cell(h, style="header") for h in (
        "STT", "Họ và tên", "Huyện", "Thị trường", "Nguồn vốn", "Số tiền hợp đồng vay",
        "Đợt 1 (30 %)", "Đợt 2 (70 %)", "Ngày giải ngân đợt 1", "Ngày giải ngân đợt 2",
        "Đã giải ngân", "Còn phải giải ngân", "Lý do / Reason")])
    first = len(s.rows) + 1
    for n, (name, district, market, source, amount, d1, d2) in enumerate(BORROWERS, 1):
        r = len(s.rows) + 1
        s.add(Cell(n, style="center"), Cell(name, style="in_text"),
              Cell(district, style="in_text"), Cell(market, style="in_center"),
              Cell(source, style="in_center"), Cell(amount, style="input"),
              Cell(formula="=LOAN_TRANCHE(F%d;1)" % r, style="money"),
              Cell(formula="=LOAN_TRANCHE(F%d;2)" % r, style="money"),
              Cell(d1, style="input_date"), Cell(d2, style="input_date"),
              Cell(formula="=IF(ISBLANK(I{r});0;G{r})+IF(ISBLANK(J{r});0;H{r})".format(r=r),
                   style="money"),
              Cell(formula="=F%d-K%d" % (r, r), style="money"),
              Cell(formula="=IF(OR(ISERROR(G{r});ISERROR(H{r}));\"Số tiền hợp đồng phải là số không "
                           "âm. / The contract amount must be a number, not negative.\";\"\")"
                   .format(r=r), style="reason"))
    last = len(s.rows)
    s.validate("E%d:E%d" % (first, last), in_list(
        [SOURCE_PROVINCE, SOURCE_CENTRAL], "Nguồn vốn / Source", "Tỉnh (NQ 02/2023/NQ-HĐND) hoặc "
        "Trung ương (NĐ 61/2015, 74/2019).", "Nguồn vốn không hợp lệ: các dòng Kinh phí 2023 "
        "cộng theo đúng tên này. / Unknown source: the budget lines add up by this name."),
        required=True)
    s.validate("F%d:F%d" % (first, last), number_at_least(
        0, "Số tiền hợp đồng / Contract amount", "Số đồng, không âm. / Đồng.",
        "Số tiền phải là số không âm. / Not negative."), required=True)
    s.add(Cell(None, style="total_label"), Cell("Tổng cộng", style="total_label"),
          *[Cell(None, style="total_label")] * 3,
          *[Cell(formula="=SUM(%s%d:%s%d)" % (c, first, c, last), style="total_money")
            for c in "FGH"],
          Cell(None, style="total_label"), Cell(None, style="total_label"),
          *[Cell(formula="=SUM(%s%d:%s%d)" % (c, first, c, last), style="total_money")
            for c in "KL"], Cell(None, style="total_label"))
    signature_block(s, (1, 5, 9), span=3)
    return s


def loan_sum(source: str, col: str) -> str:
    return "SUMIF('%s'!E5:E500;\"%s\";'%s'!%s5:%s500)" % (LOANS, source, LOANS, col, col)


def budget_sheet() -> Sheet:
    """ST.IV: the 2023 budget lines; loans lines compared with the contracts and disbursements."""
    s = Sheet(BUDGET, [1.2, 11.0, 4.2, 4.0, 4.0, 4.2], protected=True)
    s.title_row("KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2023", 6)
    s.note_row("Mục IV, Kế hoạch năm 2023 tỉnh Sóc Trăng (ST.IV). Dự toán nhập ở cột C; các dòng "
               "cho vay lấy số hợp đồng và số đã giải ngân từ sheet \"%s\". Đơn vị: đồng." % LOANS,
               6)
    s.add()
    s.add(*[Cell(h, style="header") for h in (
        "STT", "Nội dung", "Dự toán 2023", "Hợp đồng vay đã ký", "Đã giải ngân",
        "Dự toán còn lại")])
    # Rows: 5 total, 6 province, 7–9 its lines, 10 central, 11–12 its lines.
    s.add(Cell(None, style="total_label"), Cell("Tổng cộng (I + II)", style="total_label"),
          Cell(formula="=C6+C10", style="total_money"), Cell(formula="=D6+D10", style="total_money"),
          Cell(formula="=E6+E10", style="total_money"), Cell(formula="=C5-E5", style="total_money"))
    s.add(Cell("I", style="total_label"), Cell("Ngân sách tỉnh", style="total_label"),
          Cell(formula="=SUM(C7:C9)", style="total_money"),
          Cell(formula="=SUM(D7:D9)", style="total_money"),
          Cell(formula="=SUM(E7:E9)", style="total_money"),
          Cell(formula="=C6-E6", style="total_money"))
    lines = [
        ("1", "Hoạt động truyền thông, tuyên truyền", 40_000_000, None),
        ("2", "Hỗ trợ một phần chi phí ban đầu cho người lao động ngoài Chương trình mục tiêu "
              "quốc gia", 396_000_000, None),
        ("3", "Cho vay ủy thác qua Ngân hàng Chính sách xã hội (NQ 02/2023/NQ-HĐND)",
         30_000_000_000, SOURCE_PROVINCE),
    ]
    central = [
        ("1", "Đào tạo nghề, ngoại ngữ, bồi dưỡng kiến thức và chi phí ban đầu cho người lao "
              "động thuộc Chương trình mục tiêu quốc gia", 816_000_000, None),
        ("2", "Cho vay theo Nghị định 61/2015/NĐ-CP và 74/2019/NĐ-CP", 50_000_000_000,
         SOURCE_CENTRAL),
    ]

    def line(no, text, amount, source):
        r = len(s.rows) + 1
        s.add(Cell(no, style="center"), Cell(text, style="wrap"), Cell(amount, style="input"),
              Cell(formula="=" + loan_sum(source, "F"), style="money") if source
              else Cell(None, style="money"),
              Cell(formula="=" + loan_sum(source, "K"), style="money") if source
              else Cell(0, style="input"),
              Cell(formula="=C%d-E%d" % (r, r), style="money"))

    for ln in lines:
        line(*ln)
    s.add(Cell("II", style="total_label"), Cell("Ngân sách trung ương", style="total_label"),
          Cell(formula="=SUM(C11:C12)", style="total_money"),
          Cell(formula="=SUM(D11:D12)", style="total_money"),
          Cell(formula="=SUM(E11:E12)", style="total_money"),
          Cell(formula="=C10-E10", style="total_money"))
    for ln in central:
        line(*ln)
    assert len(s.rows) == 12
    signature_block(s, (1, 2, 4), span=1)
    return s


TRACKER_GUIDE = [
    ("Cột / Column", "Ý nghĩa / Meaning"),
    ("Chỉ tiêu, ngày", "Nhập chỉ tiêu từng đơn vị (cột C, số người nguyên), ngày chốt số liệu và hạn "
     "hoàn thành (C4:C5). / Enter each district's target and the two dates."),
    ("Đã thực hiện", "Đếm từ sheet \"%s\": người của đơn vị có ngày xuất cảnh / nhập học đến ngày "
     "chốt. / Counted from the registration list." % LIST_SHEET),
    ("Cần mỗi tháng", "QUOTA_PACE làm tròn lên thành số người (cột G ẩn giữ số chính xác). / The "
     "monthly pace rounded up to whole people (hidden column G keeps the exact value)."),
    ("Biểu đồ / Chart", "Tỷ lệ hoàn thành theo đơn vị, đọc cột F: tự cập nhật khi số liệu đổi. / "
     "Progress by district, read from column F: it follows the data."),
    ("Lý do / Reason", "Khi một ô tính ra lỗi (Err:502), cột Lý do cho biết cần kiểm tra gì. / When a "
     "cell shows an error, the Reason column says what to check."),
]
LOANS_GUIDE = [
    ("Cột / Column", "Ý nghĩa / Meaning"),
    ("Đợt 1, đợt 2", "LOAN_TRANCHE: đợt 1 là 30 %, đợt 2 là phần còn lại của số tiền hợp đồng "
     "(ST.V.1). / Tranche 1 is 30 %, tranche 2 the rest."),
    ("Nguồn vốn", "Chọn trong danh sách: các dòng của sheet \"%s\" cộng theo tên nguồn. / Choose "
     "from the list: the budget lines add up by source." % BUDGET),
    ("Lý do / Reason", "Khi một ô tính ra lỗi (Err:502), cột Lý do cho biết cần kiểm tra gì. / When a "
     "cell shows an error, the Reason column says what to check."),
]


def main() -> None:
    args = example_options(HERE, __doc__)
    people = registrants()
    tracker_districts = in_range(TRACKER, "B%d:B%d" % (T_FIRST, T_FIRST + len(DISTRICTS) - 1),
                                 "Huyện / District", "Đơn vị như ở sheet \"%s\"." % TRACKER,
                                 "Đơn vị không có ở sheet \"%s\": số đã thực hiện đếm theo tên "
                                 "này. / Not a district of the tracker." % TRACKER)
    write_workbook(args.out_dir, "quota_tracker",
                   [tracker_sheet(), allocation_sheet(),
                    list_sheet(people, "Dữ liệu mẫu, hư cấu: thay bằng danh sách thật.",
                               tracker_districts),
                    guide_sheet(TRACKER_GUIDE, ["QUOTA_REMAINING", "QUOTA_PROGRESS", "QUOTA_PACE",
                                                "QUOTA_ALLOCATE"])],
                   args.ots, title="Theo dõi chỉ tiêu năm 2023 — Sóc Trăng — vnpolicy")
    district = DISTRICTS[10][0]  # one district's own list: Huyện Mỹ Tú
    write_workbook(args.out_dir, "registration_list",
                   [list_sheet([p for p in people if p["district"] == district],
                               "Dữ liệu mẫu, hư cấu (%s)." % district), summary_sheet()],
                   args.ots, title="Danh sách đăng ký (Phụ lục III) — vnpolicy")
    write_workbook(args.out_dir, "loans", [loans_sheet(), budget_sheet(),
                                           guide_sheet(LOANS_GUIDE, ["LOAN_TRANCHE"])], args.ots,
                   title="Giải ngân vốn vay và kinh phí năm 2023 — Sóc Trăng — vnpolicy")


if __name__ == "__main__":
    main()
