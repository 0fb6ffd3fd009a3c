#include "common/explain_text.hpp"

#include <fmt/format.h>

#include <cmath>

#include "common/fold.hpp"
#include "common/read_args.hpp"
#include "data/support_data.hpp"

namespace vnpolicy {
namespace {

std::string group_digits(std::string_view digits, char sep) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out.push_back(sep);
        out.push_back(digits[i]);
    }
    return out;
}

// What a refused argument allows; a rule's OutOfRange has no declaration to quote.
std::string allowed_of(const ArgInfo* info, Language lang, const PolicyData& data) {
    if (info == nullptr) {
        return lang == Language::Vi ? "một giá trị được liệt kê" : "one of the listed values";
    }
    return allowed_values(*info, lang, data);
}

// The accepted spellings of a Code argument, or the policy codes.
std::string accepted_codes(const ArgInfo* info, const PolicyData& data) {
    if (info != nullptr && info->check.type == ArgType::Code) {
        return code_set(*data.support, info->check.codes).accepted();
    }
    std::string out;
    for (const PolicyEntry& p : data.policies) {
        if (!out.empty()) out += ", ";
        out += p.code;
    }
    return out;
}

// The date a date argument must not precede (the rules' DateOrder errors).
std::string_view date_before(std::string_view arg) {
    if (arg == "ServiceStartDate") return "BirthDate";
    if (arg == "SendDate") return "ServiceStartDate";
    if (arg == "DiplomaDate") return "DecisionDate";
    if (arg == "Deadline") return "AsOfDate";
    return "StartDate";
}

