#include "vnpolicy/compensation.hpp"

#include "vnpolicy/checks.hpp"

namespace vnpolicy {

Result<CommitmentTrace> compute_commitment_months(double training_months, PolicyId policy,
                                                  int group, const PolicyData& data) noexcept {
    const auto months = check_months(training_months, "TrainingMonths", data);
    if (!months) return months.error();
    if (!data.policy(policy).compensation) {
        return Error{Errc::NotCompensationPolicy, "Policy", static_cast<double>(policy)};
    }
    if (group < 1 || group > 5) return Error{Errc::OutOfRange, "Group", static_cast<double>(group)};

    CommitmentTrace tr;
    tr.policy = policy;
    tr.group = group;
    tr.training_in = training_months;
    tr.training_months = *months;
    if (policy == PolicyId::BT2012) {
        tr.by_factor = true;
        tr.factor = data.bt_commitment_factor.value;
        tr.cite = &data.bt_commitment_factor.cite;
    } else if (group == 1) {
        tr.by_factor = true;
        tr.factor = data.kh_group1_factor.value;
        tr.cite = &data.kh_group1_factor.cite;
    } else {
        const Quantity& q = data.kh_group_months[static_cast<std::size_t>(group - 2)];
        tr.by_factor = false;
        tr.months = q.value;
        tr.cite = &q.cite;
        return tr;
    }
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
