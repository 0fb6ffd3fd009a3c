#include "compensation/compensation_sheet.hpp"

#include "common/explain_text.hpp"
#include "compensation/compensation_explain.hpp"
#include "compensation/compensation_rules.hpp"

namespace vnpolicy::sheet {

// Flattened: the rule is inlined into the per-cell path (BENCHMARKS.md).
[[gnu::flatten]] Result<double> compensation(double cost, MonthsArg required, MonthsArg served,
                                             int case_no, PolicyId policy, int group) {
    const auto tr = compensation_of({cost, required.given, served.given, required.months,
                                     served.months, case_no, policy, group},
                                    policy_data());
    if (!tr) return tr.error();
    return tr->amount;
}

std::string compensation_explain(double cost, MonthsArg required, MonthsArg served, int case_no,
                                 PolicyId policy, Language lang, int group) {
    const PolicyData& data = policy_data();
    const auto tr = compensation_of({cost, required.given, served.given, required.months,
                                     served.months, case_no, policy, group},
                                    data);
    if (tr) return explain_compensation(*tr, lang);
    const Errc code = tr.error().code;
    if (code == Errc::GroupNotInPolicy || code == Errc::CaseNotForGroup) {
        return explain_group_error(tr.error(), lang, data.policy(policy), group);
    }
    return explain_error(tr.error(), lang, data);
}

Result<double> commitment_months(MonthsArg training, PolicyId policy, int group) {
    const auto tr =
        compute_commitment_months(training.given, training.months, policy, group, policy_data());
    if (!tr) return tr.error();
    return tr->months;
}

Result<double> service_months(DateArg start, DateArg end, int rounding) {
    const auto tr = compute_service_months(start.day, end.day, static_cast<MonthRounding>(rounding),
                                           policy_data());
    if (!tr) return Error{tr.error().code, "EndDate", end.serial};
    return tr->months;
}

}  // namespace vnpolicy::sheet
