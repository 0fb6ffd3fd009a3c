#include "common/explain_text.hpp"

#include <fmt/format.h>

#include <cmath>

#include "common/fold.hpp"
#include "vnpolicy/catalog.hpp"

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

std::string_view cite_text(const Citation* c, Language lang) {
    if (c == nullptr) return {};
    return lang == Language::Vi ? std::string_view(c->vi) : std::string_view(c->en);
}

// "; T2 = 36 (35,6 làm tròn)" for each month count that rounding changed.
std::string rounding_notes(const CompensationTrace& tr, Language lang) {
    std::string out;
    const auto note = [&](std::string_view name, double in, double rounded) {
        if (in == rounded) return;
        out += fmt::format("; {} = {} ({} {})", name, format_number(rounded, lang),
                           format_number(in, lang), lang == Language::Vi ? "làm tròn" : "rounded");
    };
    note("T1", tr.required_in, tr.t1);
    note("T2", tr.served_in, tr.t2);
    return out;
}

std::string allowed_values(std::string_view arg, Language lang, const PolicyData& data) {
    const bool vi = lang == Language::Vi;
    if (arg == "Case") return vi ? "1, 2 hoặc 3" : "1, 2 or 3";
    if (arg == "Group") {
        return vi ? fmt::format("một số nguyên từ 1 đến {}", data.max_group)
                  : fmt::format("a whole number from 1 to {}", data.max_group);
    }
    if (arg == "Rounding") return vi ? "0, 1 hoặc 2" : "0, 1 or 2";
    return vi ? "một giá trị được liệt kê" : "one of the listed values";
}

std::string accepted_codes(std::string_view arg, const PolicyData& data) {
    if (arg == "Language") return "vi, en";
    std::string out;
    for (const PolicyEntry& p : data.policies) {
        if (!out.empty()) out += ", ";
        out += p.code;
    }
    return out;
}

}  // namespace

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

std::string explain_compensation(const CompensationTrace& tr, Language lang) {
    const bool vi = lang == Language::Vi;
    const auto n = [lang](double v) { return format_number(v, lang); };
    const std::string_view cite = cite_text(tr.cite, lang);
    switch (tr.kind) {
        case CompensationKind::Share: {
            const std::string pct = n(tr.share * 100) + "%";
            if (vi) {
                const std::string_view what =
                    tr.case_no == 1
                        ? "bỏ học, thôi việc hoặc bị buộc thôi học trong thời gian đào tạo"
                        : "không được cấp bằng tốt nghiệp";
                return fmt::format(
                    "Trường hợp {} ({}): đền bù {} chi phí đào tạo: S = {} × {} = {} ({})",
                    tr.case_no, what, pct, pct, n(tr.cost), money(tr.amount, lang), cite);
            }
            const std::string_view what = tr.case_no == 1
                                              ? "left during training (never attended, quit the "
                                                "course or the job, or expelled)"
                                              : "no diploma";
            return fmt::format(
                "Case {} ({}): {} of the training cost is repaid: S = {} × {} = {} ({})",
                tr.case_no, what, pct, pct, n(tr.cost), money(tr.amount, lang), cite);
        }
        case CompensationKind::NothingOwed:
            return fmt::format("T2 = {} ≥ T1 = {}: {}: S = {} ({}){}", n(tr.t2), n(tr.t1),
                               vi ? "đã phục vụ đủ thời gian cam kết, không phải đền bù"
                                  : "the commitment has been served, nothing is owed",
                               money(0, lang), cite, rounding_notes(tr, lang));
        case CompensationKind::Proportional:
            break;
    }
    // Case 3 as the decision writes it (data: case3.form, symbol), and what the cost stands for.
    const GroupRules& g = *tr.rules;
    const std::string_view cost_meaning = vi ? g.cost_vi : g.cost_en;
    const std::string meaning = cost_meaning.empty() ? "" : fmt::format("; {}", cost_meaning);
    if (g.form == ProportionalForm::ProductFirst) {
        return fmt::format("S = {} × (T1 − T2) / T1 = {} × ({} − {}) / {} = {}{} ({}){}", g.symbol,
                           n(tr.cost), n(tr.t1), n(tr.t2), n(tr.t1), money(tr.amount, lang),
                           meaning, cite, rounding_notes(tr, lang));
    }
    return fmt::format("S = {}/T1 × (T1 − T2) = {} / {} × ({} − {}) = {}{} ({}){}", g.symbol,
                       n(tr.cost), n(tr.t1), n(tr.t1), n(tr.t2), money(tr.amount, lang), meaning,
                       cite, rounding_notes(tr, lang));
}

