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
Result<double> support_multiple(Arg degree, Arg programme);

// SUPPORT_LEVEL(Degree; Date; [Programme]; [Encouraged]) — BT.2.2-2.4, BT.3
Result<double> support_level(NullDate null_date, Arg degree, Arg date, Arg programme,
                             Arg encouraged);

// SUPPORT_INSTALLMENT(Degree; DecisionDate; DiplomaDate; Phase; [Programme]) — BT.4
Result<double> support_installment(NullDate null_date, Arg degree, Arg decision_date,
                                   Arg diploma_date, Arg phase, Arg programme);

// STUDY_ALLOWANCE(Days; Course; [OutOfProvince]; [Encouraged]) — BT.6.4-6.5, BT.9
Result<double> study_allowance(Arg days, Arg course, Arg out_of_province, Arg encouraged);

// STUDY_MATERIALS(Level; SchoolYears) — BT.9
Result<double> study_materials(Arg level, Arg school_years);

// ROTATION_SUPPORT(Route; Months; Gender; [Kind]; [Island]; [DistanceKm]; [Component]) — BT.12-13
Result<double> rotation_support(Arg route, Arg months, Arg gender, Arg kind, Arg island,
                                Arg distance_km, Arg component);

// INCOME_TOPUP(MonthlyIncome; Group; Date) — KH.5.3-5.4
Result<double> income_topup(NullDate null_date, Arg monthly_income, Arg group, Arg date);

// TUITION_SUPPORT(Tuition; Course; [Commune]) — BT.2.1, BT.6.3
Result<double> tuition_support(Arg tuition, Arg course, Arg commune);

// TRAINING_ELIGIBLE(BirthDate; ServiceStartDate; SendDate; StaffType; GoodYears;
//                   [UnderDiscipline]; [FirstPostgraduate]) — BT.1; 1 or 0
Result<double> training_eligible(NullDate null_date, Arg birth_date, Arg service_start_date,
                                 Arg send_date, Arg staff_type, Arg good_years,
                                 Arg under_discipline, Arg first_postgraduate);

// The explanations: the same computation as text; on bad input the reason. They fail only for
// a Language other than vi/en.
Result<std::string> eligibility_explain(NullDate null_date, Arg birth_date, Arg service_start_date,
                                        Arg send_date, Arg staff_type, Arg good_years,
                                        Arg under_discipline, Arg first_postgraduate, Arg language);
Result<std::string> support_explain(NullDate null_date, Arg degree, Arg date, Arg programme,
                                    Arg encouraged, Arg language);
Result<std::string> rotation_explain(Arg route, Arg months, Arg gender, Arg kind, Arg island,
                                     Arg distance_km, Arg language);

}  // namespace vnpolicy::sheet
