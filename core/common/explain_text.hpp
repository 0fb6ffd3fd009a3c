// Explanations in Vietnamese and English, built only from traces and errors (never recomputed).
#pragma once

#include <string>
#include <string_view>

#include "compensation/compensation_rules.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// 50000000 -> "50.000.000" (vi) / "50,000,000" (en); 35.6 -> "35,6" / "35.6".
std::string format_number(double value, Language lang);

// The wording every explanation and the help share (one place for each):
// "Số tháng đã phục vụ (ServedMonths)" in Vietnamese, "ServedMonths" in English;
std::string arg_label(std::string_view arg, Language lang);
// "50.000.000 đồng" / "50,000,000 dong";
std::string money(double value, Language lang);
// "01/07/2026" / "2026-07-01".
std::string date_text(CivilDate date, Language lang);

// The sentence for a compensation trace, e.g. (vi)
// "S = F/T1 × (T1 − T2) = 50.000.000 / 108 × (108 − 36) = 33.333.333 đồng (Điều 16 khoản 2 ...)".
std::string explain_compensation(const CompensationTrace& trace, Language lang);

// The reason for a GroupNotInPolicy or CaseNotForGroup error of COMPENSATION, naming the
// policy's groups or the cases the group has and the group's own clause.
std::string explain_group_error(const Error& error, Language lang, const PolicyEntry& policy,
                                int group);

// The reason for a refused input, naming the argument (Vietnamese label from the catalog + the
// contract name) and its value, e.g. "Số tháng đã phục vụ (ServedMonths) không được âm: -3".
// `text` is the offending text for UnknownCode/BadLanguage errors (UTF-16 as given).
std::string explain_error(const Error& error, Language lang, const PolicyData& data,
                          std::u16string_view text = {});

}  // namespace vnpolicy
