// The SUPPORT_LEVEL family of spreadsheet functions (FUNCTIONS.md "Support"), exactly as the
// contract states them. Booleans (Encouraged, OutOfProvince, Island, UnderDiscipline,
// FirstPostgraduate) are numbers: 0 (FALSE, or an empty cell) or 1 (TRUE); any other number or
// text is an error (Err:502). Text codes are folded and must be one of the listed spellings.
#pragma once

#include <string>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// SUPPORT_MULTIPLE(Degree; [Programme]) — BT.2.2, 2.3, 3
Result<double> support_multiple(const Arg& degree, const Arg& programme);

// SUPPORT_LEVEL(Degree; Date; [Programme]; [Encouraged]) — BT.2.2-2.4, BT.3
Result<double> support_level(NullDate null_date, const Arg& degree, const Arg& date,
                             const Arg& programme, const Arg& encouraged);

// SUPPORT_INSTALLMENT(Degree; DecisionDate; DiplomaDate; Phase; [Programme]) — BT.4
Result<double> support_installment(NullDate null_date, const Arg& degree, const Arg& decision_date,
                                   const Arg& diploma_date, const Arg& phase, const Arg& programme);

// STUDY_ALLOWANCE(Days; Course; [OutOfProvince]; [Encouraged]) — BT.6.4-6.5, BT.9
Result<double> study_allowance(const Arg& days, const Arg& course, const Arg& out_of_province,
                               const Arg& encouraged);

// STUDY_MATERIALS(Level; SchoolYears) — BT.9
Result<double> study_materials(const Arg& level, const Arg& school_years);

// ROTATION_SUPPORT(Route; Months; Gender; [Kind]; [Island]; [DistanceKm]; [Component]) — BT.12-13
Result<double> rotation_support(const Arg& route, const Arg& months, const Arg& gender,
                                const Arg& kind, const Arg& island, const Arg& distance_km,
                                const Arg& component);

// INCOME_TOPUP(MonthlyIncome; Group; Date) — KH.5.3-5.4
Result<double> income_topup(NullDate null_date, const Arg& monthly_income, const Arg& group,
                            const Arg& date);

// TUITION_SUPPORT(Tuition; Course; [Commune]) — BT.2.1, BT.6.3
Result<double> tuition_support(const Arg& tuition, const Arg& course, const Arg& commune);

// TRAINING_ELIGIBLE(BirthDate; ServiceStartDate; SendDate; StaffType; GoodYears;
//                   [UnderDiscipline]; [FirstPostgraduate]) — BT.1; 1 or 0
Result<double> training_eligible(NullDate null_date, const Arg& birth_date,
                                 const Arg& service_start_date, const Arg& send_date,
                                 const Arg& staff_type, const Arg& good_years,
                                 const Arg& under_discipline, const Arg& first_postgraduate);

// The explanations: the same computation as text; on bad input the reason. They fail only for
// a Language other than vi/en.
Result<std::string> eligibility_explain(NullDate null_date, const Arg& birth_date,
                                        const Arg& service_start_date, const Arg& send_date,
                                        const Arg& staff_type, const Arg& good_years,
                                        const Arg& under_discipline, const Arg& first_postgraduate,
                                        const Arg& language);
Result<std::string> support_explain(NullDate null_date, const Arg& degree, const Arg& date,
                                    const Arg& programme, const Arg& encouraged,
                                    const Arg& language);
Result<std::string> rotation_explain(const Arg& route, const Arg& months, const Arg& gender,
                                     const Arg& kind, const Arg& island, const Arg& distance_km,
                                     const Arg& language);

}  // namespace vnpolicy::sheet
