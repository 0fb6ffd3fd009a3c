// The shipped policy data (data/policy.toml): loaded and validated once into immutable tables.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vnpolicy/date.hpp"

namespace vnpolicy {

// Where a value comes from: the rule id of POLICY.md and the legal citation printed by *_EXPLAIN.
struct Citation {
    std::string rule;  // e.g. "BT.16.2c"
    std::string vi;  // e.g. "Điều 16 khoản 2 điểm c, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận"
    std::string en;  // e.g. "Article 16(2)(c), Decision 49/2012/QĐ-UBND of Bình Thuận province"
};

struct Quantity {
    double value = 0;
    Citation cite;
};

enum class PolicyId : unsigned char { BT2012, KH2023, ST2023 };
inline constexpr std::size_t kPolicyCount = 3;
inline constexpr std::array<std::string_view, kPolicyCount> kPolicyCodes{"BT2012", "KH2023",
                                                                         "ST2023"};

enum class Language : unsigned char { Vi, En };

struct PolicyEntry {
    PolicyId id = PolicyId::BT2012;
    std::string code;     // "BT2012"
    std::string info;     // short name for POLICY_INFO, e.g. "49/2012/QĐ-UBND Bình Thuận"
    std::string name_vi;  // "Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận"
    std::string name_en;
    bool compensation = false;           // has compensation rules (COMPENSATION accepts it)
    std::vector<std::string> spellings;  // folded accepted spellings
};

// COMPENSATION cases of one compensation policy (BT.16.2, KH.5).
struct CompensationRules {
    Quantity case1;  // share of the cost repaid when leaving during training
    Quantity case2;  // share repaid without a diploma
    Citation case3;  // S = F × (T1 − T2) / T1
};

struct SupportData;  // support_data.hpp: the SUPPORT_LEVEL family

struct WageRow {
    CivilDate from;
    DayNumber from_day = 0;
    double amount = 0;
    std::string decree;
    std::string rule;
};

struct PolicyData {
    CivilDate reviewed;
    Quantity max_cost;          // costs must be below this
    Quantity max_months;        // month counts must not exceed this
    Quantity max_people;        // counts of people (quotas) must not exceed this
    Quantity month_round_days;  // remainder days that count as a month (15)

    std::array<PolicyEntry, kPolicyCount> policies;
    std::array<std::vector<std::string>, 2> languages;  // folded spellings, [Language]

    // Indexed by PolicyId; only entries of compensation policies are meaningful.
    std::array<CompensationRules, kPolicyCount> compensation;

    Quantity bt_commitment_factor;            // BT.1d / BT.15.3: × training months
    Quantity kh_group1_factor;                // KH.3 group 1: × training months
    std::array<Quantity, 4> kh_group_months;  // KH.3 groups 2..5: fixed months

    std::vector<WageRow> base_wage;  // sorted by date, strictly increasing

    std::shared_ptr<const SupportData> support;  // never null in loaded data
    // ST2023 quotas and loans ([quota]).
    Quantity quota_target_2023;  // ST.II.2: the province's 2023 target (people, whole, >= 1)
    Quantity loan_tranche1;      // ST.V.1: share of the contract amount in tranche 1 (0..1)
    double loan_tranche1_millionths = 0;  // the same share in whole millionths, exact (at load)
    Quantity quota_days_per_year;         // ST.II.2 (QUOTA_PACE): days in a year of 12 months

    [[nodiscard]] const PolicyEntry& policy(PolicyId id) const noexcept {
        return policies[static_cast<std::size_t>(id)];
    }
};

struct LoadResult {
    std::optional<PolicyData> data;  // set when the text is valid
    std::string error;               // otherwise the reason, naming the bad entry
};

// Parses and validates policy data given as TOML text (tests feed malformed variants here).
LoadResult load_policy_data(std::string_view toml_text);

// The data file compiled into the library (data/policy.toml at build time).
std::string_view embedded_policy_toml() noexcept;

// The embedded data, parsed once at first use (thread-safe) and immutable afterwards. The build
// refuses invalid data (vnpolicy_datacheck), so this cannot fail in a shipped build; if it does
// anyway it throws std::runtime_error carrying the loader's message.
const PolicyData& policy_data();

// Matching of folded text against the code lists (no heap work).
std::optional<PolicyId> match_policy(const PolicyData& data, std::string_view folded) noexcept;
std::optional<Language> match_language(const PolicyData& data, std::string_view folded) noexcept;

}  // namespace vnpolicy
