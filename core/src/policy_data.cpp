#include "vnpolicy/policy_data.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "data_reader.hpp"
#include "vnpolicy/fold.hpp"
#include "vnpolicy/support_data.hpp"

namespace vnpolicy {
namespace data_reader {  // shared with the family loaders (data_reader.hpp)

[[noreturn]] void fail(std::string message) { throw DataError{std::move(message)}; }

std::string date_text(CivilDate d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

const toml::table& need_table(const toml::table& parent, std::string_view key,
                              const std::string& path) {
    const toml::node* node = parent.get(key);
    if (node == nullptr) fail("missing key '" + path + "'");
    const toml::table* t = node->as_table();
    if (t == nullptr) fail("entry '" + path + "' must be a table");
    return *t;
}

std::vector<TableRow> need_rows(const toml::table& parent, std::string_view key) {
    const std::string name(key);
    const toml::node* node = parent.get(key);
    if (node == nullptr) fail("missing key '" + name + "'");
    const toml::array* arr = node->as_array();
    if (arr == nullptr || arr->empty()) {
        fail("entry '" + name + "' must be a non-empty array of tables ([[" + name + "]])");
    }
    std::vector<TableRow> rows;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const std::string path = name + "[" + std::to_string(i) + "]";
        const toml::table* row = (*arr)[i].as_table();
        if (row == nullptr) fail("entry '" + path + "' must be a table");
        rows.push_back({row, path});
    }
    return rows;
}

std::string need_string(const toml::table& parent, std::string_view key, const std::string& path) {
    const toml::node* node = parent.get(key);
    if (node == nullptr) fail("missing key '" + path + "'");
    const auto s = node->value<std::string>();
    if (!s || s->empty()) fail("entry '" + path + "' must be a non-empty string");
    return *s;
}

double need_number(const toml::node* node, const std::string& path) {
    if (node == nullptr) fail("missing key '" + path + "'");
    double v = 0;
    if (const auto* i = node->as_integer()) {
        v = static_cast<double>(i->get());
    } else if (const auto* f = node->as_floating_point()) {
        v = f->get();
    } else {
        fail("entry '" + path + "' must be a number");
    }
    if (!std::isfinite(v)) fail("entry '" + path + "' must be a finite number");
    if (v < 0) fail("entry '" + path + "' has a negative value");
    return v;
}

CivilDate need_date(const toml::table& parent, std::string_view key, const std::string& path) {
    const toml::node* node = parent.get(key);
    if (node == nullptr) fail("missing key '" + path + "'");
    const auto* d = node->as_date();
    if (d == nullptr) fail("entry '" + path + "' must be a date (YYYY-MM-DD)");
    const toml::date v = d->get();
    return {static_cast<int>(v.year), static_cast<int>(v.month), static_cast<int>(v.day)};
}

Citation need_citation(const toml::table& entry, const std::string& path) {
    Citation c;
    const toml::node* rule = entry.get("rule");
    if (rule == nullptr) fail("entry '" + path + "' has no rule id ('rule')");
    c.rule = need_string(entry, "rule", path + ".rule");
    c.vi = need_string(entry, "vi", path + ".vi");
    c.en = need_string(entry, "en", path + ".en");
    return c;
}

Quantity need_quantity(const toml::table& parent, std::string_view key, const std::string& path) {
    const toml::table& entry = need_table(parent, key, path);
    Quantity q;
    q.cite = need_citation(entry, path);
    q.value = need_number(entry.get("value"), path + ".value");
    return q;
}

// Every table holding a `value` anywhere in the file must carry a rule id and a number >= 0.
void check_all_values(const toml::table& table, const std::string& path) {
    for (const auto& [key, node] : table) {
        const std::string sub =
            path.empty() ? std::string(key.str()) : path + "." + std::string(key.str());
        if (const auto* t = node.as_table()) {
            if (t->contains("value")) {
                if (!t->contains("rule")) fail("entry '" + sub + "' has no rule id ('rule')");
                need_string(*t, "rule", sub + ".rule");
                need_number(t->get("value"), sub + ".value");
            }
            check_all_values(*t, sub);
        }
    }
}

std::vector<std::string> need_spellings(const toml::table& parent, std::string_view key,
                                        const std::string& path) {
    const toml::node* node = parent.get(key);
    if (node == nullptr) fail("missing key '" + path + "'");
    const toml::array* arr = node->as_array();
    if (arr == nullptr || arr->empty()) fail("entry '" + path + "' must be a non-empty array");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const auto s = (*arr)[i].value<std::string>();
        const std::string where = path + "[" + std::to_string(i) + "]";
        if (!s) fail("entry '" + where + "' must be a string");
        auto folded = fold_code_utf8(*s);
        if (!folded) fail("entry '" + where + "' (\"" + *s + "\") cannot be folded to a code");
        if (std::find(out.begin(), out.end(), *folded) == out.end()) {
            out.push_back(std::move(*folded));
        }
    }
    return out;
}

void check_unique(const std::vector<std::vector<std::string>*>& lists,
                  const std::vector<std::string>& names) {
    for (std::size_t a = 0; a < lists.size(); ++a) {
        for (std::size_t b = a + 1; b < lists.size(); ++b) {
            for (const std::string& s : *lists[a]) {
                if (std::find(lists[b]->begin(), lists[b]->end(), s) != lists[b]->end()) {
                    fail("spelling '" + s + "' is accepted by both '" + names[a] + "' and '" +
                         names[b] + "'");
                }
            }
        }
    }
}

}  // namespace data_reader

