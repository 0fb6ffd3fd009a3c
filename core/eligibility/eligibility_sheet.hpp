// The eligibility functions as the contract states them (FUNCTIONS.md "Support"): BT.1's
// conditions for being sent to postgraduate training, on values the generic reader has checked
// as eligibility_catalog.hpp declares.
#pragma once

#include <string>

#include "common/read_args.hpp"
#include "data/support_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// TRAINING_ELIGIBLE(BirthDate; ServiceStartDate; SendDate; StaffType; GoodYears;
//                   [UnderDiscipline]; [FirstPostgraduate]) — BT.1; 1 or 0
Result<double> training_eligible(DateArg birth_date, DateArg service_start_date, DateArg send_date,
                                 StaffType staff_type, double good_years, bool under_discipline,
                                 bool first_postgraduate);

// ELIGIBILITY_EXPLAIN(...; [Language]) — each condition of BT.1 met or not
std::string eligibility_explain(DateArg birth_date, DateArg service_start_date, DateArg send_date,
                                StaffType staff_type, double good_years, bool under_discipline,
                                bool first_postgraduate, Language lang);

}  // namespace vnpolicy::sheet
