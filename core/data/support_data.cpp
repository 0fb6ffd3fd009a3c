// Loads and checks the SUPPORT_LEVEL family's sections of its policy file into SupportData.
#include "data/support_data.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "common/fold.hpp"
#include "data/data_reader.hpp"

namespace vnpolicy {
namespace {
using namespace data_reader;

// [codes.<name>]: `rule` plus exactly the keys given, each a non-empty list of spellings that no
// other key of the same table accepts.
CodeSet need_codes(const toml::table& codes, std::string_view name,
                   std::initializer_list<std::string_view> keys) {
    const std::string path = "codes." + std::string(name);
    const toml::table& t = need_table(codes, name, path);
    CodeSet set;
    if (!t.contains("rule")) fail("entry '" + path + "' has no rule id ('rule')");
    set.rule = need_string(t, "rule", path + ".rule");
    for (const auto& [key, node] : t) {
        const std::string_view k = key.str();
        if (k != "rule" && std::find(keys.begin(), keys.end(), k) == keys.end()) {
            fail("entry '" + path + "." + std::string(k) + "' is not a value of " + path);
        }
    }
    std::vector<std::string> names;
    for (const std::string_view key : keys) {
        const std::string kpath = path + "." + std::string(key);
        set.keys.emplace_back(key);
        set.folded.push_back(need_spellings(t, key, kpath));
        std::vector<std::string> shown;
        for (const toml::node& n : *t.get(key)->as_array())
            shown.push_back(*n.value<std::string>());
        set.shown.push_back(std::move(shown));
        names.push_back(kpath);
    }
    std::vector<std::vector<std::string>*> lists;
    for (auto& f : set.folded) lists.push_back(&f);
    check_unique(lists, names);
    return set;
}

void need_share(const Quantity& q, const std::string& path) {
    if (q.value > 1) fail("entry '" + path + "' must be a share 0..1");
}

void need_whole(const Quantity& q, const std::string& path) {
    if (std::floor(q.value) != q.value) fail("entry '" + path + "' must be a whole number");
}

}  // namespace

std::optional<std::size_t> CodeSet::match(std::string_view folded_text) const noexcept {
    for (std::size_t i = 0; i < folded.size(); ++i) {
        for (const std::string& s : folded[i]) {
            if (s == folded_text) return i;
        }
    }
    return std::nullopt;
}

std::string CodeSet::accepted() const {
    std::string out;
    for (const auto& value : shown) {
        if (!out.empty()) out += " | ";
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i > 0) out += ", ";
            out += value[i];
        }
    }
    return out;
}

const HighlandCommune* SupportData::highland(std::string_view folded) const noexcept {
    for (const HighlandCommune& c : highland_communes) {
        if (c.folded == folded) return &c;
    }
    return nullptr;
}

