// The compensation rules on typed values: COMPENSATION (BT.15-17, KH.4-5), COMMITMENT_MONTHS
// (BT.1d, BT.15.3, KH.3) and SERVICE_MONTHS (BT.16.2c). Each returns a trace — the result with
// the terms and the rule that produced it — from which *_EXPLAIN builds its text.
#pragma once

#include <cstdint>
#include <optional>

#include "common/date.hpp"
#include "common/money.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

enum class CompensationKind : unsigned char {
    Share,         // cases 1 and 2: share × F
    Proportional,  // case 3: F × (T1 − T2) / T1
    NothingOwed,   // case 3 with T2 >= T1
};

struct CompensationTrace {
    PolicyId policy{};
    int group = 1;
    const GroupRules* rules = nullptr;  // the group's rules (points into the PolicyData)
    CompensationKind kind = CompensationKind::Proportional;
    int case_no = 3;
    double cost = 0;
    double required_in = 0;  // as given
    double served_in = 0;
    double t1 = 0;  // rounded half-up
    double t2 = 0;
    double share = 0;                // cases 1, 2: the share of F (1.0 = 100 %)
    double amount = 0;               // whole đồng
    const Citation* cite = nullptr;  // the rule applied (points into the PolicyData)
};

// COMPENSATION's inputs as the catalog's reader checked them (read_args.hpp): cost in đồng below
// limits.max_cost, months as given and rounded half-up (t1, t2 whole, in [0, limits.max_months]),
// case 1..3, group 1..the data's largest group.
struct CheckedCompensation {
    double cost = 0;
    double required_in = 0;
    double served_in = 0;
    double t1 = 0;
    double t2 = 0;
    int case_no = 3;
    PolicyId policy{};
    int group = 1;
};

// The rule (BT.15-17, KH.4-5) on checked inputs. Errors: NotCompensationPolicy (Policy),
// GroupNotInPolicy (Group), CaseNotForGroup (Case 1 or 2 for a group that has only case 3,
// KH.5), ZeroCommitment (RequiredMonths < 1 after rounding, case 3). Inline: it runs per cell,
// and inlined into the caller the trace fields the caller does not read are never written.
inline Result<CompensationTrace> compensation_of(const CheckedCompensation& in,
                                                 const PolicyData& data) noexcept {
    const PolicyEntry& policy = data.policy(in.policy);
    if (!policy.compensation) {
        return Error{Errc::NotCompensationPolicy, "Policy", static_cast<double>(in.policy)};
    }
    const GroupRules* rules = policy.compensation->for_group(in.group);
    if (rules == nullptr)
        return Error{Errc::GroupNotInPolicy, "Group", static_cast<double>(in.group)};
    CompensationTrace tr;
    tr.policy = in.policy;
    tr.group = in.group;
    tr.rules = rules;
    tr.case_no = in.case_no;
    tr.cost = in.cost;
    tr.required_in = in.required_in;
    tr.served_in = in.served_in;
    tr.t1 = in.t1;
    tr.t2 = in.t2;
    if (in.case_no == 1 || in.case_no == 2) {
        const std::optional<Quantity>& q = in.case_no == 1 ? rules->case1 : rules->case2;
        if (!q) return Error{Errc::CaseNotForGroup, "Case", static_cast<double>(in.case_no)};
        tr.kind = CompensationKind::Share;
        tr.share = q->value;
        tr.cite = &q->cite;
        tr.amount = static_cast<double>(
            round_dong(static_cast<long double>(tr.cost) * static_cast<long double>(q->value)));
        return tr;
    }
    tr.cite = &rules->case3;
    if (in.t1 < 1) return Error{Errc::ZeroCommitment, "RequiredMonths", in.required_in};
    if (in.t2 >= in.t1) {
        tr.kind = CompensationKind::NothingOwed;
        tr.amount = 0;
        return tr;
    }
    tr.kind = CompensationKind::Proportional;
    // F × (T1 − T2) / T1: multiply first, divide last, round once (BT.16.2c, KH.5).
    const auto t1 = static_cast<std::int64_t>(in.t1);
    tr.amount = round_dong_ratio(in.cost, t1 - static_cast<std::int64_t>(in.t2), t1);
    return tr;
}

struct CommitmentTrace {
    PolicyId policy{};
    int group = 1;
    double training_in = 0;
    double training_months = 0;  // rounded half-up
    bool by_factor = true;       // months = factor × training months; else fixed months
    double factor = 0;
    double months = 0;
    const Citation* cite = nullptr;
};

// `training_in` as given, `training_months` rounded half-up (read_args.hpp). Errors:
// NotCompensationPolicy (Policy), GroupNotInPolicy (Group).
Result<CommitmentTrace> compute_commitment_months(double training_in, double training_months,
                                                  PolicyId policy, int group,
                                                  const PolicyData& data) noexcept;

enum class MonthRounding : unsigned char { Nearest = 0, Down = 1, Up = 2 };

struct ServiceMonthsTrace {
    std::int64_t whole_months = 0;
    std::int64_t remainder_days = 0;
    MonthRounding rounding = MonthRounding::Nearest;
    double threshold_days = 0;  // for Nearest: remainder >= threshold counts as a month
    double months = 0;
    const Citation* cite = nullptr;
};

// Errors: DateOrder (EndDate before StartDate).
Result<ServiceMonthsTrace> compute_service_months(DayNumber start, DayNumber end,
                                                  MonthRounding rounding,
                                                  const PolicyData& data) noexcept;

}  // namespace vnpolicy
