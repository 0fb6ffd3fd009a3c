// The shipped policy data (data/): loaded and validated once into immutable tables. The C++
// knows the shapes of the rules (a commitment is a factor × the training months or fixed months;
// a case repays a share; case 3 is proportional); which policies exist, their decrees, groups,
// values and citations come from the data files.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.hpp"

namespace vnpolicy {

// Where a value comes from: the rule id of POLICY.md and the legal citation printed by *_EXPLAIN
// (composed at load time from the article and the decree record).
struct Citation {
    std::string rule;  // e.g. "BT.16.2c"
    std::string vi;  // e.g. "Điều 16 khoản 2 điểm c, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận"
    std::string en;  // e.g. "Article 16(2)(c), Decision 49/2012/QĐ-UBND of Bình Thuận province"
};

struct Quantity {
    double value = 0;
    Citation cite;
};

// A policy: an index into PolicyData::policies, in the order of the data files (no enumerators:
// the C++ names no province).
enum class PolicyId : unsigned char {};

enum class Language : unsigned char { Vi, En };

// The record of the decision a policy implements, written once in its data file.
struct Decree {
    std::string name_vi;     // "Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận"
    std::string name_en;     // "Decision 49/2012/QĐ-UBND of Bình Thuận province"
    std::string short_name;  // for POLICY_INFO: "49/2012/QĐ-UBND Bình Thuận"
    std::string number;      // "49/2012/QĐ-UBND", empty when the decision has none
    std::string issuer_vi, issuer_en;
    std::optional<CivilDate> signed_on, in_force;
    std::string since_2025_vi, since_2025_en;  // its standing after the 2025 reorganisation
};

// How case 3 (S proportional to the months not served) is written in the decision.
enum class ProportionalForm : unsigned char {
    QuotientFirst,  // S = F/T1 × (T1 − T2)  (BT.16.2c)
    ProductFirst,   // S = F × (T1 − T2) / T1 (KH.5)
};

// The compensation rules of one or more beneficiary groups of a policy (BT.15-17, KH.3-5).
struct GroupRules {
    std::vector<int> groups;  // the Group values these rules govern
    bool commitment_by_factor = true;
    Quantity commitment;  // a factor × training months, or fixed months (commitment_by_factor)
    std::optional<Quantity> case1;  // share repaid when leaving during training; none: no case 1
    std::optional<Quantity> case2;  // share repaid without a diploma; none: no case 2
    Citation case3;                 // S = cost × (T1 − T2) / T1
    std::string symbol = "F";       // the letter the decision gives the cost
    ProportionalForm form = ProportionalForm::QuotientFirst;
    std::string cost_vi, cost_en;  // what the cost stands for under this clause; may be empty
};

struct CompensationRules {
    std::vector<GroupRules> rules;
    // Group g (1..kMaxGroups) -> index into rules, or -1 when the policy has no such group.
    static constexpr int kMaxGroups = 9;
    std::array<signed char, kMaxGroups + 1> by_group{};

    [[nodiscard]] const GroupRules* for_group(int group) const noexcept {
        if (group < 1 || group > kMaxGroups || by_group[static_cast<std::size_t>(group)] < 0) {
            return nullptr;
        }
        return &rules[static_cast<std::size_t>(by_group[static_cast<std::size_t>(group)])];
    }
};

struct PolicyEntry {
    PolicyId id{};
    std::string code;                    // "BT2012"
    std::vector<std::string> spellings;  // folded accepted spellings
    std::vector<std::string> serves;     // function families: "compensation", "support", …
    Decree decree;
    std::optional<CompensationRules> compensation;  // set when it serves "compensation"

    [[nodiscard]] bool serves_family(std::string_view family) const noexcept {
        for (const std::string& s : serves) {
            if (s == family) return true;
        }
        return false;
    }
};

struct SupportData;  // support_data.hpp: the SUPPORT_LEVEL family

struct WageRow {
    CivilDate from;
    DayNumber from_day = 0;
    double amount = 0;
    std::string decree;   // "Nghị định 73/2024/NĐ-CP"
    std::string article;  // "Điều 3 khoản 2", may be empty
    std::string rule;
};

// One data file: its name relative to data/ ("meta.toml", "policies/BT2012.toml") and its text.
struct DataFile {
    std::string_view name;
    std::string_view text;
};

struct PolicyData {
    CivilDate reviewed;  // meta.reviewed: when the values were last checked
    DayNumber reviewed_day = 0;
    Quantity max_cost;          // costs must be below this
    Quantity max_months;        // month counts must not exceed this
    Quantity max_people;        // counts of people (quotas) must not exceed this
    Quantity month_round_days;  // remainder days that count as a month (SERVICE_MONTHS)

    std::vector<PolicyEntry> policies;                  // in data-file order
    PolicyId default_compensation{};                    // [Policy] when omitted
    int max_group = 1;                                  // the largest Group any policy has
    std::array<std::vector<std::string>, 2> languages;  // folded spellings, [Language]

    std::vector<WageRow> base_wage;  // sorted by date, strictly increasing

    std::shared_ptr<const SupportData> support;  // never null in loaded data
    // QUOTA_*, LOAN_TRANCHE ([quota] of the policy serving "quota").
    Quantity loan_tranche1;               // share of the contract amount in tranche 1 (0..1)
    double loan_tranche1_millionths = 0;  // the same share in whole millionths, exact (at load)
    Quantity quota_days_per_year;         // QUOTA_PACE: days in a year of 12 months

    // Every value of a family section, by its path in the file ("study.meal_professional_in"),
    // for help text that quotes the data (catalog placeholders).
    std::map<std::string, const Quantity*, std::less<>> values;

    [[nodiscard]] const PolicyEntry& policy(PolicyId id) const noexcept {
        return policies[static_cast<std::size_t>(id)];
    }
    // The policy that serves a family with no [Policy] argument ("support", "quota", …).
    [[nodiscard]] const PolicyEntry* serving(std::string_view family) const noexcept {
        for (const PolicyEntry& p : policies) {
            if (p.serves_family(family)) return &p;
        }
        return nullptr;
    }
};

struct LoadResult {
    std::shared_ptr<const PolicyData> data;  // set when the files are valid
    std::string error;                       // otherwise the reason, naming the file and entry
};

// Parses and validates policy data: "meta.toml", "base_wage.toml" and any number of
// "policies/*.toml" (tests feed malformed variants and extra policies here).
LoadResult load_policy_data(std::span<const DataFile> files);

// The data files compiled into the library (data/ at build time), meta and base wage first.
std::span<const DataFile> embedded_policy_files() noexcept;

// The embedded data, parsed once at first use (thread-safe) and immutable afterwards. The build
// refuses invalid data (vnpolicy_datacheck), so this cannot fail in a shipped build; if it does
// anyway it throws std::runtime_error carrying the loader's message.
const PolicyData& policy_data();

// Matching of folded text against the code lists (no heap work).
std::optional<PolicyId> match_policy(const PolicyData& data, std::string_view folded) noexcept;
std::optional<Language> match_language(const PolicyData& data, std::string_view folded) noexcept;

}  // namespace vnpolicy
