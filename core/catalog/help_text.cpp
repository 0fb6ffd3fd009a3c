// Catalog templates filled in from the policy data (help_text.hpp). The keys:
//   {section.key}        a value of a family section of a policy file, e.g. {rotation.visit}
//   {section.key%}       the same value, a share, as a percentage: 0.5 -> "50 %"
//   {policy.default}     the code [Policy] means when omitted ("BT2012")
//   {policies.compensation}, {policies.without_compensation}   quoted codes with their decrees
//   {policies.compensation.codes}, {policies.without_compensation.codes}   the quoted codes only
//   {case2.shares}       "50 % under BT2012, 100 % under KH2023" (group 1's case 2)
//   {commitment.rules}   every compensation policy's commitment, by group
//   {commitment.default} the default policy's commitment for group 1
//   {commitment.fixed_groups}  the groups whose commitment is fixed months (training ignored)
//   {groups.max}         the largest Group
//   {base_wage.first}    the date of the first base-wage row
//   {highland_communes}, {highland_communes.count}   the communes of BT.6.3
//   {decree.<family>}, {code.<family>}   the decree (short name) and code of the policy serving
//                        a family ("support", "income_topup", "quota", …)
//   {decree_name.<family>}   that decree's full name in the language ("Kế hoạch năm 2023 …")
//   {arg.default}, {arg.allowed}   in argument help: what the argument's declaration (ArgCheck)
//                        means when omitted and allows (common/explain_text.hpp)
//   {codes.<set>.<value>}    the accepted spellings of one value of a code set of the support
//                        policy ([codes.<set>] <value>), quoted, joined by " / ":
//                        {codes.degree.master} -> "ThS" / "thạc sĩ" / "master" / "CKI" / "CK1"
//   {codes.<set>.<value>.<n>}   only its n-th spelling (from 0), for a short argument help:
//                        {codes.kind.transfer.1} -> "điều động"
#include "catalog/help_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "common/explain_text.hpp"
#include "data/support_data.hpp"
#include "vnpolicy/catalog.hpp"

