// The SUPPORT_LEVEL family's catalog rows (FUNCTIONS.md "Support"): BT2012's training support
// and allowances and KH2023's INCOME_TOPUP — wizard text in English and Vietnamese (templates
// filled in from the policy data, help_text.hpp), each argument's declared check, rule ids and
// examples.
#pragma once

#include <array>

#include "catalog/common_args.hpp"

namespace vnpolicy::catalog_data {

inline constexpr ArgInfo kDegree{
    "Degree",
    "Bậc đào tạo",
    "{codes.degree.doctorate.0} (doctorate) or {codes.degree.master.0} (master); other "
    "spellings: see the description.",
    "{codes.degree.doctorate.0} (tiến sĩ) hoặc {codes.degree.master.0} (thạc sĩ); cách viết khác: "
    "xem mô tả hàm.",
    false,
    {ArgType::Code, CodeList::Degree},
    "Degree: doctorate {codes.degree.doctorate}; master {codes.degree.master} (any case, with or "
    "without diacritics).",
    "Bậc đào tạo: tiến sĩ {codes.degree.doctorate}; thạc sĩ {codes.degree.master} (không phân biệt "
    "hoa thường, có dấu hay không dấu)."};
inline constexpr ArgInfo kProgramme{
    "Programme",
    "Chương trình",
    "Optional, default {codes.programme.standard}; or {codes.programme.priority}, "
    "{codes.programme.attraction}.",
    "Không bắt buộc, mặc định {codes.programme.standard}; hoặc {codes.programme.priority}, "
    "{codes.programme.attraction}.",
    true,
    {ArgType::Code, CodeList::Programme},
    "Programme: {codes.programme.standard} ({support.multiple.standard_doctorate} × or "
    "{support.multiple.standard_master} ×, BT.2.2), {codes.programme.priority} "
    "({support.multiple.priority_doctorate} × or {support.multiple.priority_master} ×, BT.2.3), "
    "{codes.programme.attraction} ({support.multiple.attraction_doctorate} × or "
    "{support.multiple.attraction_master} ×, paid once, BT.3), for a doctorate or a master.",
    "Chương trình: {codes.programme.standard} ({support.multiple.standard_doctorate} hoặc "
    "{support.multiple.standard_master} lần, Điều 2 khoản 2), {codes.programme.priority} "
    "({support.multiple.priority_doctorate} hoặc {support.multiple.priority_master} lần, Điều 2 "
    "khoản 3), {codes.programme.attraction} ({support.multiple.attraction_doctorate} hoặc "
    "{support.multiple.attraction_master} lần, trả một lần, Điều 3), cho tiến sĩ hoặc thạc sĩ."};
inline constexpr ArgInfo kSupportDate{
    "Date",
    "Ngày",
    "The date whose minimum / base wage applies (from {base_wage.first}).",
    "Ngày lấy mức lương tối thiểu chung / lương cơ sở (từ {base_wage.first}).",
    false,
    {ArgType::Date}};
inline constexpr ArgInfo kEncouraged{
    "Encouraged",
    "Khuyến khích",
    "Optional, default FALSE. TRUE (1) for an ethnic minority, a woman or staff of Phú Quý; FALSE "
    "(0) otherwise; other numbers and text are an error.",
    "Không bắt buộc, mặc định FALSE. TRUE (1) nếu là người dân tộc thiểu số, nữ hoặc công tác tại "
    "Phú Quý; FALSE (0) nếu không; số khác hoặc chữ là lỗi.",
    true,
    {ArgType::Bool}};
inline constexpr ArgInfo kEncouragedSupport{
    "Encouraged",
    "Khuyến khích",
    "Optional, default {arg.default}. TRUE: ethnic minority, woman or Phú Quý; adds "
    "{support.encouragement_bonus} once.",
    "Không bắt buộc, mặc định {arg.default}. TRUE: dân tộc thiểu số, nữ hoặc Phú Quý; cộng "
    "{support.encouragement_bonus} đồng một lần.",
    true,
    {ArgType::Bool},
    "Encouraged: TRUE (1) for an ethnic minority, a woman or staff of Phú Quý adds "
    "{support.encouragement_bonus} once for standard and priority (nothing for attraction).",
    "Khuyến khích: TRUE (1) nếu là người dân tộc thiểu số, nữ hoặc công tác tại Phú Quý, cộng "
    "{support.encouragement_bonus} đồng một lần cho chương trình thường và ưu tiên (thu hút không "
    "có)."};
inline constexpr ArgInfo kDecisionDate{
    "DecisionDate",
    "Ngày quyết định",
    "Date the decision to send the person took effect (phase 1 wage).",
    "Ngày quyết định cử đi học có hiệu lực (mức lương đợt 1).",
    false,
    {ArgType::Date}};
inline constexpr ArgInfo kDiplomaDate{
    "DiplomaDate",
    "Ngày cấp bằng",
    "Date the diploma was granted (phase 2 wage); not before DecisionDate.",
    "Ngày được cấp bằng (mức lương đợt 2); không trước Ngày quyết định.",
    false,
    {ArgType::Date}};
inline constexpr ArgInfo kPhase{
    "Phase",
    "Đợt",
    "1 = advance of {support.phase1_share%} at the decision-date wage; 2 = full level at the "
    "diploma-date wage minus phase 1.",
    "1 = tạm ứng {support.phase1_share%} theo lương ngày quyết định; 2 = mức theo lương ngày cấp "
    "bằng trừ đợt 1.",
    false,
    {ArgType::Whole, CodeList::None, 1, 2}};
inline constexpr ArgInfo kProgrammeInstallment{
    "Programme",
    "Chương trình",
    "Optional, default {codes.programme.standard}; or {codes.programme.priority}.",
    "Không bắt buộc, mặc định {codes.programme.standard}; hoặc {codes.programme.priority}.",
    true,
    {ArgType::Code, CodeList::Programme},
    "Programme: {codes.programme.standard} or {codes.programme.priority}; "
    "{codes.programme.attraction} is paid once, not in phases (an error here).",
    "Chương trình: {codes.programme.standard} hoặc {codes.programme.priority}; "
    "{codes.programme.attraction} trả một lần, không chia đợt (lỗi ở đây)."};
inline constexpr ArgInfo kDays{"Days",
                               "Số ngày",
                               "Whole days actually attended, >= 0.",
                               "Số ngày thực học, số nguyên >= 0.",
                               false,
                               {ArgType::Count}};
inline constexpr ArgInfo kStudyCourse{
    "Course",
    "Loại khóa học",
    "{codes.study_course.professional} ({study.meal_professional_in} a day) or "
    "{codes.study_course.political} ({study.meal_political_in}).",
    "{codes.study_course.professional} ({study.meal_professional_in} đồng/ngày) hoặc "
    "{codes.study_course.political} ({study.meal_political_in}).",
    false,
    {ArgType::Code, CodeList::StudyCourse}};
inline constexpr ArgInfo kOutOfProvince{
    "OutOfProvince",
    "Ngoài tỉnh",
    "Optional, default {arg.default}. TRUE (1) when the class is held outside the province.",
    "Không bắt buộc, mặc định {arg.default}. TRUE (1) khi lớp học ở ngoài tỉnh.",
    true,
    {ArgType::Bool}};
inline constexpr ArgInfo kEncouragedStudy{
    "Encouraged",
    "Khuyến khích",
    "Optional, default {arg.default}. TRUE: ethnic minority, woman or Phú Quý; adds "
    "{study.meal_encouragement} a day (professional).",
    "Không bắt buộc, mặc định {arg.default}. TRUE: dân tộc thiểu số, nữ hoặc Phú Quý; cộng "
    "{study.meal_encouragement} đồng/ngày (chuyên môn).",
    true,
    {ArgType::Bool}};
inline constexpr ArgInfo kLevel{
    "Level",
    "Hệ",
    "{codes.level.intermediate} ({study.materials_intermediate} a school year) or "
    "{codes.level.advanced} ({study.materials_advanced}).",
    "{codes.level.intermediate} ({study.materials_intermediate} đồng/năm học) hoặc "
    "{codes.level.advanced} ({study.materials_advanced} đồng).",
    false,
    {ArgType::Code, CodeList::Level}};
inline constexpr ArgInfo kSchoolYears{"SchoolYears",
                                      "Số năm học",
                                      "Whole number of school years, >= 0.",
                                      "Số năm học, số nguyên >= 0.",
                                      false,
                                      {ArgType::Count}};
inline constexpr ArgInfo kMonthlyIncome{"MonthlyIncome",
                                        "Thu nhập hằng tháng",
                                        "Total monthly income in dong, >= 0.",
                                        "Tổng thu nhập hằng tháng, đồng, >= 0.",
                                        false,
                                        {ArgType::Money}};
inline constexpr ArgInfo kTopupGroup{
    "Group",
    "Nhóm",
    "{code.income_topup} beneficiary group 4 (up to {income_topup.group4_multiple} × the base "
    "wage) or group 5 (up to {income_topup.group5_multiple} ×); other groups are an error.",
    "Nhóm đối tượng {code.income_topup}: nhóm 4 (bù đến {income_topup.group4_multiple} lần lương "
    "cơ sở) hoặc nhóm 5 (đến {income_topup.group5_multiple} lần); nhóm khác là lỗi.",
    false,
    {ArgType::Whole, CodeList::None, 4, 5}};
inline constexpr ArgInfo kTopupDate{
    "Date",
    "Ngày",
    "The month's date, for the base wage (from {base_wage.first}).",
    "Ngày của tháng tính, để lấy lương cơ sở (từ {base_wage.first}).",
    false,
    {ArgType::Date}};
inline constexpr ArgInfo kTuition{"Tuition",
                                  "Học phí",
                                  "Tuition on the receipts, dong, >= 0.",
                                  "Học phí theo chứng từ, đồng, >= 0.",
                                  false,
                                  {ArgType::Money}};
inline constexpr ArgInfo kTuitionCourse{
    "Course",
    "Loại khóa học",
    "{codes.tuition_course.postgraduate} ({support.tuition_postgraduate%}) or "
    "{codes.tuition_course.professional} ({support.tuition_professional%}; "
    "{support.tuition_highland%} in a highland commune).",
    "{codes.tuition_course.postgraduate} ({support.tuition_postgraduate%}) hoặc "
    "{codes.tuition_course.professional} ({support.tuition_professional%}; "
    "{support.tuition_highland%} ở xã vùng cao).",
    false,
    {ArgType::Code, CodeList::TuitionCourse}};
inline constexpr ArgInfo kCommune{
    "Commune",
    "Xã",
    "Optional, default none. Where the person works: the {highland_communes.count} highland "
    "communes give {support.tuition_highland%}, others {support.tuition_professional%}.",
    "Không bắt buộc, mặc định không có. Xã nơi công tác: {highland_communes.count} xã vùng cao "
    "được {support.tuition_highland%}, xã khác {support.tuition_professional%}.",
    true,
    {ArgType::CodeOrBlank}};
inline constexpr std::array kSupportMultipleArgs{kDegree, kProgramme};
inline constexpr std::array kSupportLevelArgs{kDegree, kSupportDate, kProgramme,
                                              kEncouragedSupport};
inline constexpr std::array kInstallmentArgs{kDegree, kDecisionDate, kDiplomaDate, kPhase,
                                             kProgrammeInstallment};
inline constexpr std::array kStudyAllowanceArgs{kDays, kStudyCourse, kOutOfProvince,
                                                kEncouragedStudy};
inline constexpr std::array kStudyMaterialsArgs{kLevel, kSchoolYears};
inline constexpr std::array kTopupArgs{kMonthlyIncome, kTopupGroup, kTopupDate};
inline constexpr std::array kTuitionArgs{kTuition, kTuitionCourse, kCommune};
inline constexpr std::array kSupportExplainArgs{kDegree, kSupportDate, kProgramme,
                                                kEncouragedSupport, kLanguage};

inline constexpr std::array kSupportFamily{
    FunctionInfo{"SUPPORT_MULTIPLE", ResultKind::Number, false, kSupportMultipleArgs,
                 "Multiple of the minimum wage for postgraduate support.",
                 "Hệ số hỗ trợ sau đại học (lần mức lương tối thiểu).", "BT.2.2, BT.2.3, BT.3",
                 "SUPPORT_MULTIPLE(\"TS\")", "45", true, true},
    FunctionInfo{
        "SUPPORT_LEVEL", ResultKind::Number, true, kSupportLevelArgs,
        "Postgraduate support in dong: multiple × the minimum / base wage on Date, plus "
        "{support.encouragement_bonus} when Encouraged ({decree.support}, Articles 2-3).",
        "Mức hỗ trợ sau đại học, đồng: hệ số × mức lương tối thiểu / lương cơ sở tại Ngày, cộng "
        "{support.encouragement_bonus} nếu được khuyến khích ({decree.support}, Điều 2-3).",
        "BT.2.2-2.4, BT.3", "SUPPORT_LEVEL(\"TS\";DATE(2012;12;1))", "47250000", true, true},
    FunctionInfo{
        "SUPPORT_INSTALLMENT", ResultKind::Number, true, kInstallmentArgs,
        "Support paid in phase 1 ({support.phase1_share%} at the decision-date wage) or phase 2 "
        "(the full level at the diploma-date wage minus phase 1); bonus not included.",
        "Số hỗ trợ chi đợt 1 ({support.phase1_share%} theo lương ngày quyết định) hoặc đợt 2 (toàn "
        "bộ mức theo lương ngày cấp bằng trừ đợt 1); không gồm khoản khuyến khích.",
        "BT.4", "SUPPORT_INSTALLMENT(\"ThS\";DATE(2012;12;1);DATE(2015;12;1);2)", "15625000", true,
        true},
    FunctionInfo{
        "STUDY_ALLOWANCE", ResultKind::Number, false, kStudyAllowanceArgs,
        "Meal allowance for days attended, a day in / outside the province: professional "
        "{study.meal_professional_in} / {study.meal_professional_out}, political "
        "{study.meal_political_in} / {study.meal_political_out}; if Encouraged plus "
        "{study.meal_encouragement} (professional) or "
        "{study.meal_political_encouragement} (political) a day, wherever held (Encouraged: "
        "an ethnic minority, a woman or staff of Phú Quý).",
        "Tiền ăn theo ngày thực học, đồng/ngày trong / ngoài tỉnh: chuyên môn "
        "{study.meal_professional_in} / {study.meal_professional_out}, lý luận chính trị "
        "{study.meal_political_in} / {study.meal_political_out}; nếu được khuyến khích "
        "cộng {study.meal_encouragement} (chuyên môn) hoặc "
        "{study.meal_political_encouragement} (lý luận chính trị) mỗi ngày, ở bất cứ đâu "
        "(khuyến khích: người dân tộc thiểu số, nữ hoặc công tác tại Phú Quý).",
        "BT.6.4-6.5, BT.9", "STUDY_ALLOWANCE(20;\"chuyên môn\")", "400000", true, true},
    FunctionInfo{"STUDY_MATERIALS", ResultKind::Number, false, kStudyMaterialsArgs,
                 "Study materials for political theory: {study.materials_intermediate} "
                 "(intermediate) or {study.materials_advanced} (advanced) a school year.",
                 "Tài liệu học tập lý luận chính trị: {study.materials_intermediate} (trung cấp) "
                 "hoặc {study.materials_advanced} (cao cấp) đồng/năm học.",
                 "BT.9", "STUDY_MATERIALS(\"cao cấp\";2)", "1000000", true, true},
    FunctionInfo{"INCOME_TOPUP", ResultKind::Number, true, kTopupArgs,
                 "Monthly top-up bringing income to {income_topup.group4_multiple} × (group 4) or "
                 "{income_topup.group5_multiple} × (group 5) the base wage on Date "
                 "({decree.income_topup}); 0 when income is already above.",
                 "Khoản bù hằng tháng để thu nhập đạt {income_topup.group4_multiple} lần (nhóm 4) "
                 "hoặc {income_topup.group5_multiple} lần (nhóm 5) lương cơ sở tại Ngày "
                 "({decree.income_topup}); bằng 0 nếu thu nhập đã cao hơn.",
                 "KH.5.3-5.4", "INCOME_TOPUP(8000000;4;DATE(2024;7;1))", "3700000", true, true},
    FunctionInfo{"TUITION_SUPPORT", ResultKind::Number, false, kTuitionArgs,
                 "Tuition paid by the budget: {support.tuition_postgraduate%} postgraduate; "
                 "{support.tuition_professional%} professional, {support.tuition_highland%} for "
                 "staff of the {highland_communes.count} highland communes of Article 6(3): "
                 "{highland_communes} (Commune; any other commune or none: "
                 "{support.tuition_professional%}).",
                 "Học phí do ngân sách chi: sau đại học {support.tuition_postgraduate%}; chuyên "
                 "môn {support.tuition_professional%}, {support.tuition_highland%} cho người công "
                 "tác ở {highland_communes.count} xã vùng cao của Điều 6 khoản 3: "
                 "{highland_communes} (Xã; xã khác hoặc bỏ trống: "
                 "{support.tuition_professional%}).",
                 "BT.2.1, BT.6.3", "TUITION_SUPPORT(10000000;\"chuyên môn\";\"Phan Dũng\")",
                 "10000000", true, true},
    FunctionInfo{"SUPPORT_EXPLAIN", ResultKind::Text, true, kSupportExplainArgs,
                 "The SUPPORT_LEVEL computation in words: multiple × wage on which date (and its "
                 "decree), any bonus, the article; for an invalid argument, the reason.",
                 "Giải thích SUPPORT_LEVEL: hệ số × mức lương ngày nào (theo nghị định nào), khoản "
                 "khuyến khích, điều khoản; nếu đối số không hợp lệ thì nêu lý do.",
                 "BT.2.2-2.4, BT.3", "SUPPORT_EXPLAIN(\"TS\";DATE(2012;12;1))",
                 "… 47.250.000 đồng …"},
};

}  // namespace vnpolicy::catalog_data
