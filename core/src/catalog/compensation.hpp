// The COMPENSATION family (FUNCTIONS.md "Compensation"), BASE_WAGE and POLICY_INFO: wizard text,
// arguments, rule ids and examples.
#pragma once

#include <array>

#include "common.hpp"

namespace vnpolicy::catalog_data {

// Shared argument descriptions (same contract name -> same label and help everywhere).
inline constexpr ArgInfo kCost{
    "Cost", "Chi phí",
    "Training cost F in dong (tuition and every other expense; for case 1 what was paid so far). "
    "A number >= 0.",
    "Chi phí đào tạo F, đồng (học phí và mọi khoản chi khác; trường hợp 1 là số đã chi đến khi "
    "thôi học). Số >= 0.",
    false};
inline constexpr ArgInfo kRequiredMonths{
    "RequiredMonths", "Số tháng phải phục vụ",
    "T1: months the person was required to serve after the course (see COMMITMENT_MONTHS). "
    "Rounded half-up to whole months; at least 1 for case 3.",
    "T1: số tháng phải phục vụ sau khóa học (xem COMMITMENT_MONTHS). Làm tròn đến tháng (từ nửa "
    "tháng trở lên tính một tháng); trường hợp 3 phải ít nhất 1 tháng.",
    false};
inline constexpr ArgInfo kServedMonths{
    "ServedMonths", "Số tháng đã phục vụ",
    "T2: months actually served after the course (see SERVICE_MONTHS). Rounded half-up to whole "
    "months; >= 0.",
    "T2: số tháng đã phục vụ sau khóa học (xem SERVICE_MONTHS). Làm tròn đến tháng; >= 0.", false};
inline constexpr ArgInfo kCase{
    "Case", "Trường hợp",
    "Optional, default 3. 1 = left during training (never attended, quit the course or the job, "
    "expelled): full cost; 2 = no diploma: 50 % under BT2012, 100 % under KH2023; 3 = left after "
    "graduating before serving the commitment: Cost / T1 × (T1 − T2).",
    "Không bắt buộc, mặc định 3. 1 = bỏ học, thôi việc hoặc bị buộc thôi học trong thời gian đào "
    "tạo: đền bù toàn bộ; 2 = không được cấp bằng: 50 % theo BT2012, 100 % theo KH2023; 3 = đã tốt "
    "nghiệp nhưng nghỉ việc trước khi phục vụ đủ thời gian cam kết: Chi phí / T1 × (T1 − T2).",
    true};
inline constexpr ArgInfo kPolicy{
    "Policy", "Chính sách",
    "Optional, default \"BT2012\" (Bình Thuận 49/2012/QĐ-UBND). Also \"KH2023\" (Khánh Hòa 2023). "
    "\"ST2023\" has no compensation rules (error).",
    "Không bắt buộc, mặc định \"BT2012\" (Quyết định 49/2012/QĐ-UBND Bình Thuận). Hoặc \"KH2023\" "
    "(Khánh Hòa 2023). \"ST2023\" không có quy định đền bù (lỗi).",
    true};
inline constexpr ArgInfo kTrainingMonths{
    "TrainingMonths", "Số tháng đào tạo",
    "Length of the training in months, rounded half-up to whole months; >= 0. Ignored for KH2023 "
    "groups 2-5.",
    "Thời gian đào tạo tính bằng tháng, làm tròn đến tháng; >= 0. Không dùng cho nhóm 2-5 của "
    "KH2023.",
    false};
inline constexpr ArgInfo kPolicyCommitment{
    "Policy", "Chính sách",
    "Optional, default \"BT2012\": 3 × the training months. \"KH2023\": by Group. \"ST2023\" is an "
    "error.",
    "Không bắt buộc, mặc định \"BT2012\": gấp 3 lần thời gian đào tạo. \"KH2023\": theo Nhóm. "
    "\"ST2023\" là lỗi.",
    true};
inline constexpr ArgInfo kGroup{
    "Group", "Nhóm",
    "Optional, default 1. KH2023 beneficiary group 1-5: group 1 → 2 × the training months, groups "
    "2, 4, 5 → 60 months, group 3 → 72 months. Ignored under BT2012 (but must be 1-5).",
    "Không bắt buộc, mặc định 1. Nhóm đối tượng KH2023 từ 1 đến 5: nhóm 1 → gấp 2 lần thời gian "
    "đào tạo, nhóm 2, 4, 5 → 60 tháng, nhóm 3 → 72 tháng. BT2012 không dùng (nhưng phải từ 1 đến "
    "5).",
    true};
inline constexpr ArgInfo kStartDate{"StartDate", "Ngày bắt đầu",
                                    "First day of service after the course (a date).",
                                    "Ngày bắt đầu phục vụ sau khóa học (ngày tháng).", false};
inline constexpr ArgInfo kEndDate{
    "EndDate", "Ngày kết thúc", "Day the service ended (a date, not before StartDate).",
    "Ngày thôi phục vụ (ngày tháng, không trước Ngày bắt đầu).", false};
inline constexpr ArgInfo kRounding{
    "Rounding", "Cách làm tròn",
    "Optional, default 0. 0 = a remainder of 15 days or more counts as a month; 1 = round down "
    "(remainder dropped); 2 = round up (any remainder counts).",
    "Không bắt buộc, mặc định 0. 0 = số ngày lẻ từ 15 ngày trở lên tính một tháng; 1 = làm tròn "
    "xuống (bỏ ngày lẻ); 2 = làm tròn lên (có ngày lẻ là tính một tháng).",
    true};
inline constexpr ArgInfo kDate{"Date", "Ngày",
                               "The date on which the wage is wanted (from 2008-01-01).",
                               "Ngày cần biết mức lương (từ 01/01/2008).", false};

inline constexpr std::array kCompensationArgs{kCost, kRequiredMonths, kServedMonths, kCase,
                                              kPolicy};
inline constexpr std::array kCommitmentArgs{kTrainingMonths, kPolicyCommitment, kGroup};
inline constexpr std::array kServiceArgs{kStartDate, kEndDate, kRounding};
inline constexpr std::array kExplainArgs{kCost, kRequiredMonths, kServedMonths,
                                         kCase, kPolicy,         kLanguage};
inline constexpr std::array kBaseWageArgs{kDate};

inline constexpr std::array kCompensationFamily{
    FunctionInfo{
        "COMPENSATION", ResultKind::Number, false, kCompensationArgs,
        "Training cost to repay, in whole dong (Bình Thuận 49/2012 Chương V; Khánh Hòa 2023 "
        "Điều 4-5). Case 3: Cost / T1 × (T1 − T2), 0 when T2 >= T1.",
        "Số tiền phải đền bù chi phí đào tạo, đồng (Quyết định 49/2012 Bình Thuận Chương V; "
        "Khánh Hòa 2023 Điều 4-5). Trường hợp 3: Chi phí / T1 × (T1 − T2), bằng 0 khi T2 >= T1.",
        "BT.15-17, KH.4-5", "COMPENSATION(50000000;108;36)", "33333333", true, true},
    FunctionInfo{
        "COMMITMENT_MONTHS", ResultKind::Number, false, kCommitmentArgs,
        "Months that must be served after training: BT2012 3 × the training months; KH2023 by "
        "beneficiary group.",
        "Số tháng phải phục vụ sau đào tạo: BT2012 gấp 3 lần thời gian đào tạo; KH2023 theo nhóm "
        "đối tượng.",
        "BT.1d, BT.15.3, KH.3", "COMMITMENT_MONTHS(36)", "108", true, true},
    FunctionInfo{
        "SERVICE_MONTHS", ResultKind::Number, true, kServiceArgs,
        "Whole months between two dates (month ends clamp as in EDATE); by default a remainder "
        "of 15 days or more counts as a month.",
        "Số tháng tròn giữa hai ngày (cuối tháng tính như EDATE); mặc định số ngày lẻ từ 15 ngày "
        "trở lên tính một tháng.",
        "BT.16.2c", "SERVICE_MONTHS(DATE(2020;1;15);DATE(2023;1;30))", "37", true, true},
    FunctionInfo{
        "COMPENSATION_EXPLAIN", ResultKind::Text, false, kExplainArgs,
        "The COMPENSATION computation in words, with the formula, the numbers and the legal "
        "citation; for an invalid argument, the reason.",
        "Giải thích cách tính COMPENSATION bằng lời: công thức, các số và điều khoản áp dụng; nếu "
        "đối số không hợp lệ thì nêu lý do.",
        "BT.15-17, KH.4-5", "COMPENSATION_EXPLAIN(50000000;108;36)",
        "S = F/T1 × (T1 − T2) = 50.000.000 / 108 × (108 − 36) = 33.333.333 đồng (Điều 16 khoản 2 "
        "điểm c, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận)"},
    FunctionInfo{
        "BASE_WAGE", ResultKind::Number, true, kBaseWageArgs,
        "General minimum wage / base wage in force on a date, dong per month (from 2008-01-01; "
        "the last row of the table applies after it).",
        "Mức lương tối thiểu chung / lương cơ sở áp dụng vào một ngày, đồng/tháng (từ 01/01/2008; "
        "sau mốc cuối cùng thì áp dụng mức cuối cùng).",
        "BASE WAGE", "BASE_WAGE(DATE(2012;12;1))", "1050000", true, true},
    FunctionInfo{"POLICY_INFO",
                 ResultKind::Text,
                 false,
                 {},
                 "Add-in version and the date range of the shipped policy data.",
                 "Phiên bản add-in và phạm vi thời gian của dữ liệu chính sách kèm theo.",
                 "—",
                 "POLICY_INFO()",
                 "vnpolicy 0.1.0 · policy data reviewed …"},
};

}  // namespace vnpolicy::catalog_data
