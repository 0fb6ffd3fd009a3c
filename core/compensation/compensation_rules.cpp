#include "compensation/compensation_rules.hpp"

namespace vnpolicy {

Result<CommitmentTrace> compute_commitment_months(double training_in, double training_months,
                                                  PolicyId policy, int group,
                                                  const PolicyData& data) noexcept {
    const PolicyEntry& entry = data.policy(policy);
    if (!entry.compensation) {
        return Error{Errc::NotCompensationPolicy, "Policy", static_cast<double>(policy)};
    }
    const GroupRules* rules = entry.compensation->for_group(group);
    if (rules == nullptr) return Error{Errc::GroupNotInPolicy, "Group", static_cast<double>(group)};

    CommitmentTrace tr;
    tr.policy = policy;
    tr.group = group;
    tr.training_in = training_in;
    tr.training_months = training_months;
    tr.cite = &rules->commitment.cite;
    tr.by_factor = rules->commitment_by_factor;
    if (!tr.by_factor) {  // fixed months whatever the training time (KH.3 groups 2-5)
        tr.months = rules->commitment.value;
        return tr;
    }
    tr.factor = rules->commitment.value;  // BT.1d, BT.15.3, KH.3 group 1
    tr.months = tr.factor * tr.training_months;
    return tr;
}

Result<ServiceMonthsTrace> compute_service_months(DayNumber start, DayNumber end,
                                                  MonthRounding rounding,
                                                  const PolicyData& data) noexcept {
    if (end < start) return Error{Errc::DateOrder, "EndDate", static_cast<double>(end - start)};
    const MonthSpan span = months_between(start, end);
    ServiceMonthsTrace tr;
    tr.whole_months = span.months;
    tr.remainder_days = span.remainder_days;
    tr.rounding = rounding;
    tr.threshold_days = data.month_round_days.value;
    tr.cite = &data.month_round_days.cite;
    bool extra = false;
    switch (rounding) {
        case MonthRounding::Nearest:
            extra = static_cast<double>(span.remainder_days) >= tr.threshold_days;
            break;
        case MonthRounding::Down:
            extra = false;
            break;
        case MonthRounding::Up:
            extra = span.remainder_days > 0;
            break;
    }
    tr.months = static_cast<double>(span.months + (extra ? 1 : 0));
    return tr;
}

}  // namespace vnpolicy
