#include "compensation/compensation_explain.hpp"

#include <fmt/format.h>

#include "common/explain_text.hpp"

namespace vnpolicy {
namespace {

std::string_view cite_text(const Citation* c, Language lang) {
    return c == nullptr ? std::string_view{} : cite(*c, lang);
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

std::string sentence(const CompensationTrace& tr, Language lang) {
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

}  // namespace

std::string explain_compensation(const CompensationTrace& tr, Language lang) {
    std::string out = sentence(tr, lang);
    if (tr.cost == 0) out += empty_cell_hint("Cost", lang);
    return out;
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

}  // namespace vnpolicy
