// Allowances while studying: meals per day attended (BT.6.4-6.5, BT.9), political-theory study
// materials per school year (BT.9) and the share of tuition paid by the budget (BT.2.1, BT.6.3).
#pragma once

#include "data/policy_data.hpp"
#include "data/support_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

struct StudyAllowanceTrace {
    StudyCourse course = StudyCourse::Professional;
    bool out_of_province = false;
    bool encouraged = false;
    double days = 0;
    const Quantity* meal = nullptr;   // per day, by course and place
    const Quantity* bonus = nullptr;  // per day, when Encouraged (BT.6.5, BT.9)
    double rate = 0;                  // meal + bonus per day
    double amount = 0;
};

// `days` whole and >= 0 (checked by the caller). Errors: TooLarge ("Days") when the amount
// reaches limits.max_cost.
Result<StudyAllowanceTrace> compute_study_allowance(double days, StudyCourse course,
                                                    bool out_of_province, bool encouraged,
                                                    const PolicyData& data) noexcept;

struct MaterialsTrace {
    MaterialsLevel level = MaterialsLevel::Intermediate;
    double years = 0;
    const Quantity* rate = nullptr;
    double amount = 0;
};

// `years` whole and >= 0. Errors: TooLarge ("SchoolYears").
Result<MaterialsTrace> compute_study_materials(MaterialsLevel level, double years,
                                               const PolicyData& data) noexcept;

struct TuitionTrace {
    TuitionCourse course = TuitionCourse::Postgraduate;
    double tuition = 0;
    const Quantity* share = nullptr;
    const HighlandCommune* commune = nullptr;  // a BT.6.3 commune that raised the share
    double amount = 0;
};

// `commune_folded` empty for none; any commune not listed in BT.6.3 gives the 50 % share.
TuitionTrace compute_tuition_support(double tuition, TuitionCourse course,
                                     std::string_view commune_folded,
                                     const PolicyData& data) noexcept;

}  // namespace vnpolicy