namespace {
using namespace data_reader;

PolicyData build(const toml::table& root) {
    check_all_values(root, "");
    PolicyData d;

    const toml::table& meta = need_table(root, "meta", "meta");
    d.reviewed = need_date(meta, "reviewed", "meta.reviewed");

    const toml::table& limits = need_table(root, "limits", "limits");
    d.max_cost = need_quantity(limits, "max_cost", "limits.max_cost");
    d.max_months = need_quantity(limits, "max_months", "limits.max_months");
    d.max_people = need_quantity(limits, "max_people", "limits.max_people");
    if (d.max_cost.value <= 0) fail("entry 'limits.max_cost' must be above 0");
    if (d.max_months.value < 1) fail("entry 'limits.max_months' must be at least 1");
    if (d.max_people.value < 1) fail("entry 'limits.max_people' must be at least 1");

    const toml::table& rounding = need_table(root, "rounding", "rounding");
    d.month_round_days = need_quantity(rounding, "month_days", "rounding.month_days");
    if (d.month_round_days.value < 1 || d.month_round_days.value > 31) {
        fail("entry 'rounding.month_days' must be between 1 and 31");
    }

    const toml::table& policies = need_table(root, "policies", "policies");
    const toml::table& compensation = need_table(root, "compensation", "compensation");
    for (std::size_t i = 0; i < kPolicyCount; ++i) {
        const std::string code(kPolicyCodes[i]);
        const std::string path = "policies." + code;
        const toml::table& p = need_table(policies, code, path);
        PolicyEntry& e = d.policies[i];
        e.id = static_cast<PolicyId>(i);
        e.code = code;
        e.info = need_string(p, "info", path + ".info");
        e.name_vi = need_string(p, "name_vi", path + ".name_vi");
        e.name_en = need_string(p, "name_en", path + ".name_en");
        const auto comp =
            p.get("compensation") ? p.get("compensation")->value<bool>() : std::optional<bool>{};
        if (!comp) fail("entry '" + path + ".compensation' must be true or false");
        e.compensation = *comp;
        e.spellings = need_spellings(p, "spellings", path + ".spellings");
        if (e.compensation) {
            const std::string cpath = "compensation." + code;
            const toml::table& c = need_table(compensation, code, cpath);
            CompensationRules& r = d.compensation[i];
            r.case1 = need_quantity(c, "case1", cpath + ".case1");
            r.case2 = need_quantity(c, "case2", cpath + ".case2");
            if (r.case1.value > 1) fail("entry '" + cpath + ".case1' must be a share 0..1");
            if (r.case2.value > 1) fail("entry '" + cpath + ".case2' must be a share 0..1");
            r.case3 = need_citation(need_table(c, "case3", cpath + ".case3"), cpath + ".case3");
        }
    }
    check_unique({&d.policies[0].spellings, &d.policies[1].spellings, &d.policies[2].spellings},
                 {"policies.BT2012", "policies.KH2023", "policies.ST2023"});

    const toml::table& langs = need_table(root, "languages", "languages");
    d.languages[0] = need_spellings(langs, "vi", "languages.vi");
    d.languages[1] = need_spellings(langs, "en", "languages.en");
    check_unique({&d.languages[0], &d.languages[1]}, {"languages.vi", "languages.en"});

    const toml::table& commitment = need_table(root, "commitment", "commitment");
    const toml::table& cbt = need_table(commitment, "BT2012", "commitment.BT2012");
    d.bt_commitment_factor = need_quantity(cbt, "factor", "commitment.BT2012.factor");
    const toml::table& ckh = need_table(commitment, "KH2023", "commitment.KH2023");
    d.kh_group1_factor = need_quantity(ckh, "group1_factor", "commitment.KH2023.group1_factor");
    for (std::size_t g = 0; g < d.kh_group_months.size(); ++g) {
        const std::string key = "group" + std::to_string(g + 2) + "_months";
        d.kh_group_months[g] = need_quantity(ckh, key, "commitment.KH2023." + key);
    }

    for (const auto& [row, path] : need_rows(root, "base_wage")) {
        WageRow w;
        w.from = need_date(*row, "from", path + ".from");
        const std::string where = path + " (" + date_text(w.from) + ")";
        w.from_day = day_from_civil(w.from);
        if (!row->contains("rule")) fail("entry '" + where + "' has no rule id ('rule')");
        w.rule = need_string(*row, "rule", where + ".rule");
        w.decree = need_string(*row, "decree", where + ".decree");
        w.amount = need_number(row->get("amount"), where + ".amount");
        if (w.amount <= 0) fail("entry '" + where + ".amount' must be above 0");
        if (!d.base_wage.empty() && w.from_day <= d.base_wage.back().from_day) {
            fail("entry '" + where + "' is not after the previous row (" +
                 date_text(d.base_wage.back().from) +
                 "): base-wage dates must be strictly increasing");
        }
        d.base_wage.push_back(std::move(w));
    }
    d.support = load_support_data(root);

    // ST2023 (QUOTA_*, LOAN_TRANCHE).
    const toml::table& quota = need_table(root, "quota", "quota");
    d.quota_target_2023 = need_quantity(quota, "target_2023", "quota.target_2023");
    if (d.quota_target_2023.value < 1 ||
        std::floor(d.quota_target_2023.value) != d.quota_target_2023.value) {
        fail("entry 'quota.target_2023' must be a whole number of people >= 1");
    }
    d.loan_tranche1 = need_quantity(quota, "loan_tranche1", "quota.loan_tranche1");
    if (d.loan_tranche1.value <= 0 || d.loan_tranche1.value >= 1) {
        fail("entry 'quota.loan_tranche1' must be a share strictly between 0 and 1");
    }
    // A decimal share (0.3) is approximate in a double (0.29999…); in millionths it is exact.
    d.loan_tranche1_millionths = std::round(d.loan_tranche1.value * 1e6);
    d.quota_days_per_year = need_quantity(quota, "days_per_year", "quota.days_per_year");
    if (d.quota_days_per_year.value < 365 || d.quota_days_per_year.value > 366) {
        fail("entry 'quota.days_per_year' must be between 365 and 366");
    }
    return d;
}

}  // namespace

