// The eligibility functions' catalog rows (FUNCTIONS.md "Support", BT.1): wizard text in English
// and Vietnamese (templates filled in from the policy data, help_text.hpp), each argument's
// declared check, rule ids and examples.
#pragma once

#include <array>

#include "catalog/common_args.hpp"

namespace vnpolicy::catalog_data {

inline constexpr ArgInfo kBirthDate{
    "BirthDate",
    "Ngày sinh",
    "Date of birth.",
    "Ngày sinh.",
    false,
    {ArgType::Date},
    "The dates in order: BirthDate, ServiceStartDate (not before it), SendDate (not before "
    "ServiceStartDate).",
    "Các ngày theo thứ tự: Ngày sinh, Ngày bắt đầu công tác (không trước Ngày sinh), Ngày cử đi "
    "học (không trước Ngày bắt đầu công tác)."};
inline constexpr ArgInfo kServiceStartDate{"ServiceStartDate",
                                           "Ngày bắt đầu công tác",
                                           "First day of service (not before BirthDate).",
                                           "Không trước Ngày sinh.",
                                           false,
                                           {ArgType::Date}};
inline constexpr ArgInfo kSendDate{"SendDate",
                                   "Ngày cử đi học",
                                   "Date sent (not before ServiceStartDate).",
                                   "Ngày được cử đi học.",
                                   false,
                                   {ArgType::Date}};
inline constexpr ArgInfo kStaffType{
    "StaffType",
    "Loại cán bộ",
    "{codes.staff_type.civil_servant.0} or {codes.staff_type.public_employee.0} (see the "
    "description).",
    "{codes.staff_type.civil_servant.0} hoặc {codes.staff_type.public_employee.0}.",
    false,
    {ArgType::Code, CodeList::StaffType},
    "StaffType: {codes.staff_type.civil_servant} (age limit {eligibility.max_age_civil_servant}) "
    "or {codes.staff_type.public_employee} (age limit {eligibility.max_age_public_employee}).",
    "Loại cán bộ: {codes.staff_type.civil_servant} (tuổi tối đa "
    "{eligibility.max_age_civil_servant}) hoặc {codes.staff_type.public_employee} (tuổi tối đa "
    "{eligibility.max_age_public_employee})."};
inline constexpr ArgInfo kGoodYears{"GoodYears",
                                    "Số năm hoàn thành tốt",
                                    "Consecutive good-rated years to SendDate, >= 0.",
                                    "Số năm liên tục đến ngày cử đi.",
                                    false,
                                    {ArgType::Count},
                                    "GoodYears: consecutive years rated \"hoàn thành tốt nhiệm "
                                    "vụ\" or better up to SendDate, a whole number >= 0.",
                                    "Số năm hoàn thành tốt: số năm liên tục được đánh giá \"hoàn "
                                    "thành tốt nhiệm vụ\" trở lên đến ngày cử đi, số nguyên >= 0."};
inline constexpr ArgInfo kUnderDiscipline{
    "UnderDiscipline",
    "Đang bị kỷ luật",
    "Optional, default {arg.default}; {arg.allowed}.",
    "Không bắt buộc, mặc định {arg.default}.",
    true,
    {ArgType::Bool},
    "UnderDiscipline TRUE (1): under discipline, investigation or prosecution.",
    "Đang bị kỷ luật TRUE (1): đang bị kỷ luật, điều tra hoặc truy tố."};
inline constexpr ArgInfo kFirstPostgraduate{
    "FirstPostgraduate",
    "Sau đại học lần đầu",
    "Optional, default {arg.default}; {arg.allowed}.",
    "Không bắt buộc, mặc định {arg.default}.",
    true,
    {ArgType::Bool, CodeList::None, 0, 0, 1},
    "FirstPostgraduate (default TRUE): the age limit applies only to a first postgraduate course.",
    "Sau đại học lần đầu (mặc định TRUE): giới hạn tuổi chỉ áp dụng cho khóa sau đại học đầu "
    "tiên."};

inline constexpr std::array kEligibleArgs{kBirthDate,        kServiceStartDate, kSendDate,
                                          kStaffType,        kGoodYears,        kUnderDiscipline,
                                          kFirstPostgraduate};
inline constexpr std::array kEligibilityExplainArgs{
    kBirthDate, kServiceStartDate, kSendDate,          kStaffType,
    kGoodYears, kUnderDiscipline,  kFirstPostgraduate, kLanguage};

inline constexpr std::array kEligibilityFamily{
    FunctionInfo{
        "TRAINING_ELIGIBLE", ResultKind::Number, true, kEligibleArgs,
        "1 when the checkable conditions of Article 1(2) hold ({eligibility.min_service_years} "
        "years of service, {eligibility.min_good_years} good years, no discipline, age limit for a "
        "first course), else 0. Conditions b, d, g are yours to judge.",
        "1 nếu đạt các điều kiện kiểm tra được của Điều 1 khoản 2 (đủ "
        "{eligibility.min_service_years} năm công tác, {eligibility.min_good_years} năm hoàn thành "
        "tốt, không bị kỷ luật, tuổi cho khóa đầu tiên), ngược lại 0. Điều kiện b, d, g do người "
        "dùng đánh giá.",
        "BT.1", "TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"công chức\";3)",
        "1", true, true},
    FunctionInfo{"ELIGIBILITY_EXPLAIN", ResultKind::Text, true, kEligibilityExplainArgs,
                 "Each condition of TRAINING_ELIGIBLE, met or not, in words; for an invalid "
                 "argument, the reason.",
                 "Từng điều kiện của TRAINING_ELIGIBLE, đạt hay không, bằng lời; nếu đối số không "
                 "hợp lệ thì nêu lý do.",
                 "BT.1",
                 "ELIGIBILITY_EXPLAIN(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"công "
                 "chức\";3)",
                 "Đủ điều kiện …"},
};

}  // namespace vnpolicy::catalog_data