namespace vnpolicy {
namespace {

std::string quoted(std::string_view code) { return fmt::format("\"{}\"", code); }

std::string codes_with_decrees(const PolicyData& data, bool with_compensation,
                               bool with_decrees = true) {
    std::string out;
    for (const PolicyEntry& p : data.policies) {
        if (p.compensation.has_value() != with_compensation) continue;
        if (!out.empty()) out += ", ";
        out += with_decrees ? fmt::format("{} ({})", quoted(p.code), p.decree.short_name)
                            : quoted(p.code);
    }
    return out;
}

std::string joined(const std::vector<int>& groups) {
    std::string out;
    for (const int g : groups) out += (out.empty() ? "" : ", ") + std::to_string(g);
    return out;
}

std::string commitment_of(const GroupRules& g, Language lang) {
    const bool vi = lang == Language::Vi;
    const std::string v = format_number(g.commitment.value, lang);
    if (g.commitment_by_factor) {
        return vi ? fmt::format("gấp {} lần thời gian đào tạo", v)
                  : fmt::format("{} × the training months", v);
    }
    return vi ? fmt::format("{} tháng", v) : fmt::format("{} months", v);
}

// "BT2012 3 × the training months; KH2023 group 1 → 2 × the training months, groups 2, 4, 5 →
// 60 months, group 3 → 72 months": groups with the same commitment are listed together.
std::string commitment_rules(const PolicyData& data, Language lang) {
    const bool vi = lang == Language::Vi;
    std::string out;
    for (const PolicyEntry& p : data.policies) {
        if (!p.compensation) continue;
        if (!out.empty()) out += "; ";
        out += p.code + " ";
        const auto& rules = p.compensation->rules;
        if (rules.size() == 1) {
            out += commitment_of(rules[0], lang);
            continue;
        }
        std::vector<std::pair<std::string, std::vector<int>>> by_text;
        for (const GroupRules& g : rules) {
            const std::string text = commitment_of(g, lang);
            auto it = std::find_if(by_text.begin(), by_text.end(),
                                   [&](const auto& e) { return e.first == text; });
            if (it == by_text.end()) it = by_text.insert(by_text.end(), {text, {}});
            it->second.insert(it->second.end(), g.groups.begin(), g.groups.end());
        }
        for (std::size_t i = 0; i < by_text.size(); ++i) {
            const auto& [text, groups] = by_text[i];
            const std::string_view word =
                vi ? "nhóm" : (groups.size() > 1 ? std::string_view("groups") : "group");
            out += fmt::format("{}{} {} → {}", i > 0 ? ", " : "", word, joined(groups), text);
        }
    }
    return out;
}

std::string case2_shares(const PolicyData& data, Language lang) {
    std::string out;
    for (const PolicyEntry& p : data.policies) {
        if (!p.compensation) continue;
        const GroupRules* g = p.compensation->for_group(1);
        if (g == nullptr || !g->case2) continue;
        if (!out.empty()) out += ", ";
        out += fmt::format("{} % {} {}", format_number(g->case2->value * 100, lang),
                           lang == Language::Vi ? "theo" : "under", p.code);
    }
    return out;
}

std::string fixed_groups(const PolicyData& data, Language lang) {
    std::string out;
    for (const PolicyEntry& p : data.policies) {
        if (!p.compensation) continue;
        std::vector<int> groups;
        for (const GroupRules& g : p.compensation->rules) {
            if (!g.commitment_by_factor)
                groups.insert(groups.end(), g.groups.begin(), g.groups.end());
        }
        if (groups.empty()) continue;
        std::sort(groups.begin(), groups.end());
        if (!out.empty()) out += "; ";
        out += lang == Language::Vi ? fmt::format("nhóm {} của {}", joined(groups), p.code)
                                    : fmt::format("{} groups {}", p.code, joined(groups));
    }
    return out;
}

// {codes.degree.doctorate} -> "TS" / "tiến sĩ" / "doctorate" / "CKII" / "CK2";
// {codes.degree.doctorate.1} -> "tiến sĩ"
std::string code_spellings(std::string_view key, const PolicyData& data) {
    static constexpr std::pair<std::string_view, CodeSet SupportData::*> kSets[] = {
        {"degree", &SupportData::degree},
        {"programme", &SupportData::programme},
        {"study_course", &SupportData::study_course},
        {"tuition_course", &SupportData::tuition_course},
        {"level", &SupportData::level},
        {"route", &SupportData::route},
        {"gender", &SupportData::gender},
        {"kind", &SupportData::kind},
        {"component", &SupportData::component},
        {"staff_type", &SupportData::staff_type},
    };
    const std::size_t dot = key.find('.');
    if (dot == std::string_view::npos) return {};
    const std::string_view set = key.substr(0, dot);
    std::string_view value = key.substr(dot + 1);
    std::optional<std::size_t> only;  // {codes.<set>.<value>.<n>}: the n-th spelling
    if (const std::size_t at = value.find('.'); at != std::string_view::npos) {
        const std::string_view n = value.substr(at + 1);
        if (n.size() != 1 || n[0] < '0' || n[0] > '9') return {};
        only = static_cast<std::size_t>(n[0] - '0');
        value = value.substr(0, at);
    }
    for (const auto& [name, member] : kSets) {
        if (name != set) continue;
        const CodeSet& codes = (*data.support).*member;
        for (std::size_t i = 0; i < codes.keys.size() && i < codes.shown.size(); ++i) {
            if (codes.keys[i] != value) continue;
            if (only) return *only < codes.shown[i].size() ? quoted(codes.shown[i][*only]) : "";
            std::string out;
            for (const std::string& s : codes.shown[i]) {
                if (!out.empty()) out += " / ";
                out += quoted(s);
            }
            return out;
        }
    }
    return {};
}

std::string value_of(std::string_view key, Language lang, const PolicyData& data) {
    if (key == "policy.default") return data.policy(data.default_compensation).code;
    if (key == "policies.compensation") return codes_with_decrees(data, true);
    if (key == "policies.without_compensation") return codes_with_decrees(data, false);
    if (key == "policies.compensation.codes") return codes_with_decrees(data, true, false);
    if (key == "policies.without_compensation.codes") return codes_with_decrees(data, false, false);
    if (key == "case2.shares") return case2_shares(data, lang);
    if (key == "commitment.rules") return commitment_rules(data, lang);
    if (key == "commitment.default") {
        const PolicyEntry& p = data.policy(data.default_compensation);
        return commitment_of(*p.compensation->for_group(1), lang);
    }
    if (key == "commitment.fixed_groups") return fixed_groups(data, lang);
    if (key == "groups.max") return std::to_string(data.max_group);
    if (key == "base_wage.first") return date_text(data.base_wage.front().from, lang);
    if (key == "highland_communes") {
        std::string out;
        for (const HighlandCommune& c : data.support->highland_communes) {
            out += (out.empty() ? "" : ", ") + c.name;
        }
        return out;
    }
    if (key == "highland_communes.count") {
        return std::to_string(data.support->highland_communes.size());
    }
    if (constexpr std::string_view codes = "codes."; key.starts_with(codes)) {
        return code_spellings(key.substr(codes.size()), data);
    }
    for (const std::string_view prefix : {"decree.", "decree_name.", "code."}) {
        if (!key.starts_with(prefix)) continue;
        const PolicyEntry* p = data.serving(key.substr(prefix.size()));
        if (p == nullptr) break;
        if (prefix == "code.") return p->code;
        if (prefix == "decree.") return p->decree.short_name;
        return lang == Language::Vi ? p->decree.name_vi : p->decree.name_en;
    }
    const bool percent = key.ends_with('%');
    if (percent) key.remove_suffix(1);
    const auto it = data.values.find(key);
    if (it == data.values.end()) return {};
    const double v = it->second->value;
    return percent ? format_number(v * 100, lang) + " %" : format_number(v, lang);
}

}  // namespace

std::string render_help(std::string_view text, Language lang, const PolicyData& data) {
    std::string out;
    out.reserve(text.size() + 64);
    while (!text.empty()) {
        const std::size_t open = text.find('{');
        const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        out += text.substr(0, open);
        const std::string_view key = text.substr(open + 1, close - open - 1);
        const std::string value = value_of(key, lang, data);
        out += value.empty() ? fmt::format("{{?{}}}", key) : value;
        text.remove_prefix(close + 1);
    }
    out += text;
    return out;
}

std::string description(const FunctionInfo& f, bool vietnamese_ui) {
    const Language lang = vietnamese_ui ? Language::Vi : Language::En;
    std::string text =
        render_help(vietnamese_ui ? f.description_vi : f.description_en, lang, policy_data());
    for (const ArgInfo& a : f.args) {
        const std::string_view detail = vietnamese_ui ? a.detail_vi : a.detail_en;
        if (!detail.empty()) text += " " + render_help(detail, lang, policy_data());
    }
    return text;
}

std::string arg_help(const ArgInfo& a, bool vietnamese_ui) {
    const Language lang = vietnamese_ui ? Language::Vi : Language::En;
    const PolicyData& data = policy_data();
    std::string text(vietnamese_ui ? a.help_vi : a.help_en);
    // The argument's own declaration (ArgCheck), worded as the explanations word it.
    for (const auto& [key, value] :
         {std::pair{std::string_view{"{arg.default}"}, default_value(a, lang, data)},
          std::pair{std::string_view{"{arg.allowed}"}, allowed_values(a, lang, data)}}) {
        for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at)) {
            text.replace(at, key.size(), value);
            at += value.size();
        }
    }
    return render_help(text, lang, data);
}

}  // namespace vnpolicy