LoadResult load_policy_data(std::string_view toml_text) {
    LoadResult out;
    try {
        const toml::table root = toml::parse(toml_text, std::string_view{"policy.toml"});
        out.data = build(root);
    } catch (const toml::parse_error& e) {
        out.error = "policy.toml:" + std::to_string(e.source().begin.line) + ":" +
                    std::to_string(e.source().begin.column) + ": " + std::string(e.description());
    } catch (const DataError& e) {
        out.error = "policy.toml: " + e.message;
    } catch (const std::exception& e) {
        out.error = std::string("policy.toml: ") + e.what();
    }
    return out;
}

const PolicyData& policy_data() {
    static const PolicyData data = [] {
        LoadResult r = load_policy_data(embedded_policy_toml());
        if (!r.data) throw std::runtime_error("vnpolicy: invalid embedded policy data: " + r.error);
        return std::move(*r.data);
    }();
    return data;
}

std::optional<PolicyId> match_policy(const PolicyData& data, std::string_view folded) noexcept {
    for (const PolicyEntry& p : data.policies) {
        for (const std::string& s : p.spellings) {
            if (s == folded) return p.id;
        }
    }
    return std::nullopt;
}

std::optional<Language> match_language(const PolicyData& data, std::string_view folded) noexcept {
    for (std::size_t i = 0; i < data.languages.size(); ++i) {
        for (const std::string& s : data.languages[i]) {
            if (s == folded) return static_cast<Language>(i);
        }
    }
    return std::nullopt;
}

}  // namespace vnpolicy
