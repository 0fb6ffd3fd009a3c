// The SUPPORT_LEVEL family (FUNCTIONS.md "Support"): wizard text in English and Vietnamese,
// arguments with their defaults and accepted codes, rule ids and examples.
#pragma once

#include <array>

#include "common.hpp"

namespace vnpolicy::catalog_data {

inline constexpr ArgInfo kDegree{
    "Degree", "Bậc đào tạo",
    "Doctorate: \"TS\", \"tiến sĩ\", \"doctorate\", \"CKII\", \"CK2\"; master: \"ThS\", \"thạc "
    "sĩ\", \"master\", \"CKI\", \"CK1\" (any case, with or without diacritics).",
    "Tiến sĩ: \"TS\", \"tiến sĩ\", \"doctorate\", \"CKII\", \"CK2\"; thạc sĩ: \"ThS\", \"thạc "
    "sĩ\", \"master\", \"CKI\", \"CK1\" (không phân biệt hoa thường, có dấu hay không dấu).",
    false};
inline constexpr ArgInfo kProgramme{
    "Programme", "Chương trình",
    "Optional, default \"standard\" / \"thường\" (45 × or 25 ×, BT.2.2); \"priority\" / \"ưu "
    "tiên\" (60 × or 40 ×, BT.2.3); \"attraction\" / \"thu hút\" (60 × or 40 ×, paid once, BT.3).",
    "Không bắt buộc, mặc định \"standard\" / \"thường\" (45 hoặc 25 lần, Điều 2.2); \"priority\" "
    "/ \"ưu tiên\" (60 hoặc 40 lần, Điều 2.3); \"attraction\" / \"thu hút\" (60 hoặc 40 lần, "
    "trả một lần, Điều 3).",
    true};
inline constexpr ArgInfo kSupportDate{
    "Date", "Ngày", "The date whose minimum / base wage applies (from 2008-01-01).",
    "Ngày lấy mức lương tối thiểu chung / lương cơ sở (từ 01/01/2008).", false};
inline constexpr ArgInfo kEncouraged{
    "Encouraged", "Khuyến khích",
    "Optional, default FALSE. TRUE (1) for an ethnic minority, a woman or staff of Phú Quý; FALSE "
    "(0) otherwise; other numbers and text are an error.",
    "Không bắt buộc, mặc định FALSE. TRUE (1) nếu là người dân tộc thiểu số, nữ hoặc công tác tại "
    "Phú Quý; FALSE (0) nếu không; số khác hoặc chữ là lỗi.",
    true};
inline constexpr ArgInfo kEncouragedSupport{
    "Encouraged", "Khuyến khích",
    "Optional, default FALSE. TRUE (1): ethnic minority, woman or Phú Quý — adds 5,000,000 once "
    "for standard and priority (nothing for attraction). Other numbers and text are an error.",
    "Không bắt buộc, mặc định FALSE. TRUE (1): dân tộc thiểu số, nữ hoặc Phú Quý — cộng 5.000.000 "
    "một lần cho chương trình thường và ưu tiên (thu hút không có). Số khác hoặc chữ là lỗi.",
    true};
inline constexpr ArgInfo kDecisionDate{
    "DecisionDate", "Ngày quyết định",
    "Date the decision to send the person took effect (phase 1 wage).",
    "Ngày quyết định cử đi học có hiệu lực (mức lương đợt 1).", false};
inline constexpr ArgInfo kDiplomaDate{
    "DiplomaDate", "Ngày cấp bằng",
    "Date the diploma was granted (phase 2 wage); not before DecisionDate.",
    "Ngày được cấp bằng (mức lương đợt 2); không trước Ngày quyết định.", false};
inline constexpr ArgInfo kPhase{
    "Phase", "Đợt",
    "1 = advance of 50 % at the decision-date wage; 2 = the full level at the diploma-date wage "
    "minus phase 1.",
    "1 = tạm ứng 50 % theo mức lương ngày quyết định; 2 = toàn bộ mức hỗ trợ theo mức lương ngày "
    "cấp bằng trừ đợt 1.",
    false};
inline constexpr ArgInfo kProgrammeInstallment{
    "Programme", "Chương trình",
    "Optional, default \"standard\" / \"thường\"; or \"priority\" / \"ưu tiên\". \"attraction\" "
    "is paid once (error here).",
    "Không bắt buộc, mặc định \"standard\" / \"thường\"; hoặc \"priority\" / \"ưu tiên\". "
    "\"attraction\" trả một lần (lỗi ở đây).",
    true};
inline constexpr ArgInfo kDays{"Days", "Số ngày", "Whole days actually attended, >= 0.",
                               "Số ngày thực học, số nguyên >= 0.", false};
inline constexpr ArgInfo kStudyCourse{
    "Course", "Loại khóa học",
    "\"professional\" / \"chuyên môn\" (20,000 a day in the province, 30,000 outside) or "
    "\"political\" / \"lý luận chính trị\" / \"LLCT\" (20,000 a day in the province, nothing "
    "outside).",
    "\"professional\" / \"chuyên môn\" (20.000 đồng/ngày trong tỉnh, 30.000 ngoài tỉnh) hoặc "
    "\"political\" / \"lý luận chính trị\" / \"LLCT\" (20.000 đồng/ngày lớp trong tỉnh, lớp ngoài "
    "tỉnh không có).",
    false};
inline constexpr ArgInfo kOutOfProvince{
    "OutOfProvince", "Ngoài tỉnh",
    "Optional, default FALSE. TRUE (1) when the class is held outside the province; other "
    "numbers and text are an error.",
    "Không bắt buộc, mặc định FALSE. TRUE (1) khi lớp học ở ngoài tỉnh; số khác hoặc chữ là lỗi.",
    true};
inline constexpr ArgInfo kEncouragedStudy{
    "Encouraged", "Khuyến khích",
    "Optional, default FALSE. TRUE (1): ethnic minority, woman or Phú Quý — adds 10,000 a day, "
    "in both courses, wherever held. Other numbers and text are an error.",
    "Không bắt buộc, mặc định FALSE. TRUE (1): dân tộc thiểu số, nữ hoặc Phú Quý — cộng 10.000 "
    "đồng/ngày, cả hai loại khóa học, ở bất cứ đâu. Số khác hoặc chữ là lỗi.",
    true};
inline constexpr ArgInfo kLevel{
    "Level", "Hệ",
    "\"intermediate\" / \"trung cấp\" (300,000 a school year) or \"advanced\" / \"cao cấp\" "
    "(500,000).",
    "\"intermediate\" / \"trung cấp\" (300.000 đồng/năm học) hoặc \"advanced\" / \"cao cấp\" "
    "(500.000 đồng).",
    false};
inline constexpr ArgInfo kSchoolYears{"SchoolYears", "Số năm học",
                                      "Whole number of school years, >= 0.",
                                      "Số năm học, số nguyên >= 0.", false};
inline constexpr ArgInfo kRoute{
    "Route", "Tuyến",
    "\"H-T\" / \"huyện-tỉnh\" (district → province), \"T-H\" / \"tỉnh-huyện\", \"H-H\" / "
    "\"huyện-huyện\" (to another district), \"H-X\" / \"huyện-xã\" (district → commune).",
    "\"H-T\" / \"huyện-tỉnh\", \"T-H\" / \"tỉnh-huyện\", \"H-H\" / \"huyện-huyện\" (sang huyện "
    "khác), \"H-X\" / \"huyện-xã\".",
    false};
inline constexpr ArgInfo kMonths{
    "Months", "Số tháng",
    "Months of the rotation or transfer, rounded half-up to whole months; >= 0.",
    "Số tháng luân chuyển hoặc điều động, làm tròn đến tháng; >= 0.", false};
inline constexpr ArgInfo kGender{
    "Gender", "Giới tính",
    "\"nam\" / \"M\" / \"male\" or \"nữ\" / \"F\" / \"female\" (initial support 4,000,000 or "
    "5,000,000).",
    "\"nam\" / \"M\" / \"male\" hoặc \"nữ\" / \"F\" / \"female\" (hỗ trợ ban đầu 4.000.000 hoặc "
    "5.000.000 đồng).",
    false};
inline constexpr ArgInfo kKind{
    "Kind", "Hình thức",
    "Optional, default \"rotation\" / \"luân chuyển\"; \"transfer\" / \"điều động\" only with "
    "H-X (rent for at most 36 months).",
    "Không bắt buộc, mặc định \"rotation\" / \"luân chuyển\"; \"transfer\" / \"điều động\" chỉ "
    "với H-X (thuê nhà tối đa 36 tháng).",
    true};
inline constexpr ArgInfo kIsland{
    "Island", "Phú Quý",
    "Optional, default FALSE. TRUE (1): the move is between the mainland and Phú Quý (visits "
    "500,000 a month); not with H-X. Other numbers and text are an error.",
    "Không bắt buộc, mặc định FALSE. TRUE (1): giữa đất liền và Phú Quý (thăm gia đình 500.000 "
    "đồng/tháng); không dùng với H-X. Số khác hoặc chữ là lỗi.",
    true};
inline constexpr ArgInfo kDistanceKm{
    "DistanceKm", "Khoảng cách (km)",
    "Optional, default: 15 km or more. Km from the family's residence to the new workplace; under "
    "15 every component is 0.",
    "Không bắt buộc, mặc định: từ 15 km trở lên. Số km từ nơi ở của gia đình đến nơi công tác mới; "
    "dưới 15 km thì mọi khoản bằng 0.",
    true};
inline constexpr ArgInfo kComponent{
    "Component", "Khoản",
    "Optional, default \"total\"; or \"rent\", \"initial\", \"visit\", \"meals\".",
    "Không bắt buộc, mặc định \"total\" (tổng); hoặc \"rent\" (thuê nhà), \"initial\" (ban đầu), "
    "\"visit\" (thăm gia đình), \"meals\" (tiền ăn).",
    true};
inline constexpr ArgInfo kMonthlyIncome{"MonthlyIncome", "Thu nhập hằng tháng",
                                        "Total monthly income in dong, >= 0.",
                                        "Tổng thu nhập hằng tháng, đồng, >= 0.", false};
inline constexpr ArgInfo kTopupGroup{
    "Group", "Nhóm",
    "KH2023 beneficiary group: 4 (up to 5 × the base wage) or 5 (up to 10 ×); others are an "
    "error.",
    "Nhóm đối tượng KH2023: 4 (bù đến 5 lần lương cơ sở) hoặc 5 (đến 10 lần); nhóm khác là lỗi.",
    false};
inline constexpr ArgInfo kTopupDate{
    "Date", "Ngày", "The month's date, for the base wage (from 2008-01-01).",
    "Ngày của tháng tính, để lấy lương cơ sở (từ 01/01/2008).", false};
inline constexpr ArgInfo kTuition{"Tuition", "Học phí", "Tuition on the receipts, dong, >= 0.",
                                  "Học phí theo chứng từ, đồng, >= 0.", false};
inline constexpr ArgInfo kTuitionCourse{
    "Course", "Loại khóa học",
    "\"postgraduate\" / \"sau đại học\" (100 %) or \"professional\" / \"chuyên môn\" (50 %, or "
    "100 % in a highland commune).",
    "\"postgraduate\" / \"sau đại học\" (100 %) hoặc \"professional\" / \"chuyên môn\" (50 %, "
    "100 % nếu công tác ở xã vùng cao).",
    false};
inline constexpr ArgInfo kCommune{
    "Commune", "Xã",
    "Optional, default none (50 %). The commune where the person works. The 12 highland communes "
    "of Article 6(3) — "
    "Phan Dũng, Phan Điền, Phan Tiến, Phan Lâm, Phan Sơn, Đông Giang, Đông Tiến, La Dạ, Đa Mi, "
    "Hàm Cần, Mỹ Thạnh, La Ngâu — give 100 %; any other or none 50 %.",
    "Không bắt buộc, mặc định không có (50 %). Xã nơi công tác. 12 xã vùng cao của Điều 6 khoản 3 "
    "— Phan Dũng, Phan Điền, "
    "Phan Tiến, Phan Lâm, Phan Sơn, Đông Giang, Đông Tiến, La Dạ, Đa Mi, Hàm Cần, Mỹ Thạnh, La "
    "Ngâu — được 100 %; xã khác hoặc bỏ trống 50 %.",
    true};
inline constexpr ArgInfo kBirthDate{"BirthDate", "Ngày sinh", "Date of birth.", "Ngày sinh.",
                                    false};
inline constexpr ArgInfo kServiceStartDate{"ServiceStartDate", "Ngày bắt đầu công tác",
                                           "First day of service (not before BirthDate).",
                                           "Ngày bắt đầu công tác (không trước Ngày sinh).", false};
inline constexpr ArgInfo kSendDate{
    "SendDate", "Ngày cử đi học", "Date of being sent (not before ServiceStartDate).",
    "Ngày được cử đi học (không trước Ngày bắt đầu công tác).", false};
inline constexpr ArgInfo kStaffType{
    "StaffType", "Loại cán bộ",
    "\"công chức\" / \"cán bộ\" / \"civil servant\" (age limit 40) or \"viên chức\" / \"public "
    "employee\" (45).",
    "\"công chức\" / \"cán bộ\" / \"civil servant\" (tuổi tối đa 40) hoặc \"viên chức\" / \"public "
    "employee\" (45).",
    false};
inline constexpr ArgInfo kGoodYears{
    "GoodYears", "Số năm hoàn thành tốt",
    "Consecutive years rated \"hoàn thành tốt nhiệm vụ\" or better up to SendDate; whole, >= 0 "
    "(3 needed).",
    "Số năm liên tục được đánh giá \"hoàn thành tốt nhiệm vụ\" trở lên đến ngày cử đi; số nguyên "
    ">= 0 (cần 3).",
    false};
inline constexpr ArgInfo kUnderDiscipline{
    "UnderDiscipline", "Đang bị kỷ luật",
    "Optional, default FALSE. TRUE (1) when under discipline, investigation or prosecution.",
    "Không bắt buộc, mặc định FALSE. TRUE (1) nếu đang bị kỷ luật, điều tra hoặc truy tố.", true};
inline constexpr ArgInfo kFirstPostgraduate{
    "FirstPostgraduate", "Sau đại học lần đầu",
    "Optional, default TRUE. The age limit applies only to a first postgraduate course.",
    "Không bắt buộc, mặc định TRUE. Giới hạn tuổi chỉ áp dụng cho khóa sau đại học đầu tiên.",
    true};

inline constexpr std::array kSupportMultipleArgs{kDegree, kProgramme};
inline constexpr std::array kSupportLevelArgs{kDegree, kSupportDate, kProgramme,
                                              kEncouragedSupport};
inline constexpr std::array kInstallmentArgs{kDegree, kDecisionDate, kDiplomaDate, kPhase,
                                             kProgrammeInstallment};
inline constexpr std::array kStudyAllowanceArgs{kDays, kStudyCourse, kOutOfProvince,
                                                kEncouragedStudy};
inline constexpr std::array kStudyMaterialsArgs{kLevel, kSchoolYears};
inline constexpr std::array kRotationArgs{kRoute,  kMonths,     kGender,   kKind,
                                          kIsland, kDistanceKm, kComponent};
inline constexpr std::array kTopupArgs{kMonthlyIncome, kTopupGroup, kTopupDate};
inline constexpr std::array kTuitionArgs{kTuition, kTuitionCourse, kCommune};
inline constexpr std::array kEligibleArgs{kBirthDate,        kServiceStartDate, kSendDate,
                                          kStaffType,        kGoodYears,        kUnderDiscipline,
                                          kFirstPostgraduate};
inline constexpr std::array kEligibilityExplainArgs{
    kBirthDate, kServiceStartDate, kSendDate,          kStaffType,
    kGoodYears, kUnderDiscipline,  kFirstPostgraduate, kLanguage};
inline constexpr std::array kSupportExplainArgs{kDegree, kSupportDate, kProgramme,
                                                kEncouragedSupport, kLanguage};
inline constexpr std::array kRotationExplainArgs{kRoute,  kMonths,     kGender,  kKind,
                                                 kIsland, kDistanceKm, kLanguage};

inline constexpr std::array kSupportFamily{
    FunctionInfo{"SUPPORT_MULTIPLE", ResultKind::Number, false, kSupportMultipleArgs,
                 "Multiple of the minimum wage for postgraduate support: 45 / 25 (standard), "
                 "60 / 40 (priority, attraction) for doctorate / master.",
                 "Hệ số hỗ trợ sau đại học (lần mức lương tối thiểu): 45 / 25 (thường), 60 / 40 "
                 "(ưu tiên, thu hút) cho tiến sĩ / thạc sĩ.",
                 "BT.2.2, BT.2.3, BT.3", "SUPPORT_MULTIPLE(\"TS\")", "45", true, true},
    FunctionInfo{"SUPPORT_LEVEL", ResultKind::Number, true, kSupportLevelArgs,
                 "Postgraduate support in dong: multiple × the minimum / base wage on Date, plus "
                 "5,000,000 when Encouraged (Bình Thuận 49/2012 Điều 2-3).",
                 "Mức hỗ trợ sau đại học, đồng: hệ số × mức lương tối thiểu / lương cơ sở tại "
                 "Ngày, cộng 5.000.000 nếu được khuyến khích (Quyết định 49/2012 Điều 2-3).",
                 "BT.2.2-2.4, BT.3", "SUPPORT_LEVEL(\"TS\";DATE(2012;12;1))", "47250000", true,
                 true},
    FunctionInfo{"SUPPORT_INSTALLMENT", ResultKind::Number, true, kInstallmentArgs,
                 "Support paid in phase 1 (50 % at the decision-date wage) or phase 2 (the full "
                 "level at the diploma-date wage minus phase 1); bonus not included.",
                 "Số hỗ trợ chi đợt 1 (50 % theo lương ngày quyết định) hoặc đợt 2 (toàn bộ mức "
                 "theo lương ngày cấp bằng trừ đợt 1); không gồm khoản khuyến khích.",
                 "BT.4", "SUPPORT_INSTALLMENT(\"ThS\";DATE(2012;12;1);DATE(2015;12;1);2)",
                 "15625000", true, true},
    FunctionInfo{"STUDY_ALLOWANCE", ResultKind::Number, false, kStudyAllowanceArgs,
                 "Meal allowance for days attended: professional 20,000 / 30,000 a day in / "
                 "outside the province, political 20,000 in the province; +10,000 if Encouraged.",
                 "Tiền ăn theo ngày thực học: chuyên môn 20.000 / 30.000 đồng/ngày trong / ngoài "
                 "tỉnh, lý luận chính trị 20.000 trong tỉnh; cộng 10.000 nếu được khuyến khích.",
                 "BT.6.4-6.5, BT.9", "STUDY_ALLOWANCE(20;\"chuyên môn\")", "400000", true, true},
    FunctionInfo{"STUDY_MATERIALS", ResultKind::Number, false, kStudyMaterialsArgs,
                 "Study materials for political theory: 300,000 (intermediate) or 500,000 "
                 "(advanced) a school year.",
                 "Tài liệu học tập lý luận chính trị: 300.000 (trung cấp) hoặc 500.000 (cao cấp) "
                 "đồng/năm học.",
                 "BT.9", "STUDY_MATERIALS(\"cao cấp\";2)", "1000000", true, true},
    FunctionInfo{"ROTATION_SUPPORT", ResultKind::Number, false, kRotationArgs,
                 "Rotation / transfer support over the period: rent, initial support, family "
                 "visits and meals (or one Component); 0 under 15 km.",
                 "Hỗ trợ luân chuyển / điều động cả thời gian: thuê nhà, hỗ trợ ban đầu, thăm gia "
                 "đình và tiền ăn (hoặc một Khoản); bằng 0 nếu dưới 15 km.",
                 "BT.12-13", "ROTATION_SUPPORT(\"T-H\";24;\"nam\")", "25600000", true, true},
    FunctionInfo{"INCOME_TOPUP", ResultKind::Number, true, kTopupArgs,
                 "Monthly top-up bringing income to 5 × (group 4) or 10 × (group 5) the base "
                 "wage on Date (Khánh Hòa 2023); 0 when income is already above.",
                 "Khoản bù hằng tháng để thu nhập đạt 5 lần (nhóm 4) hoặc 10 lần (nhóm 5) lương cơ "
                 "sở tại Ngày (Khánh Hòa 2023); bằng 0 nếu thu nhập đã cao hơn.",
                 "KH.5.3-5.4", "INCOME_TOPUP(8000000;4;DATE(2024;7;1))", "3700000", true, true},
    FunctionInfo{"TUITION_SUPPORT", ResultKind::Number, false, kTuitionArgs,
                 "Tuition paid by the budget: 100 % postgraduate; 50 % professional, 100 % for "
                 "staff of the 12 highland communes.",
                 "Học phí do ngân sách chi: sau đại học 100 %; chuyên môn 50 %, 100 % cho người "
                 "công tác ở 12 xã vùng cao.",
                 "BT.2.1, BT.6.3", "TUITION_SUPPORT(10000000;\"chuyên môn\";\"Phan Dũng\")",
                 "10000000", true, true},
    FunctionInfo{"TRAINING_ELIGIBLE", ResultKind::Number, true, kEligibleArgs,
                 "1 when the checkable conditions of Article 1(2) hold (5 years of service, 3 "
                 "good years, no discipline, age limit for a first course), else 0. Conditions b, "
                 "d, g are yours to judge.",
                 "1 nếu đạt các điều kiện kiểm tra được của Điều 1 khoản 2 (đủ 5 năm công tác, 3 "
                 "năm hoàn thành tốt, không bị kỷ luật, tuổi cho khóa đầu tiên), ngược lại 0. "
                 "Điều kiện b, d, g do người dùng đánh giá.",
                 "BT.1",
                 "TRAINING_ELIGIBLE(DATE(1980;6;15);DATE(2010;3;1);DATE(2019;9;1);\"công chức\";3)",
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
    FunctionInfo{"SUPPORT_EXPLAIN", ResultKind::Text, true, kSupportExplainArgs,
                 "The SUPPORT_LEVEL computation in words: multiple × wage on which date (and its "
                 "decree), any bonus, the article; for an invalid argument, the reason.",
                 "Giải thích SUPPORT_LEVEL: hệ số × mức lương ngày nào (theo nghị định nào), khoản "
                 "khuyến khích, điều khoản; nếu đối số không hợp lệ thì nêu lý do.",
                 "BT.2.2-2.4, BT.3", "SUPPORT_EXPLAIN(\"TS\";DATE(2012;12;1))",
                 "… 47.250.000 đồng …"},
    FunctionInfo{
        "ROTATION_EXPLAIN", ResultKind::Text, false, kRotationExplainArgs,
        "Every component of ROTATION_SUPPORT (rent, initial, visits, meals) with its "
        "rate, months and article, and the total; for an invalid argument, the reason.",
        "Từng khoản của ROTATION_SUPPORT (thuê nhà, ban đầu, thăm gia đình, tiền ăn) với "
        "mức, số tháng và điều khoản, và tổng cộng; nếu đối số không hợp lệ thì nêu lý do.",
        "BT.12-13", "ROTATION_EXPLAIN(\"T-H\";24;\"nam\")", "… 25.600.000 đồng"},
};

}  // namespace vnpolicy::catalog_data
