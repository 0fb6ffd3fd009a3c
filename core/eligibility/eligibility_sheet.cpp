#include "eligibility/eligibility_sheet.hpp"

#include "common/explain_text.hpp"
#include "eligibility/eligibility_explain.hpp"
#include "eligibility/eligibility_rules.hpp"

namespace vnpolicy::sheet {
namespace {

EligibilityInput input(DateArg birth, DateArg start, DateArg send, StaffType staff,
                       double good_years, bool discipline, bool first) {
    return {birth.day, start.day, send.day, staff, good_years, discipline, first};
}

}  // namespace

Result<double> training_eligible(DateArg birth_date, DateArg service_start_date, DateArg send_date,
                                 StaffType staff_type, double good_years, bool under_discipline,
                                 bool first_postgraduate) {
    const auto tr = compute_eligibility(input(birth_date, service_start_date, send_date, staff_type,
                                              good_years, under_discipline, first_postgraduate),
                                        policy_data());
    if (!tr) return tr.error();
    return tr->eligible ? 1.0 : 0.0;
}

std::string eligibility_explain(DateArg birth_date, DateArg service_start_date, DateArg send_date,
                                StaffType staff_type, double good_years, bool under_discipline,
                                bool first_postgraduate, Language lang) {
    const PolicyData& data = policy_data();
    const auto tr = compute_eligibility(input(birth_date, service_start_date, send_date, staff_type,
                                              good_years, under_discipline, first_postgraduate),
                                        data);
    if (!tr) return explain_error(tr.error(), lang, data);
    return explain_eligibility(*tr, lang, data);
}

}  // namespace vnpolicy::sheet