std::shared_ptr<const SupportData> load_support_data(const toml::table& root, const Reader& r,
                                                     const toml::table& topup_root,
                                                     const Reader& topup_reader,
                                                     const Quantity& commitment_factor) {
    auto d = std::make_shared<SupportData>();
    const auto q = [&r](Quantity& out, const toml::table& t, std::string_view section,
                        std::string_view key) { r.into(out, t, section, key); };
    d->commitment_factor = commitment_factor;

    const toml::table& support = need_table(root, "support", "support");
    const toml::table& mult = need_table(support, "multiple", "support.multiple");
    const std::array<std::string_view, 3> programmes{"standard", "priority", "attraction"};
    const std::array<std::string_view, 2> degrees{"doctorate", "master"};
    for (std::size_t p = 0; p < programmes.size(); ++p) {
        for (std::size_t g = 0; g < degrees.size(); ++g) {
            const std::string key = std::string(programmes[p]) + "_" + std::string(degrees[g]);
            q(d->multiple[p][g], mult, "support.multiple", key);
            if (d->multiple[p][g].value <= 0) {
                fail("entry 'support.multiple." + key + "' must be above 0");
            }
        }
    }
    q(d->encouragement_bonus, support, "support", "encouragement_bonus");
    q(d->phase1_share, support, "support", "phase1_share");
    need_share(d->phase1_share, "support.phase1_share");
    d->attraction_paid_once =
        r.citation(need_table(support, "attraction_paid_once", "support.attraction_paid_once"),
                   "support.attraction_paid_once");
    q(d->tuition_postgraduate, support, "support", "tuition_postgraduate");
    q(d->tuition_professional, support, "support", "tuition_professional");
    q(d->tuition_highland, support, "support", "tuition_highland");
    need_share(d->tuition_postgraduate, "support.tuition_postgraduate");
    need_share(d->tuition_professional, "support.tuition_professional");
    need_share(d->tuition_highland, "support.tuition_highland");

    const toml::table& study = need_table(root, "study", "study");
    q(d->meal[0][0], study, "study", "meal_professional_in");
    q(d->meal[0][1], study, "study", "meal_professional_out");
    q(d->meal[1][0], study, "study", "meal_political_in");
    q(d->meal[1][1], study, "study", "meal_political_out");
    q(d->meal_encouragement[0], study, "study", "meal_encouragement");
    q(d->meal_encouragement[1], study, "study", "meal_political_encouragement");
    q(d->materials[0], study, "study", "materials_intermediate");
    q(d->materials[1], study, "study", "materials_advanced");

    const toml::table& rot = need_table(root, "rotation", "rotation");
    q(d->rent[0], rot, "rotation", "rent_h_t");
    q(d->rent[1], rot, "rotation", "rent_t_h");
    q(d->rent[2], rot, "rotation", "rent_h_h");
    q(d->rent[3], rot, "rotation", "rent_h_x");
    q(d->transfer_rent_max_months, rot, "rotation", "transfer_rent_max_months");
    need_whole(d->transfer_rent_max_months, "rotation.transfer_rent_max_months");
    q(d->initial[0], rot, "rotation", "initial_male");
    q(d->initial[1], rot, "rotation", "initial_female");
    q(d->initial_commune_share, rot, "rotation", "initial_commune_share");
    need_share(d->initial_commune_share, "rotation.initial_commune_share");
    q(d->visit, rot, "rotation", "visit");
    q(d->visit_island, rot, "rotation", "visit_island");
    q(d->visit_commune, rot, "rotation", "visit_commune");
    q(d->meals, rot, "rotation", "meals");
    q(d->meals_months, rot, "rotation", "meals_months");
    need_whole(d->meals_months, "rotation.meals_months");
    q(d->min_distance_km, rot, "rotation", "min_distance_km");

    const toml::table& topup = need_table(topup_root, "income_topup", "income_topup");
    topup_reader.into(d->topup_multiple[0], topup, "income_topup", "group4_multiple");
    topup_reader.into(d->topup_multiple[1], topup, "income_topup", "group5_multiple");

    const toml::table& elig = need_table(root, "eligibility", "eligibility");
    q(d->min_service_years, elig, "eligibility", "min_service_years");
    q(d->min_good_years, elig, "eligibility", "min_good_years");
    q(d->max_age[0], elig, "eligibility", "max_age_civil_servant");
    q(d->max_age[1], elig, "eligibility", "max_age_public_employee");
    need_whole(d->min_service_years, "eligibility.min_service_years");
    need_whole(d->min_good_years, "eligibility.min_good_years");
    need_whole(d->max_age[0], "eligibility.max_age_civil_servant");
    need_whole(d->max_age[1], "eligibility.max_age_public_employee");
    d->no_discipline = r.citation(need_table(elig, "no_discipline", "eligibility.no_discipline"),
                                  "eligibility.no_discipline");
    d->users_judgement =
        r.citation(need_table(elig, "users_judgement", "eligibility.users_judgement"),
                   "eligibility.users_judgement");

    for (const auto& [row, path] : need_rows(root, "highland_commune", "highland_commune")) {
        HighlandCommune c;
        c.name = need_string(*row, "name", path + ".name");
        const std::string where = path + " (" + c.name + ")";
        if (!row->contains("rule")) fail("entry '" + where + "' has no rule id ('rule')");
        c.rule = need_string(*row, "rule", where + ".rule");
        c.district = need_string(*row, "district", where + ".district");
        auto folded = fold_code_utf8(c.name);
        if (!folded || folded->empty()) fail("entry '" + where + ".name' cannot be folded");
        if (d->highland(*folded) != nullptr) fail("entry '" + where + "' is listed twice");
        c.folded = std::move(*folded);
        d->highland_communes.push_back(std::move(c));
    }

    const toml::table& codes = need_table(root, "codes", "codes");
    d->degree = need_codes(codes, "degree", {"doctorate", "master"});
    d->programme = need_codes(codes, "programme", {"standard", "priority", "attraction"});
    d->study_course = need_codes(codes, "study_course", {"professional", "political"});
    d->tuition_course = need_codes(codes, "tuition_course", {"postgraduate", "professional"});
    d->level = need_codes(codes, "level", {"intermediate", "advanced"});
    d->route = need_codes(codes, "route", {"h_t", "t_h", "h_h", "h_x"});
    d->gender = need_codes(codes, "gender", {"male", "female"});
    d->kind = need_codes(codes, "kind", {"rotation", "transfer"});
    d->component = need_codes(codes, "component", {"total", "rent", "initial", "visit", "meals"});
    d->staff_type = need_codes(codes, "staff_type", {"civil_servant", "public_employee"});
    return d;
}

}  // namespace vnpolicy
