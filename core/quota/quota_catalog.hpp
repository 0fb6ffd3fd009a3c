// The QUOTA_REMAINING family and LOAN_TRANCHE (FUNCTIONS.md "Quotas and loans", the policy serving
// "quota"): wizard text (templates filled in from the policy data, help_text.hpp), arguments, rule
// ids and examples.
#pragma once

#include <array>

#include "catalog/common_args.hpp"

namespace vnpolicy::catalog_data {

inline constexpr ArgInfo kTarget{
    "Target",
    "Chỉ tiêu",
    "Target in people: a number or a range, one row per district (Phụ lục I); whole numbers >= "
    "0, empty cells as 0.",
    "Chỉ tiêu (người): một số, hoặc vùng ô mỗi dòng một huyện (Phụ lục I); số nguyên >= 0, ô "
    "trống tính là 0.",
    false,
    {ArgType::PeopleCells}};
inline constexpr ArgInfo kDone{
    "Done",
    "Đã thực hiện",
    "People already sent: a number, or a range of the same shape as Target; whole numbers >= "
    "0.",
    "Số người đã thực hiện: một số, hoặc vùng ô cùng kích thước với Chỉ tiêu; số nguyên >= 0.",
    false,
    {ArgType::PeopleCells}};
inline constexpr ArgInfo kAsOfDate{"AsOfDate",
                                   "Tính đến ngày",
                                   "The date the Done figures refer to (a date).",
                                   "Ngày chốt số liệu đã thực hiện (ngày tháng).",
                                   false,
                                   {ArgType::Date}};
inline constexpr ArgInfo kDeadline{
    "Deadline",
    "Hạn hoàn thành",
    "The date by which the target must be reached; after AsOfDate while people remain.",
    "Ngày phải hoàn thành chỉ tiêu; phải sau Tính đến ngày khi còn chỉ tiêu.",
    false,
    {ArgType::Date}};
inline constexpr ArgInfo kTotal{"Total",
                                "Tổng số",
                                "The whole number to split (people, places, ...), >= 0.",
                                "Tổng số cần phân bổ (người, suất, ...), số nguyên >= 0.",
                                false,
                                {ArgType::People}};
inline constexpr ArgInfo kWeights{
    "Weights",
    "Trọng số",
    "A range of weights (e.g. the districts' targets or populations), numbers >= 0, not all 0.",
    "Vùng trọng số (ví dụ chỉ tiêu hoặc dân số các huyện), số >= 0, không phải tất cả bằng 0.",
    false,
    {ArgType::WeightCells}};
inline constexpr ArgInfo kLoanAmount{"Amount",
                                     "Số tiền",
                                     "The loan contract amount in dong, >= 0.",
                                     "Số tiền hợp đồng vay, đồng, >= 0.",
                                     false,
                                     {ArgType::Money}};
inline constexpr ArgInfo kTranche{
    "Tranche",
    "Đợt",
    "1 = the first disbursement, {quota.loan_tranche1%} of Amount rounded to dong; 2 = the "
    "second, Amount minus the first.",
    "1 = đợt giải ngân thứ nhất, {quota.loan_tranche1%} Số tiền làm tròn đến đồng; 2 = đợt thứ "
    "hai, Số tiền trừ đợt thứ nhất.",
    false,
    {ArgType::Whole, CodeList::None, 1, 2}};

inline constexpr std::array kQuotaArgs{kTarget, kDone};
inline constexpr std::array kPaceArgs{kTarget, kDone, kAsOfDate, kDeadline};
inline constexpr std::array kAllocateArgs{kTotal, kWeights};
inline constexpr std::array kLoanArgs{kLoanAmount, kTranche};

inline constexpr std::array kQuotaFamily{
    FunctionInfo{"QUOTA_REMAINING", ResultKind::Number, false, kQuotaArgs,
                 "People still to send: the sum over districts of max(0, target − done) "
                 "({decree_name.quota}, II.2): a district over its target does not reduce "
                 "another's remainder. Text cells in Target or Done are an error.",
                 "Chỉ tiêu còn phải thực hiện: tổng theo huyện của max(0, chỉ tiêu − đã thực "
                 "hiện) ({decree_name.quota}, mục II.2): huyện vượt chỉ tiêu không làm giảm phần "
                 "còn lại của huyện khác. Ô chữ trong Chỉ tiêu hoặc Đã thực hiện là lỗi.",
                 "ST.II.2", "QUOTA_REMAINING(48;14)", "34", true},
    FunctionInfo{"QUOTA_PROGRESS", ResultKind::Number, false, kQuotaArgs,
                 "Share of the target reached, 0-1: sum of min(done, target) / sum of targets. "
                 "Text cells in Target or Done are an error.",
                 "Tỷ lệ hoàn thành chỉ tiêu, 0-1: tổng min(đã thực hiện, chỉ tiêu) / tổng chỉ "
                 "tiêu. Ô chữ trong Chỉ tiêu hoặc Đã thực hiện là lỗi.",
                 "ST.II.2", "QUOTA_PROGRESS(600;307)", "0.511666666666667"},
    FunctionInfo{"QUOTA_PACE", ResultKind::Number, true, kPaceArgs,
                 "People a month needed to finish on time: remaining ÷ months left, months left "
                 "= (Deadline − AsOfDate) × 12 / {quota.days_per_year}; 0 when nothing remains. "
                 "Deadline after AsOfDate while people remain; text cells in Target or Done are "
                 "an error.",
                 "Số người cần thực hiện mỗi tháng để kịp hạn: chỉ tiêu còn lại ÷ số tháng còn "
                 "lại, số tháng = (Hạn − Ngày chốt) × 12 / {quota.days_per_year}; bằng 0 khi đã "
                 "đủ chỉ tiêu. Hạn hoàn thành phải sau Tính đến ngày khi còn chỉ tiêu; ô chữ trong "
                 "Chỉ tiêu hoặc Đã thực hiện là lỗi.",
                 "ST.II.2", "QUOTA_PACE(48;14;DATE(2023;8;31);DATE(2023;12;31))",
                 "8.48258196721311"},
    FunctionInfo{"QUOTA_ALLOCATE", ResultKind::Array, false, kAllocateArgs,
                 "Splits Total in proportion to Weights into whole numbers (largest remainders, "
                 "ties to the earlier row) that sum exactly to Total; an array the shape of "
                 "Weights: enter the formula as an array (Ctrl+Shift+Enter).",
                 "Phân bổ Tổng số theo tỷ lệ Trọng số thành các số nguyên (phần dư lớn nhất, "
                 "bằng nhau thì ưu tiên dòng trên) có tổng đúng bằng Tổng số; kết quả là mảng "
                 "cùng kích thước với Trọng số: nhập công thức dạng mảng (Ctrl+Shift+Enter).",
                 "ST.II.2", "QUOTA_ALLOCATE(100;{1;1;1})", "{34;33;33}", true},
    FunctionInfo{"LOAN_TRANCHE", ResultKind::Number, false, kLoanArgs,
                 "Dong disbursed in loan tranche 1 ({quota.loan_tranche1%} of the contract "
                 "amount) or tranche 2 (the rest) ({decree_name.quota}, V.1).",
                 "Số tiền giải ngân đợt 1 ({quota.loan_tranche1%} số tiền hợp đồng vay) hoặc đợt "
                 "2 (phần còn lại) ({decree_name.quota}, mục V.1).",
                 "ST.V.1", "LOAN_TRANCHE(100000000;1)", "30000000", true, true},
};

}  // namespace vnpolicy::catalog_data
