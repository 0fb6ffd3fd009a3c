// The one formatting of explanations, used by every *_EXPLAIN: numbers, money, dates and
// argument names in Vietnamese or English, citations, and the reason for a refused argument,
// worded from the argument's catalog declaration (the allowed values, the accepted codes).
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

#include "common/date.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/arg.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// 50000000 -> "50.000.000" (vi) / "50,000,000" (en); 35.6 -> "35,6" / "35.6".
std::string format_number(double value, Language lang);
// "Số tháng đã phục vụ (ServedMonths)" in Vietnamese, "ServedMonths" in English.
std::string arg_label(std::string_view arg, Language lang);
// "50.000.000 đồng" / "50,000,000 dong".
std::string money(double value, Language lang);
// "01/07/2026" / "2026-07-01".
std::string date_text(CivilDate date, Language lang);
// The article a value comes from, in the language asked for.
inline std::string_view cite(const Citation& c, Language lang) {
    return lang == Language::Vi ? std::string_view(c.vi) : std::string_view(c.en);
}

// The sentence in the language asked for; both templates take the same arguments (tests cover
// both languages, so a template that does not fit its arguments is caught there).
template <class... A>
std::string say(bool vi, std::string_view vi_text, std::string_view en_text, A&&... args) {
    return fmt::format(fmt::runtime(vi ? vi_text : en_text), std::forward<A>(args)...);
}

// " — Chi phí (Cost) bằng 0: nếu ô nhập đang để trống, hãy nhập giá trị" / " — Cost is 0: if its
// cell is empty, enter the value": a zero amount is most often an empty input cell (a reference
// to an empty cell is 0), so an explanation of one says so.
std::string empty_cell_hint(std::string_view arg, Language lang);

// What an argument's declaration allows and what it means when omitted, for the explanations
// and the wizard help ({arg.allowed}, {arg.default}): "1, 2 or 3", "a whole number from 1 to 5",
// "TRUE/FALSE (1/0)"; "3", "FALSE", "\"BT2012\"".
std::string allowed_values(const ArgInfo& info, Language lang, const PolicyData& data);
std::string default_value(const ArgInfo& info, Language lang, const PolicyData& data);

// The reason the reader refused an argument, naming it (Vietnamese label + contract name), its
// value and what its declaration allows, e.g. "Số tháng đã phục vụ (ServedMonths) không được
// âm: -3"; the offending text for a code.
std::string explain_input_error(const Error& error, Language lang, const PolicyData& data,
                                const ArgInfo& info, const Arg& arg);

// The reason a rule refused checked input (dates out of order, before the wage table, T1 < 1, a
// policy without compensation rules, ...).
std::string explain_error(const Error& error, Language lang, const PolicyData& data);

}  // namespace vnpolicy
