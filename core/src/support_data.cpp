// Loads and checks the SUPPORT_LEVEL family's part of data/policy.toml into SupportData.
#include "vnpolicy/support_data.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "data_reader.hpp"
#include "vnpolicy/fold.hpp"

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

std::shared_ptr<const SupportData> load_support_data(const toml::table& root) {
    auto d = std::make_shared<SupportData>();
    const auto q = [](const toml::table& t, std::string_view section, std::string_view key) {
        return need_quantity(t, key, std::string(section) + "." + std::string(key));
    };

    const toml::table& support = need_table(root, "support", "support");
    const toml::table& mult = need_table(support, "multiple", "support.multiple");
    const std::array<std::string_view, 3> programmes{"standard", "priority", "attraction"};
    const std::array<std::string_view, 2> degrees{"doctorate", "master"};
    for (std::size_t p = 0; p < programmes.size(); ++p) {
        for (std::size_t g = 0; g < degrees.size(); ++g) {
            const std::string key = std::string(programmes[p]) + "_" + std::string(degrees[g]);
            d->multiple[p][g] = q(mult, "support.multiple", key);
            if (d->multiple[p][g].value <= 0) {
                fail("entry 'support.multiple." + key + "' must be above 0");
            }
        }
    }
    d->encouragement_bonus = q(support, "support", "encouragement_bonus");
    d->phase1_share = q(support, "support", "phase1_share");
    need_share(d->phase1_share, "support.phase1_share");
    d->attraction_paid_once =
        need_citation(need_table(support, "attraction_paid_once", "support.attraction_paid_once"),
                      "support.attraction_paid_once");
    d->tuition_postgraduate = q(support, "support", "tuition_postgraduate");
    d->tuition_professional = q(support, "support", "tuition_professional");
    d->tuition_highland = q(support, "support", "tuition_highland");
    need_share(d->tuition_postgraduate, "support.tuition_postgraduate");
    need_share(d->tuition_professional, "support.tuition_professional");
    need_share(d->tuition_highland, "support.tuition_highland");

    const toml::table& study = need_table(root, "study", "study");
    d->meal[0][0] = q(study, "study", "meal_professional_in");
    d->meal[0][1] = q(study, "study", "meal_professional_out");
    d->meal[1][0] = q(study, "study", "meal_political_in");
    d->meal[1][1] = q(study, "study", "meal_political_out");
    d->meal_encouragement[0] = q(study, "study", "meal_encouragement");
    d->meal_encouragement[1] = q(study, "study", "meal_political_encouragement");
    d->materials[0] = q(study, "study", "materials_intermediate");
    d->materials[1] = q(study, "study", "materials_advanced");

    const toml::table& rot = need_table(root, "rotation", "rotation");
    d->rent[0] = q(rot, "rotation", "rent_h_t");
    d->rent[1] = q(rot, "rotation", "rent_t_h");
    d->rent[2] = q(rot, "rotation", "rent_h_h");
    d->rent[3] = q(rot, "rotation", "rent_h_x");
    d->transfer_rent_max_months = q(rot, "rotation", "transfer_rent_max_months");
    need_whole(d->transfer_rent_max_months, "rotation.transfer_rent_max_months");
    d->initial[0] = q(rot, "rotation", "initial_male");
    d->initial[1] = q(rot, "rotation", "initial_female");
    d->initial_commune_share = q(rot, "rotation", "initial_commune_share");
    need_share(d->initial_commune_share, "rotation.initial_commune_share");
    d->visit = q(rot, "rotation", "visit");
    d->visit_island = q(rot, "rotation", "visit_island");
    d->visit_commune = q(rot, "rotation", "visit_commune");
    d->meals = q(rot, "rotation", "meals");
    d->meals_months = q(rot, "rotation", "meals_months");
    need_whole(d->meals_months, "rotation.meals_months");
    d->min_distance_km = q(rot, "rotation", "min_distance_km");

    const toml::table& topup = need_table(root, "income_topup", "income_topup");
    d->topup_multiple[0] = q(topup, "income_topup", "group4_multiple");
    d->topup_multiple[1] = q(topup, "income_topup", "group5_multiple");

    const toml::table& elig = need_table(root, "eligibility", "eligibility");
    d->min_service_years = q(elig, "eligibility", "min_service_years");
    d->min_good_years = q(elig, "eligibility", "min_good_years");
    d->max_age[0] = q(elig, "eligibility", "max_age_civil_servant");
    d->max_age[1] = q(elig, "eligibility", "max_age_public_employee");
    need_whole(d->min_service_years, "eligibility.min_service_years");
    need_whole(d->min_good_years, "eligibility.min_good_years");
    need_whole(d->max_age[0], "eligibility.max_age_civil_servant");
    need_whole(d->max_age[1], "eligibility.max_age_public_employee");
    d->no_discipline = need_citation(need_table(elig, "no_discipline", "eligibility.no_discipline"),
                                     "eligibility.no_discipline");
    d->users_judgement =
        need_citation(need_table(elig, "users_judgement", "eligibility.users_judgement"),
                      "eligibility.users_judgement");

    for (const auto& [row, path] : need_rows(root, "highland_commune")) {
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
