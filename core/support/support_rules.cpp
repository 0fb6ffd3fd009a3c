#include "support/support_rules.hpp"

#include "common/money.hpp"
#include "data/base_wage.hpp"

namespace vnpolicy {

const Quantity& multiple_of(const SupportData& s, Programme p, Degree d) noexcept {
    return s.multiple[static_cast<std::size_t>(p)][static_cast<std::size_t>(d)];
}

namespace {
double times(double a, double b) noexcept {
    return static_cast<double>(round_dong(static_cast<long double>(a) * b));
}
}  // namespace

Result<SupportLevelTrace> compute_support_level(Degree degree, Programme programme, DayNumber date,
                                                bool encouraged, const PolicyData& data) noexcept {
    const SupportData& s = *data.support;
    const auto wage = wage_row_on(date, data, "Date");
    if (!wage) return wage.error();
    SupportLevelTrace tr;
    tr.degree = degree;
    tr.programme = programme;
    tr.encouraged = encouraged;
    tr.date = civil_from_day(date);
    tr.multiple = &multiple_of(s, programme, degree);  // BT.2.2, BT.2.3, BT.3
    tr.wage = *wage;
    if (date > data.reviewed_day) tr.reviewed = &data.reviewed;
    tr.base = times(tr.multiple->value, tr.wage->amount);
    tr.amount = tr.base;
    if (encouraged && programme == Programme::Attraction) {
        tr.bonus_not_applicable = true;  // BT.3: no encouragement bonus
    } else if (encouraged) {
        tr.bonus = &s.encouragement_bonus;  // BT.2.4: once per person and course
        tr.amount += tr.bonus->value;
    }
    return tr;
}

Result<InstallmentTrace> compute_support_installment(Degree degree, Programme programme,
                                                     DayNumber decision, DayNumber diploma,
                                                     int phase, const PolicyData& data) noexcept {
    const SupportData& s = *data.support;
    if (programme == Programme::Attraction) {  // BT.4.3: paid once
        return Error{Errc::OutOfRange, "Programme", static_cast<double>(programme)};
    }
    if (diploma < decision) return Error{Errc::DateOrder, "DiplomaDate"};
    const auto w1 = wage_row_on(decision, data, "DecisionDate");
    if (!w1) return w1.error();
    const auto w2 = wage_row_on(diploma, data, "DiplomaDate");
    if (!w2) return w2.error();
    InstallmentTrace tr;
    tr.degree = degree;
    tr.programme = programme;
    tr.phase = phase;
    tr.multiple = &multiple_of(s, programme, degree);
    tr.share = &s.phase1_share;
    tr.decision_wage = *w1;
    tr.diploma_wage = *w2;
    // BT.4.2a: share × level at the wage of the decision date; BT.4.2b (Reading): the rest of
    // the level at the wage of the diploma date.
    tr.phase1 = static_cast<double>(round_dong(static_cast<long double>(tr.share->value) *
                                               tr.multiple->value * tr.decision_wage->amount));
    tr.full = times(tr.multiple->value, tr.diploma_wage->amount);
    tr.amount = phase == 1 ? tr.phase1 : tr.full - tr.phase1;
    return tr;
}

Result<TopupTrace> compute_income_topup(double monthly_income, int group, DayNumber date,
                                        const PolicyData& data) noexcept {
    const SupportData& s = *data.support;
    const auto wage = wage_row_on(date, data, "Date");
    if (!wage) return wage.error();
    TopupTrace tr;
    tr.group = group;
    tr.multiple = &s.topup_multiple[group == 4 ? 0 : 1];  // KH.5.3 (4), KH.5.4 (5)
    tr.wage = *wage;
    tr.target = times(tr.multiple->value, tr.wage->amount);
    tr.income = monthly_income;
    const double gap = static_cast<double>(
        round_dong(static_cast<long double>(tr.target) - static_cast<long double>(monthly_income)));
    tr.amount = gap > 0 ? gap : 0;
    return tr;
}

}  // namespace vnpolicy
