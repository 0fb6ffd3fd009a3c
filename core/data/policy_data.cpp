#include "data/policy_data.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "common/fold.hpp"
#include "data/data_reader.hpp"
#include "data/support_data.hpp"

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

std::vector<TableRow> need_rows(const toml::table& parent, std::string_view key,
                                const std::string& path) {
    const toml::node* node = parent.get(key);
    if (node == nullptr) fail("missing key '" + path + "'");
    const toml::array* arr = node->as_array();
    if (arr == nullptr || arr->empty()) {
        fail("entry '" + path + "' must be a non-empty array of tables ([[" + path + "]])");
    }
    std::vector<TableRow> rows;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const std::string where = path + "[" + std::to_string(i) + "]";
        const toml::table* row = (*arr)[i].as_table();
        if (row == nullptr) fail("entry '" + where + "' must be a table");
        rows.push_back({row, where});
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

std::string maybe_string(const toml::table& parent, std::string_view key, const std::string& path) {
    return parent.contains(key) ? need_string(parent, key, path) : std::string{};
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

std::optional<CivilDate> maybe_date(const toml::table& parent, std::string_view key,
                                    const std::string& path) {
    if (!parent.contains(key)) return std::nullopt;
    return need_date(parent, key, path);
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
        if (!folded || folded->empty()) {
            fail("entry '" + where + "' (\"" + *s + "\") cannot be folded to a code");
        }
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

namespace {

std::vector<std::string_view> split(std::string_view text, std::string_view sep) {
    std::vector<std::string_view> out;
    for (std::size_t at = text.find(sep); at != std::string_view::npos; at = text.find(sep)) {
        out.push_back(text.substr(0, at));
        text.remove_prefix(at + sep.size());
    }
    out.push_back(text);
    return out;
}

// One reference "Điều 1 khoản 2 điểm b, d" -> "1(2)(b), (d)"; "Mục V.1" -> "Section V.1".
std::optional<std::string> reference_in_english(std::string_view ref, bool& section) {
    std::vector<std::string_view> words = split(ref, " ");
    if (words.size() == 2 && words[0] == "Mục") {
        section = true;
        return "Section " + std::string(words[1]);
    }
    if (words.size() < 2 || words[0] != "Điều") return std::nullopt;
    std::string out(words[1]);
    std::size_t i = 2;
    if (i + 1 < words.size() && words[i] == "khoản") {
        out += "(" + std::string(words[i + 1]) + ")";
        i += 2;
    }
    if (i + 1 < words.size() && words[i] == "điểm") {
        for (std::size_t k = i + 1; k < words.size(); ++k) {
            std::string_view p = words[k];
            if (p.ends_with(',')) p.remove_suffix(1);
            if (p.empty()) return std::nullopt;
            out += (k > i + 1 ? ", (" : "(") + std::string(p) + ")";
        }
        i = words.size();
    }
    if (i != words.size()) return std::nullopt;
    return out;
}

}  // namespace

std::optional<std::string> article_in_english(std::string_view vi) {
    const std::vector<std::string_view> refs = split(vi, " và ");
    std::string joined;
    bool section = false;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        const auto en = reference_in_english(refs[i], section);
        if (!en || (section && refs.size() > 1)) return std::nullopt;
        joined += (i > 0 ? " and " : "") + *en;
    }
    if (section) return joined;
    return (refs.size() > 1 ? "Articles " : "Article ") + joined;
}

Citation Reader::citation(const toml::table& entry, const std::string& path) const {
    Citation c;
    if (!entry.contains("rule")) fail("entry '" + path + "' has no rule id ('rule')");
    c.rule = need_string(entry, "rule", path + ".rule");
    if (decree == nullptr) {
        c.vi = need_string(entry, "vi", path + ".vi");
        c.en = need_string(entry, "en", path + ".en");
        return c;
    }
    if (entry.contains("vi") || entry.contains("en")) {
        fail("entry '" + path +
             "': a policy's citation is composed from 'article' and the decree "
             "record, not written out ('vi'/'en')");
    }
    const std::string article = need_string(entry, "article", path + ".article");
    std::string article_en = maybe_string(entry, "article_en", path + ".article_en");
    if (article_en.empty()) {
        const auto en = article_in_english(article);
        if (!en) {
            fail("entry '" + path + ".article' (\"" + article +
                 "\") is not of the form \"Điều N khoản M điểm x\" or \"Mục X\": give article_en");
        }
        article_en = *en;
    }
    c.vi = article + ", " + decree->name_vi;
    c.en = article_en + ", " + decree->name_en;
    const auto pair = [&](std::string_view key) {
        const std::string vi = maybe_string(entry, std::string(key) + "_vi", path);
        const std::string en = maybe_string(entry, std::string(key) + "_en", path);
        if (vi.empty() != en.empty()) {
            fail("entry '" + path + "' needs both " + std::string(key) + "_vi and " +
                 std::string(key) + "_en");
        }
        return std::pair{vi, en};
    };
    if (const auto [vi, en] = pair("note"); !vi.empty()) {
        c.vi += " (" + vi + ")";
        c.en += " (" + en + ")";
    }
    if (const auto [vi, en] = pair("also"); !vi.empty()) {
        c.vi += "; " + vi;
        c.en += "; " + en;
    }
    return c;
}

Quantity Reader::quantity(const toml::table& parent, std::string_view key,
                          const std::string& path) const {
    const toml::table& entry = need_table(parent, key, path);
    Quantity q;
    q.cite = citation(entry, path);
    q.value = need_number(entry.get("value"), path + ".value");
    return q;
}

void Reader::into(Quantity& out, const toml::table& parent, std::string_view section,
                  std::string_view key) const {
    const std::string path = std::string(section) + "." + std::string(key);
    out = quantity(parent, key, path);
    if (data != nullptr) data->values[path] = &out;
}

}  // namespace data_reader

namespace {
using namespace data_reader;

// The function families a policy may serve, and the sections of its file that belong to each.
struct Family {
    std::string_view name;
    std::vector<std::string_view> sections;
    bool one_policy;  // served by exactly one policy (its functions have no [Policy] argument)
};
const std::vector<Family>& families() {
    static const std::vector<Family> all{
        {"compensation", {"compensation"}, false},
        {"service_months", {"service_months"}, true},
        {"support",
         {"support", "study", "rotation", "eligibility", "highland_commune", "codes"},
         true},
        {"income_topup", {"income_topup"}, true},
        {"quota", {"quota"}, true},
    };
    return all;
}

Decree read_decree(const toml::table& root) {
    const toml::table& t = need_table(root, "decree", "decree");
    Decree d;
    d.name_vi = need_string(t, "name_vi", "decree.name_vi");
    d.name_en = need_string(t, "name_en", "decree.name_en");
    d.short_name = need_string(t, "short", "decree.short");
    d.number = maybe_string(t, "number", "decree.number");
    d.issuer_vi = need_string(t, "issuer_vi", "decree.issuer_vi");
    d.issuer_en = need_string(t, "issuer_en", "decree.issuer_en");
    d.signed_on = maybe_date(t, "signed", "decree.signed");
    d.in_force = maybe_date(t, "in_force", "decree.in_force");
    if (d.signed_on && d.in_force && day_from_civil(*d.in_force) < day_from_civil(*d.signed_on)) {
        fail("entry 'decree.in_force' is before 'decree.signed'");
    }
    d.since_2025_vi = maybe_string(t, "since_2025_vi", "decree.since_2025_vi");
    d.since_2025_en = maybe_string(t, "since_2025_en", "decree.since_2025_en");
    return d;
}

std::optional<Quantity> read_share(const toml::table& group, std::string_view key,
                                   const std::string& path, const Reader& r) {
    if (!group.contains(key)) return std::nullopt;
    const toml::table& t = need_table(group, key, path);
    Quantity q;
    q.cite = r.citation(t, path);
    q.value = need_number(t.get("share"), path + ".share");
    if (q.value > 1) fail("entry '" + path + ".share' must be a share 0..1");
    return q;
}

// [[compensation.group]] entries: commitment (factor or months), case shares, the case-3 clause.
CompensationRules read_compensation(const toml::table& root, const Reader& r) {
    CompensationRules c;
    c.by_group.fill(-1);
    const toml::table& comp = need_table(root, "compensation", "compensation");
    for (const auto& [row, path] : need_rows(comp, "group", "compensation.group")) {
        GroupRules g;
        const toml::node* groups = row->get("groups");
        const toml::array* arr = groups != nullptr ? groups->as_array() : nullptr;
        if (arr == nullptr || arr->empty()) {
            fail("entry '" + path + ".groups' must be a non-empty array of group numbers");
        }
        for (const toml::node& n : *arr) {
            const auto v = n.value<std::int64_t>();
            if (!v || *v < 1 || *v > CompensationRules::kMaxGroups) {
                fail("entry '" + path + ".groups' must hold whole numbers from 1 to " +
                     std::to_string(CompensationRules::kMaxGroups));
            }
            auto& slot = c.by_group[static_cast<std::size_t>(*v)];
            if (slot >= 0) fail("entry '" + path + "': group " + std::to_string(*v) + " twice");
            slot = static_cast<signed char>(c.rules.size());
            g.groups.push_back(static_cast<int>(*v));
        }

        const std::string cpath = path + ".commitment";
        const toml::table& ct = need_table(*row, "commitment", cpath);
        g.commitment.cite = r.citation(ct, cpath);
        if (ct.contains("factor") == ct.contains("months")) {
            fail("entry '" + cpath + "' needs either 'factor' or 'months'");
        }
        g.commitment_by_factor = ct.contains("factor");
        if (g.commitment_by_factor) {
            g.commitment.value = need_number(ct.get("factor"), cpath + ".factor");
            if (g.commitment.value <= 0) fail("entry '" + cpath + ".factor' must be above 0");
        } else {
            g.commitment.value = need_number(ct.get("months"), cpath + ".months");
            if (g.commitment.value < 1 || std::floor(g.commitment.value) != g.commitment.value) {
                fail("entry '" + cpath + ".months' must be a whole number of months >= 1");
            }
        }

        g.case1 = read_share(*row, "case1", path + ".case1", r);
        g.case2 = read_share(*row, "case2", path + ".case2", r);
        const std::string p3 = path + ".case3";
        const toml::table& c3 = need_table(*row, "case3", p3);
        g.case3 = r.citation(c3, p3);
        if (c3.contains("symbol")) g.symbol = need_string(c3, "symbol", p3 + ".symbol");
        const std::string form = maybe_string(c3, "form", p3 + ".form");
        if (form == "product_first") {
            g.form = ProportionalForm::ProductFirst;
        } else if (!form.empty() && form != "quotient_first") {
            fail("entry '" + p3 + ".form' must be \"quotient_first\" or \"product_first\"");
        }
        g.cost_vi = maybe_string(c3, "cost_vi", p3 + ".cost_vi");
        g.cost_en = maybe_string(c3, "cost_en", p3 + ".cost_en");
        if (g.cost_vi.empty() != g.cost_en.empty()) {
            fail("entry '" + p3 + "' needs both cost_vi and cost_en");
        }
        c.rules.push_back(std::move(g));
    }
    if (c.for_group(1) == nullptr) {
        fail("entry 'compensation.group' has no rules for group 1 (the default Group)");
    }
    return c;
}

struct ParsedFile {
    std::string name;
    toml::table root;
};

toml::table parse(const DataFile& f) {
    try {
        return toml::parse(f.text, std::string_view{f.name});
    } catch (const toml::parse_error& e) {
        fail(std::to_string(e.source().begin.line) + ":" + std::to_string(e.source().begin.column) +
             ": " + std::string(e.description()));
    }
}

// Errors inside one file carry its name.
template <class F>
auto in_file(std::string_view name, F&& read) {
    try {
        return read();
    } catch (DataError& e) {
        e.message = std::string(name) + ": " + e.message;
        throw;
    }
}

void read_meta(PolicyData& d, const toml::table& root) {
    check_all_values(root, "");
    const toml::table& meta = need_table(root, "meta", "meta");
    d.reviewed = need_date(meta, "reviewed", "meta.reviewed");
    d.reviewed_day = day_from_civil(d.reviewed);

    const Reader r;
    const toml::table& limits = need_table(root, "limits", "limits");
    d.max_cost = r.quantity(limits, "max_cost", "limits.max_cost");
    d.max_months = r.quantity(limits, "max_months", "limits.max_months");
    d.max_people = r.quantity(limits, "max_people", "limits.max_people");
    if (d.max_cost.value <= 0) fail("entry 'limits.max_cost' must be above 0");
    if (d.max_months.value < 1) fail("entry 'limits.max_months' must be at least 1");
    if (d.max_people.value < 1) fail("entry 'limits.max_people' must be at least 1");

    const toml::table& langs = need_table(root, "languages", "languages");
    d.languages[0] = need_spellings(langs, "vi", "languages.vi");
    d.languages[1] = need_spellings(langs, "en", "languages.en");
    check_unique({&d.languages[0], &d.languages[1]}, {"languages.vi", "languages.en"});
}

void read_base_wage(PolicyData& d, const toml::table& root) {
    for (const auto& [row, path] : need_rows(root, "base_wage", "base_wage")) {
        WageRow w;
        w.from = need_date(*row, "from", path + ".from");
        const std::string where = path + " (" + date_text(w.from) + ")";
        w.from_day = day_from_civil(w.from);
        if (!row->contains("rule")) fail("entry '" + where + "' has no rule id ('rule')");
        w.rule = need_string(*row, "rule", where + ".rule");
        w.decree = need_string(*row, "decree", where + ".decree");
        w.article = maybe_string(*row, "article", where + ".article");
        w.amount = need_number(row->get("amount"), where + ".amount");
        if (w.amount <= 0) fail("entry '" + where + ".amount' must be above 0");
        if (!d.base_wage.empty() && w.from_day <= d.base_wage.back().from_day) {
            fail("entry '" + where + "' is not after the previous row (" +
                 date_text(d.base_wage.back().from) +
                 "): base-wage dates must be strictly increasing");
        }
        d.base_wage.push_back(std::move(w));
    }
}

void read_policy(PolicyData& d, const toml::table& root) {
    check_all_values(root, "");
    PolicyEntry e;
    e.id = static_cast<PolicyId>(d.policies.size());
    const toml::table& p = need_table(root, "policy", "policy");
    e.code = need_string(p, "code", "policy.code");
    e.spellings = need_spellings(p, "spellings", "policy.spellings");
    const toml::node* serves = p.get("serves");
    const toml::array* arr = serves != nullptr ? serves->as_array() : nullptr;
    if (arr == nullptr || arr->empty()) {
        fail("entry 'policy.serves' must list the function families the policy serves");
    }
    for (const toml::node& n : *arr) {
        const auto s = n.value<std::string>();
        const auto known = std::find_if(families().begin(), families().end(),
                                        [&](const Family& f) { return s && f.name == *s; });
        if (known == families().end()) {
            std::string names;
            for (const Family& f : families()) {
                names += (names.empty() ? "" : ", ") + std::string(f.name);
            }
            fail("entry 'policy.serves' names an unknown family (known: " + names + ")");
        }
        e.serves.push_back(*s);
    }
    for (const auto& [key, node] : root) {
        const std::string_view k = key.str();
        if (k == "policy" || k == "decree") continue;
        const auto owner = std::find_if(families().begin(), families().end(), [&](const Family& f) {
            return std::find(f.sections.begin(), f.sections.end(), k) != f.sections.end();
        });
        if (owner == families().end()) {
            fail("section '" + std::string(k) + "' is not a section of a policy file");
        }
        if (!e.serves_family(owner->name)) {
            fail("section '" + std::string(k) + "' belongs to '" + std::string(owner->name) +
                 "', which policy.serves does not list");
        }
    }
    e.decree = read_decree(root);
    d.policies.push_back(std::move(e));
    // The decree's address is stable from here on (the vector is reserved by the caller).
    PolicyEntry& stored = d.policies.back();
    if (stored.serves_family("compensation")) {
        stored.compensation = read_compensation(root, Reader{&stored.decree, &d});
        for (const GroupRules& g : stored.compensation->rules) {
            for (const int n : g.groups) d.max_group = std::max(d.max_group, n);
        }
    }
}

// The families served by one policy each, read from that policy's file.
void read_families(PolicyData& d, const std::vector<ParsedFile>& policy_files) {
    const auto file_of = [&](std::string_view family) -> const ParsedFile& {
        const PolicyEntry* found = nullptr;
        for (const PolicyEntry& p : d.policies) {
            if (!p.serves_family(family)) continue;
            if (found != nullptr) {
                fail("policies " + found->code + " and " + p.code + " both serve '" +
                     std::string(family) + "'; its functions have no [Policy] argument");
            }
            found = &p;
        }
        if (found == nullptr) fail("no policy serves '" + std::string(family) + "'");
        return policy_files[static_cast<std::size_t>(found->id)];
    };
    const auto reader = [&](std::string_view family) {
        return Reader{&d.serving(family)->decree, &d};
    };

    const ParsedFile& sm = file_of("service_months");
    in_file(sm.name, [&] {
        reader("service_months")
            .into(d.month_round_days, need_table(sm.root, "service_months", "service_months"),
                  "service_months", "month_days");
        if (d.month_round_days.value < 1 || d.month_round_days.value > 31) {
            fail("entry 'service_months.month_days' must be between 1 and 31");
        }
    });

    const ParsedFile& sup = file_of("support");
    const ParsedFile& top = file_of("income_topup");
    const PolicyEntry& sp = *d.serving("support");
    if (!sp.compensation || !sp.compensation->for_group(1)->commitment_by_factor) {
        fail(sup.name +
             ": the policy serving 'support' needs a commitment factor for group 1 "
             "(eligibility condition: commits to serve a multiple of the training)");
    }
    d.support = in_file(sup.name + " / " + top.name, [&] {
        return load_support_data(sup.root, reader("support"), top.root, reader("income_topup"),
                                 sp.compensation->for_group(1)->commitment);
    });

    const ParsedFile& qf = file_of("quota");
    in_file(qf.name, [&] {
        const Reader r = reader("quota");
        const toml::table& quota = need_table(qf.root, "quota", "quota");
        r.into(d.loan_tranche1, quota, "quota", "loan_tranche1");
        if (d.loan_tranche1.value <= 0 || d.loan_tranche1.value >= 1) {
            fail("entry 'quota.loan_tranche1' must be a share strictly between 0 and 1");
        }
        // A decimal share (0.3) is approximate in a double (0.29999…); in millionths it is exact.
        d.loan_tranche1_millionths = std::round(d.loan_tranche1.value * 1e6);
        r.into(d.quota_days_per_year, quota, "quota", "days_per_year");
        if (d.quota_days_per_year.value < 365 || d.quota_days_per_year.value > 366) {
            fail("entry 'quota.days_per_year' must be between 365 and 366");
        }
    });
}

std::shared_ptr<PolicyData> build(std::span<const DataFile> files) {
    const DataFile* meta = nullptr;
    const DataFile* wage = nullptr;
    std::vector<const DataFile*> policy_files;
    for (const DataFile& f : files) {
        if (f.name == "meta.toml") {
            meta = &f;
        } else if (f.name == "base_wage.toml") {
            wage = &f;
        } else if (f.name.starts_with("policies/") && f.name.ends_with(".toml")) {
            policy_files.push_back(&f);
        } else {
            fail(std::string(f.name) +
                 ": not a data file (meta.toml, base_wage.toml, "
                 "policies/*.toml)");
        }
    }
    if (meta == nullptr) fail("meta.toml: missing");
    if (wage == nullptr) fail("base_wage.toml: missing");
    if (policy_files.empty()) fail("policies/: no policy file");

    auto d = std::make_shared<PolicyData>();
    d->policies.reserve(policy_files.size());  // decree addresses stay put while citing them
    const toml::table meta_root = in_file(meta->name, [&] { return parse(*meta); });
    in_file(meta->name, [&] { read_meta(*d, meta_root); });
    in_file(wage->name, [&] { read_base_wage(*d, parse(*wage)); });
    std::vector<ParsedFile> parsed;
    for (const DataFile* f : policy_files) {
        parsed.push_back({std::string(f->name), in_file(f->name, [&] { return parse(*f); })});
        in_file(f->name, [&] { read_policy(*d, parsed.back().root); });
    }
    std::vector<std::vector<std::string>*> spellings;
    std::vector<std::string> names;
    for (PolicyEntry& p : d->policies) {
        spellings.push_back(&p.spellings);
        names.push_back("policy " + p.code);
    }
    check_unique(spellings, names);
    read_families(*d, parsed);

    in_file(meta->name, [&] {
        const toml::table& defaults = need_table(meta_root, "defaults", "defaults");
        const std::string code =
            need_string(defaults, "compensation_policy", "defaults.compensation_policy");
        const auto folded = fold_code_utf8(code);
        const auto id = folded ? match_policy(*d, *folded) : std::nullopt;
        if (!id || !d->policy(*id).compensation) {
            fail("entry 'defaults.compensation_policy' (\"" + code +
                 "\") is not a policy that serves 'compensation'");
        }
        d->default_compensation = *id;
    });
    return d;
}

}  // namespace

LoadResult load_policy_data(std::span<const DataFile> files) {
    LoadResult out;
    try {
        out.data = build(files);
    } catch (const DataError& e) {
        out.error = e.message;
    } catch (const std::exception& e) {
        out.error = std::string("policy data: ") + e.what();
    }
    return out;
}

const PolicyData& policy_data() {
    static const std::shared_ptr<const PolicyData> data = [] {
        LoadResult r = load_policy_data(embedded_policy_files());
        if (!r.data) throw std::runtime_error("vnpolicy: invalid embedded policy data: " + r.error);
        return std::move(r.data);
    }();
    return *data;
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
