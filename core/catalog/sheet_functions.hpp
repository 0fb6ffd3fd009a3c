// The spreadsheet functions exactly as ../shared/spec/FUNCTIONS.md states them: argument checks,
// defaults and code folding, then a call into the rules. The add-in layer calls only these.
#pragma once

#include <string>

#include "support/support_sheet.hpp"  // the SUPPORT_LEVEL family
#include "text/text_sheet.hpp"        // VND_TEXT
#include "vnpolicy/arg.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// COMPENSATION(Cost; RequiredMonths; ServedMonths; [Case]; [Policy]; [Group]) — BT.15-17, KH.4-5
Result<double> compensation(const Arg& cost, const Arg& required_months, const Arg& served_months,
                            const Arg& case_no, const Arg& policy, const Arg& group);

// COMPENSATION_EXPLAIN(...; [Policy]; [Language]; [Group]) — the same computation as text; on
// bad input the reason. Fails only for a Language other than vi/en.
Result<std::string> compensation_explain(const Arg& cost, const Arg& required_months,
                                         const Arg& served_months, const Arg& case_no,
                                         const Arg& policy, const Arg& language, const Arg& group);

// COMMITMENT_MONTHS(TrainingMonths; [Policy]; [Group]) — BT.1d, BT.15.3, KH.3
Result<double> commitment_months(const Arg& training_months, const Arg& policy, const Arg& group);

// SERVICE_MONTHS(StartDate; EndDate; [Rounding]) — BT.16.2c
Result<double> service_months(NullDate null_date, const Arg& start_date, const Arg& end_date,
                              const Arg& rounding);

// BASE_WAGE(Date) — BASE WAGE table
Result<double> base_wage(NullDate null_date, const Arg& date);

// POLICY_INFO() — add-in version, the review date of the policy data, its last base-wage row
// and its policies
std::string policy_info();

}  // namespace vnpolicy::sheet

#include "quota/quota_sheet.hpp"  // QUOTA_* and LOAN_TRANCHE
