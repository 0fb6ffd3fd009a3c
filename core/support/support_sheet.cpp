#include "support/support_sheet.hpp"

#include "common/explain_text.hpp"
#include "common/fold.hpp"
#include "support/study_rules.hpp"
#include "support/support_explain.hpp"
#include "support/support_rules.hpp"

namespace vnpolicy::sheet {

Result<double> support_multiple(Degree degree, Programme programme) {
    return multiple_of(*policy_data().support, programme, degree).value;
}

Result<double> support_level(Degree degree, DateArg date, Programme programme, bool encouraged) {
    const auto tr = compute_support_level(degree, programme, date.day, encouraged, policy_data());
    if (!tr) return Error{tr.error().code, "Date", date.serial};
    return tr->amount;
}

Result<double> support_installment(Degree degree, DateArg decision_date, DateArg diploma_date,
                                   int phase, Programme programme) {
    const auto tr = compute_support_installment(degree, programme, decision_date.day,
                                                diploma_date.day, phase, policy_data());
    if (!tr) return tr.error();
    return tr->amount;
}

Result<double> study_allowance(double days, StudyCourse course, bool out_of_province,
                               bool encouraged) {
    const auto tr =
        compute_study_allowance(days, course, out_of_province, encouraged, policy_data());
    if (!tr) return tr.error();
    return tr->amount;
}

Result<double> study_materials(MaterialsLevel level, double school_years) {
    const auto tr = compute_study_materials(level, school_years, policy_data());
    if (!tr) return tr.error();
    return tr->amount;
}

Result<double> income_topup(double monthly_income, int group, DateArg date) {
    const auto tr = compute_income_topup(monthly_income, group, date.day, policy_data());
    if (!tr) return Error{tr.error().code, "Date", date.serial};
    return tr->amount;
}

Result<double> tuition_support(double tuition, TuitionCourse course, std::u16string_view commune) {
    const FoldedCode f = fold_code(commune);  // blank: no commune
    return compute_tuition_support(tuition, course, f.ok() ? f.view() : std::string_view{"?"},
                                   policy_data())
        .amount;
}

std::string support_explain(Degree degree, DateArg date, Programme programme, bool encouraged,
                            Language lang) {
    const PolicyData& data = policy_data();
    const auto tr = compute_support_level(degree, programme, date.day, encouraged, data);
    if (!tr) return explain_error(Error{tr.error().code, "Date", date.serial}, lang, data);
    return explain_support_level(*tr, lang);
}

}  // namespace vnpolicy::sheet