std::string explain_group_error(const Error& e, Language lang, const PolicyEntry& policy,
                                int group) {
    const bool vi = lang == Language::Vi;
    const GroupRules* rules = policy.compensation ? policy.compensation->for_group(group) : nullptr;
    if (e.code == Errc::GroupNotInPolicy || rules == nullptr) {
        std::string groups;
        if (policy.compensation) {
            for (const GroupRules& r : policy.compensation->rules) {
                for (const int n : r.groups) {
                    groups += (groups.empty() ? "" : ", ") + std::to_string(n);
                }
            }
        }
        return vi ? fmt::format("{} {} không có nhóm {} (các nhóm: {})", arg_label("Policy", lang),
                                policy.code, group, groups)
                  : fmt::format("Policy {} has no group {} (its groups: {})", policy.code, group,
                                groups);
    }
    // KH.5 "Which cases each group has": cases 1 and 2 concern people sent to study.
    std::string cases;
    if (rules->case1) cases += "1, ";
    if (rules->case2) cases += "2, ";
    cases += "3";
    const std::string_view clause = vi ? rules->case3.vi : rules->case3.en;
    return vi ? fmt::format(
                    "{} {} không áp dụng cho nhóm {} của {}: trường hợp 1 và 2 chỉ dành cho người "
                    "được cử đi đào tạo; nhóm {} chỉ có trường hợp {} ({})",
                    arg_label("Case", lang), format_number(e.value, lang), group, policy.code,
                    group, cases, clause)
              : fmt::format(
                    "Case {} does not apply to group {} of {}: cases 1 and 2 concern people sent "
                    "to study; group {} has only case {} ({})",
                    format_number(e.value, lang), group, policy.code, group, cases, clause);
}

std::string explain_error(const Error& e, Language lang, const PolicyData& data,
                          std::u16string_view text) {
    const bool vi = lang == Language::Vi;
    const std::string who = arg_label(e.arg, lang);
    const std::string v = format_number(e.value, lang);
    switch (e.code) {
        case Errc::Missing:
            return vi ? fmt::format("Thiếu đối số bắt buộc {}", who)
                      : fmt::format("{} is required", who);
        case Errc::NotNumber:
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
            const bool people = e.arg == "Target" || e.arg == "Done" || e.arg == "Total";
            const bool months = e.arg.find("Months") != std::string_view::npos;
            const Quantity& limit = people   ? data.max_people
                                    : months ? data.max_months
                                             : data.max_cost;
            return vi ? fmt::format("{} vượt quá {}: {}", who, limit.cite.vi, v)
                      : fmt::format("{} is beyond the {}: {}", who, limit.cite.en, v);
        }
        case Errc::OutOfRange:
            return vi ? fmt::format("{} phải là {}: {}", who, allowed_values(e.arg, lang, data), v)
                      : fmt::format("{} must be {}: {}", who, allowed_values(e.arg, lang, data), v);
        case Errc::UnknownCode: {
            const std::string t = utf16_to_utf8(text);
            const std::string codes = accepted_codes(e.arg, data);
            return vi ? fmt::format("{} không phải là mã được chấp nhận: \"{}\" (chấp nhận: {})",
                                    who, t, codes)
                      : fmt::format("{} is not an accepted code: \"{}\" (accepted: {})", who, t,
                                    codes);
        }
        case Errc::DateInvalid:
            return vi ? fmt::format("{} không phải là ngày hợp lệ (năm 1 đến 9999): {}", who, v)
                      : fmt::format("{} is not a valid date (years 1 to 9999): {}", who, v);
        case Errc::DateOrder:
            return vi ? fmt::format("{} không được trước {}", who, arg_label("StartDate", lang))
                      : fmt::format("{} cannot be before StartDate", who);
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

}  // namespace vnpolicy