std::string sentence(const Error& e, Language lang, const PolicyData& data, const ArgInfo* info,
                     std::u16string_view text) {
    const ArgType type = info != nullptr ? info->check.type : ArgType::Number;
    const bool vi = lang == Language::Vi;
    const std::string who = arg_label(e.arg, lang);
    const std::string v = format_number(e.value, lang);
    switch (e.code) {
        case Errc::Missing:
            return vi ? fmt::format("Thiếu đối số bắt buộc {}", who)
                      : fmt::format("{} is required", who);
        case Errc::NotNumber:
            if (type == ArgType::Bool) {
                if (text.empty()) {
                    return vi ? fmt::format("{} phải là TRUE/FALSE (1 hoặc 0)", who)
                              : fmt::format("{} must be TRUE/FALSE (1 or 0)", who);
                }
                const std::string t = utf16_to_utf8(text);
                return vi ? fmt::format("{} phải là TRUE/FALSE (1 hoặc 0), không phải chữ: \"{}\"",
                                        who, t)
                          : fmt::format("{} must be TRUE/FALSE (1 or 0), not text: \"{}\"", who, t);
            }
            if (!text.empty()) {
                const std::string t = utf16_to_utf8(text);
                return vi ? fmt::format("{} phải là một số, không phải chữ: \"{}\"", who, t)
                          : fmt::format("{} must be a number, not text: \"{}\"", who, t);
            }
            return vi ? fmt::format("{} phải là một số", who)
                      : fmt::format("{} must be a number", who);
        case Errc::NotText:
            return vi ? fmt::format("{} phải là một mã dạng chữ, không phải số: {}", who, v)
                      : fmt::format("{} must be a text code, not a number: {}", who, v);
        case Errc::NotFinite:
            return vi ? fmt::format("{} không phải là một số hữu hạn", who)
                      : fmt::format("{} is not a finite number", who);
        case Errc::Negative:
            return vi ? fmt::format("{} không được âm: {}", who, v)
                      : fmt::format("{} cannot be negative: {}", who, v);
        case Errc::NotWhole:
            return vi ? fmt::format("{} phải là số nguyên: {}", who, v)
                      : fmt::format("{} must be a whole number: {}", who, v);
        case Errc::TooLarge: {
            const bool people = type == ArgType::People || type == ArgType::PeopleCells;
            const bool months = type == ArgType::Months;
            const Quantity& limit = people   ? data.max_people
                                    : months ? data.max_months
                                             : data.max_cost;
            return vi ? fmt::format("{} vượt quá {}: {}", who, limit.cite.vi, v)
                      : fmt::format("{} is beyond the {}: {}", who, limit.cite.en, v);
        }
        case Errc::OutOfRange:
            if (type == ArgType::Bool) {
                return vi ? fmt::format("{} phải là TRUE/FALSE (1 hoặc 0): {}", who, v)
                          : fmt::format("{} must be TRUE/FALSE (1 or 0): {}", who, v);
            }
            return vi ? fmt::format("{} phải là {}: {}", who, allowed_of(info, lang, data), v)
                      : fmt::format("{} must be {}: {}", who, allowed_of(info, lang, data), v);
        case Errc::UnknownCode: {
            const std::string t = utf16_to_utf8(text);
            const std::string codes = accepted_codes(info, data);
            return vi ? fmt::format("{} không phải là mã được chấp nhận: \"{}\" (chấp nhận: {})",
                                    who, t, codes)
                      : fmt::format("{} is not an accepted code: \"{}\" (accepted: {})", who, t,
                                    codes);
        }
        case Errc::DateInvalid:
            return vi ? fmt::format("{} không phải là ngày hợp lệ (năm 1 đến 9999): {}", who, v)
                      : fmt::format("{} is not a valid date (years 1 to 9999): {}", who, v);
        case Errc::DateOrder: {
            const std::string before = arg_label(date_before(e.arg), lang);
            return vi ? fmt::format("{} không được trước {}", who, before)
                      : fmt::format("{} cannot be before {}", who, before);
        }
        case Errc::BeforeWageTable: {
            const std::string first = date_text(data.base_wage.front().from, lang);
            return vi ? fmt::format("{} trước mốc đầu tiên của bảng lương cơ sở ({})", who, first)
                      : fmt::format("{} is before the first row of the base-wage table ({})", who,
                                    first);
        }
        case Errc::ZeroCommitment:
            return vi ? fmt::format("{} phải từ 1 tháng trở lên sau khi làm tròn: {}", who, v)
                      : fmt::format("{} must be at least 1 month after rounding: {}", who, v);
        case Errc::NotCompensationPolicy: {
            // e.value is the PolicyId; any other double (NaN, negative, huge) must not reach
            // the integer conversion (undefined behaviour, found by fuzz_core_units).
            const auto count = static_cast<double>(data.policies.size());
            const bool known = e.value >= 0 && e.value < count;
            const auto idx = known ? static_cast<std::size_t>(e.value) : data.policies.size() - 1;
            const PolicyEntry& p = data.policies[idx];
            return vi ? fmt::format("{} {} ({}) không có quy định đền bù chi phí đào tạo", who,
                                    p.code, p.decree.name_vi)
                      : fmt::format("{} {} ({}) has no compensation rules", who, p.code,
                                    p.decree.name_en);
        }
        case Errc::GroupNotInPolicy:
            return vi ? fmt::format("{} không có trong chính sách đã chọn: {}", who, v)
                      : fmt::format("{} is not a group of the chosen policy: {}", who, v);
        case Errc::CaseNotForGroup:
            return vi ? fmt::format("{} {} không áp dụng cho nhóm đối tượng đã chọn", who, v)
                      : fmt::format("{} {} does not apply to the chosen group", who, v);
        case Errc::BadLanguage:
            return vi ? fmt::format("{} phải là \"vi\" hoặc \"en\"", who)
                      : fmt::format("{} must be \"vi\" or \"en\"", who);
        case Errc::ShapeMismatch:
            return vi ? fmt::format("{} phải là vùng ô cùng kích thước với các đối số kia", who)
                      : fmt::format("{} must be a range of the same shape as the others", who);
    }
    return {};
}

}  // namespace

