#include "vnpolicy/compensation.hpp"

#include "vnpolicy/checks.hpp"
#include "vnpolicy/money.hpp"

namespace vnpolicy {

Result<CompensationTrace> compute_compensation(const CompensationInput& in,
                                               const PolicyData& data) noexcept {
    const auto cost = check_cost(in.cost, "Cost", data);
    if (!cost) return cost.error();
    const auto t1 = check_months(in.required_months, "RequiredMonths", data);
    if (!t1) return t1.error();
    const auto t2 = check_months(in.served_months, "ServedMonths", data);
    if (!t2) return t2.error();
    if (in.case_no < 1 || in.case_no > 3) {
        return Error{Errc::OutOfRange, "Case", static_cast<double>(in.case_no)};
    }
    const PolicyEntry& policy = data.policy(in.policy);
    if (!policy.compensation) {
        return Error{Errc::NotCompensationPolicy, "Policy", static_cast<double>(in.policy)};
    }
    const CompensationRules& rules = data.compensation[static_cast<std::size_t>(in.policy)];

    CompensationTrace tr;
    tr.policy = in.policy;
    tr.case_no = in.case_no;
    tr.cost = *cost;
    tr.required_in = in.required_months;
    tr.served_in = in.served_months;
    tr.t1 = *t1;
    tr.t2 = *t2;

    if (in.case_no == 1 || in.case_no == 2) {
        const Quantity& q = in.case_no == 1 ? rules.case1 : rules.case2;
        tr.kind = CompensationKind::Share;
        tr.share = q.value;
        tr.cite = &q.cite;
        tr.amount = static_cast<double>(
            round_dong(static_cast<long double>(tr.cost) * static_cast<long double>(q.value)));
        return tr;
    }

    tr.cite = &rules.case3;
    if (tr.t1 < 1) return Error{Errc::ZeroCommitment, "RequiredMonths", in.required_months};
    if (tr.t2 >= tr.t1) {
        tr.kind = CompensationKind::NothingOwed;
        tr.amount = 0;
        return tr;
    }
    tr.kind = CompensationKind::Proportional;
    // Multiply first, divide last, in long double; round once (BT.16.2c, KH.5.1a).
    const long double s = static_cast<long double>(tr.cost) *
                          (static_cast<long double>(tr.t1) - static_cast<long double>(tr.t2)) /
                          static_cast<long double>(tr.t1);
    tr.amount = static_cast<double>(round_dong(s));
    return tr;
}

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
