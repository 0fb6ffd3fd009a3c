// The COMPENSATION family's catalog rows (FUNCTIONS.md "Compensation"): wizard text (templates
// filled in from the policy data, help_text.hpp), each argument's declared check, rule ids and
// examples.
#pragma once

#include <array>

#include "catalog/common_args.hpp"

namespace vnpolicy::catalog_data {

// What a Policy argument allows, in the description of every function that takes one.
inline constexpr std::string_view kPolicyDetailEn =
    "Policy: {policies.compensation}; {policies.without_compensation} has no compensation rules "
    "(an error).";
inline constexpr std::string_view kPolicyDetailVi =
    "Chính sách: {policies.compensation}; {policies.without_compensation} không có quy định đền "
    "bù (lỗi).";

// Shared argument descriptions (same contract name -> same label and help everywhere).
inline constexpr ArgInfo kCost{
    "Cost",
    "Chi phí",
    "Training cost F in dong, >= 0: tuition and all other expenses (case 1: what was spent).",
    "Chi phí đào tạo F, đồng, >= 0 (trường hợp 1: số đã chi).",
    false,
    {ArgType::Money},
    "Cost F: tuition and every other expense (case 1: what was paid so far).",
    "Chi phí F: học phí và mọi khoản chi khác (trường hợp 1 là số đã chi đến khi thôi học)."};
inline constexpr ArgInfo kRequiredMonths{
    "RequiredMonths",
    "Số tháng phải phục vụ",
    "T1: months to serve after the course (see COMMITMENT_MONTHS), rounded half-up.",
    "T1: số tháng phải phục vụ (COMMITMENT_MONTHS), làm tròn.",
    false,
    {ArgType::Months}};
inline constexpr ArgInfo kServedMonths{
    "ServedMonths",
    "Số tháng đã phục vụ",
    "T2: months served after the course (see SERVICE_MONTHS), rounded half-up; >= 0.",
    "T2: số tháng đã phục vụ (SERVICE_MONTHS), làm tròn; >= 0.",
    false,
    {ArgType::Months}};
inline constexpr ArgInfo kCase{
    "Case",
    "Trường hợp",
    "Optional, default {arg.default}. 1 = left in training, 2 = no diploma, 3 = left before "
    "serving T1.",
    "Không bắt buộc, mặc định {arg.default}. {arg.allowed} (nghĩa: xem mô tả hàm).",
    true,
    {ArgType::Whole, CodeList::None, 1, 3, 3},
    "Case: 1 = left during training (never attended, quit the course or the job, expelled): the "
    "full cost; 2 = no diploma: a share of the cost ({case2.shares}); 3 = left after graduating "
    "before serving the commitment: Cost / T1 × (T1 − T2), 0 when T2 >= T1 (T1 at least 1).",
    "Trường hợp: 1 = bỏ học, thôi việc hoặc bị buộc thôi học trong thời gian đào tạo: đền bù toàn "
    "bộ; 2 = không được cấp bằng: đền bù một phần ({case2.shares}); 3 = đã tốt nghiệp nhưng nghỉ "
    "việc trước khi phục vụ đủ thời gian cam kết: Chi phí / T1 × (T1 − T2), bằng 0 khi T2 >= T1 "
    "(T1 ít nhất 1 tháng)."};
inline constexpr ArgInfo kPolicy{
    "Policy",
    "Chính sách",
    "Optional, default {arg.default}. One of {policies.compensation.codes}.",
    "Không bắt buộc, mặc định {arg.default}. Một trong {policies.compensation.codes}.",
    true,
    {ArgType::Policy},
    kPolicyDetailEn,
    kPolicyDetailVi};
inline constexpr ArgInfo kTrainingMonths{
    "TrainingMonths",
    "Số tháng đào tạo",
    "Training months, rounded half-up; >= 0. Ignored for {commitment.fixed_groups} (fixed "
    "months).",
    "Số tháng đào tạo, làm tròn; >= 0. Không dùng cho {commitment.fixed_groups} (số tháng cố "
    "định).",
    false,
    {ArgType::Months}};
inline constexpr ArgInfo kPolicyCommitment{
    "Policy",
    "Chính sách",
    "Optional, default {arg.default} ({commitment.default}). One of "
    "{policies.compensation.codes}.",
    "Không bắt buộc, mặc định {arg.default} ({commitment.default}). Một trong "
    "{policies.compensation.codes}.",
    true,
    {ArgType::Policy},
    kPolicyDetailEn,
    kPolicyDetailVi};
inline constexpr ArgInfo kGroup{
    "Group",
    "Nhóm",
    "Optional, default {arg.default}. Beneficiary group, {arg.allowed}; a policy without groups "
    "ignores it.",
    "Không bắt buộc, mặc định {arg.default}. Nhóm đối tượng: {arg.allowed}; chính sách không chia "
    "nhóm thì bỏ qua.",
    true,
    {ArgType::Whole, CodeList::None, 1, kMaxGroup, 1},
    "Group: the beneficiary group, 1 to {groups.max}, of a policy with groups; a policy with one "
    "rule for every group ignores it (it must still be 1 to {groups.max}).",
    "Nhóm: nhóm đối tượng, từ 1 đến {groups.max}, của chính sách có chia nhóm; chính sách có một "
    "quy định chung cho mọi nhóm thì không dùng Nhóm (nhưng vẫn phải từ 1 đến {groups.max})."};
inline constexpr ArgInfo kStartDate{"StartDate",
                                    "Ngày bắt đầu",
                                    "First day of service after the course (a date).",
                                    "Ngày bắt đầu phục vụ sau khóa học (ngày tháng).",
                                    false,
                                    {ArgType::Date}};
inline constexpr ArgInfo kEndDate{"EndDate",
                                  "Ngày kết thúc",
                                  "Day the service ended (a date, not before StartDate).",
                                  "Ngày thôi phục vụ (ngày tháng, không trước Ngày bắt đầu).",
                                  false,
                                  {ArgType::Date}};
inline constexpr ArgInfo kRounding{
    "Rounding",
    "Cách làm tròn",
    "Optional, default {arg.default}. 0 = a remainder of {service_months.month_days} days or more "
    "counts as a month; 1 = round down; 2 = round up.",
    "Không bắt buộc, mặc định {arg.default}. 0 = từ {service_months.month_days} ngày lẻ trở lên "
    "tính một tháng; 1 = làm tròn xuống; 2 = làm tròn lên.",
    true,
    {ArgType::Whole, CodeList::None, 0, 2, 0}};
inline constexpr ArgInfo kGroupCompensation{
    "Group",
    "Nhóm",
    "Optional, default {arg.default}. Beneficiary group, {arg.allowed}: its clause applies.",
    "Không bắt buộc, mặc định {arg.default}; {arg.allowed}.",
    true,
    {ArgType::Whole, CodeList::None, 1, kMaxGroup, 1},
    "Group: the beneficiary group, 1 to {groups.max}, of a policy with groups: each group's clause "
    "applies; groups not sent to study have case 3 only, and Cost is what their clause names (e.g. "
    "the allowance A); a policy with one rule for every group ignores it (it must still be 1 to "
    "{groups.max}).",
    "Nhóm: nhóm đối tượng, từ 1 đến {groups.max}, của chính sách có chia nhóm: áp dụng điều khoản "
    "của nhóm; nhóm không được cử đi học chỉ có trường hợp 3, và Chi phí là khoản điều khoản của "
    "nhóm nêu (ví dụ trợ cấp A); chính sách có một quy định chung cho mọi nhóm thì không dùng Nhóm "
    "(nhưng vẫn phải từ 1 đến {groups.max})."};

inline constexpr std::array kCompensationArgs{kCost, kRequiredMonths, kServedMonths,
                                              kCase, kPolicy,         kGroupCompensation};
inline constexpr std::array kCommitmentArgs{kTrainingMonths, kPolicyCommitment, kGroup};
inline constexpr std::array kServiceArgs{kStartDate, kEndDate, kRounding};
inline constexpr std::array kExplainArgs{kCost,   kRequiredMonths, kServedMonths,     kCase,
                                         kPolicy, kLanguage,       kGroupCompensation};

inline constexpr std::array kCompensationFamily{
    FunctionInfo{"COMPENSATION", ResultKind::Number, false, kCompensationArgs,
                 "Training cost to repay, in whole dong, under {policies.compensation.codes}.",
                 "Số tiền phải đền bù chi phí đào tạo, đồng, theo {policies.compensation.codes}.",
                 "BT.15-17, KH.4-5", "COMPENSATION(50000000;108;36)", "33333333", true, true},
    FunctionInfo{"COMMITMENT_MONTHS", ResultKind::Number, false, kCommitmentArgs,
                 "Months that must be served after training: {commitment.rules}.",
                 "Số tháng phải phục vụ sau đào tạo: {commitment.rules}.", "BT.1d, BT.15.3, KH.3",
                 "COMMITMENT_MONTHS(36)", "108", true, true},
    FunctionInfo{
        "SERVICE_MONTHS", ResultKind::Number, true, kServiceArgs,
        "Whole months between two dates (month ends clamp as in EDATE); by default a remainder "
        "of {service_months.month_days} days or more counts as a month.",
        "Số tháng tròn giữa hai ngày (cuối tháng tính như EDATE); mặc định số ngày lẻ từ "
        "{service_months.month_days} ngày trở lên tính một tháng.",
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
};

}  // namespace vnpolicy::catalog_data