std::string format_number(double value, Language lang) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
    const char thousands = lang == Language::Vi ? '.' : ',';
    const char decimal = lang == Language::Vi ? ',' : '.';
    std::string s;
    if (std::floor(value) == value && std::fabs(value) < 1e18) {
        s = fmt::format("{}", static_cast<long long>(value));
    } else {
        s = fmt::format("{}", value);
    }
    if (s.find_first_of("eE") != std::string::npos) {  // very large or small: leave the exponent
        for (char& c : s) {
            if (c == '.') c = decimal;
        }
        return s;
    }
    std::string out;
    std::string_view body = s;
    if (!body.empty() && body.front() == '-') {
        out.push_back('-');
        body.remove_prefix(1);
    }
    const std::size_t dot = body.find('.');
    out += group_digits(body.substr(0, dot), thousands);
    if (dot != std::string_view::npos) {
        out.push_back(decimal);
        out += body.substr(dot + 1);
    }
    return out;
}
std::string arg_label(std::string_view arg, Language lang) {
    if (lang == Language::En) return std::string(arg);
    const std::string_view vi = arg_label_vi(arg);
    if (vi == arg) return std::string(arg);
    return fmt::format("{} ({})", vi, arg);
}
std::string money(double v, Language lang) {
    return fmt::format("{} {}", format_number(v, lang), lang == Language::Vi ? "đồng" : "dong");
}
std::string date_text(CivilDate d, Language lang) {
    return lang == Language::Vi ? fmt::format("{:02}/{:02}/{:04}", d.day, d.month, d.year)
                                : fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::string allowed_values(const ArgInfo& info, Language lang, const PolicyData& data) {
    const bool vi = lang == Language::Vi;
    if (info.check.type == ArgType::Bool) return "TRUE/FALSE (1/0)";
    if (info.check.type != ArgType::Whole) {
        return vi ? "một giá trị được liệt kê" : "one of the listed values";
    }
    const int lo = info.check.lo;
    const int hi = info.check.hi == kMaxGroup ? data.max_group : info.check.hi;
    if (hi - lo > 2) {
        return vi ? fmt::format("một số nguyên từ {} đến {}", lo, hi)
                  : fmt::format("a whole number from {} to {}", lo, hi);
    }
    std::string out = std::to_string(lo);
    for (int k = lo + 1; k <= hi; ++k) {
        out += k < hi ? ", " : (vi ? " hoặc " : " or ");
        out += std::to_string(k);
    }
    return out;
}

std::string default_value(const ArgInfo& info, Language lang, const PolicyData& data) {
    const ArgCheck& c = info.check;
    switch (c.type) {
        case ArgType::Bool:
            return c.fallback != 0 ? "TRUE" : "FALSE";
        case ArgType::Code: {
            const CodeSet& set = code_set(*data.support, c.codes);
            const auto i = static_cast<std::size_t>(c.fallback);
            return i < set.shown.size() && !set.shown[i].empty() ? "\"" + set.shown[i][0] + "\""
                                                                 : std::string{};
        }
        case ArgType::Policy:
            return "\"" + data.policy(data.default_compensation).code + "\"";
        case ArgType::Language:
            return "\"vi\"";
        default:
            return format_number(c.fallback, lang);
    }
}

std::string empty_cell_hint(std::string_view arg, Language lang) {
    return lang == Language::Vi
               ? fmt::format(" — {} bằng 0: nếu ô nhập đang để trống, hãy nhập giá trị",
                             arg_label(arg, lang))
               : fmt::format(" — {} is 0: if its cell is empty, enter the value", arg);
}

std::string explain_input_error(const Error& error, Language lang, const PolicyData& data,
                                const ArgInfo& info, const Arg& arg) {
    const std::u16string_view text = arg.kind == Arg::Kind::Text ? arg.text : std::u16string_view{};
    return sentence(error, lang, data, &info, text);
}

std::string explain_error(const Error& error, Language lang, const PolicyData& data) {
    return sentence(error, lang, data, nullptr, {});
}

}  // namespace vnpolicy
