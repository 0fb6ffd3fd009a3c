// The COMPENSATION family as the contract states it (FUNCTIONS.md "Compensation"), on values the
// generic reader has checked as the catalog declares (compensation_catalog.hpp).
#pragma once

#include <string>

#include "common/read_args.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// COMPENSATION(Cost; RequiredMonths; ServedMonths; [Case]; [Policy]; [Group]) — BT.15-17, KH.4-5
Result<double> compensation(double cost, MonthsArg required, MonthsArg served, int case_no,
                            PolicyId policy, int group);

// COMPENSATION_EXPLAIN(...; [Policy]; [Language]; [Group]) — the same computation as text; for
// a rule that refuses the input, the reason.
std::string compensation_explain(double cost, MonthsArg required, MonthsArg served, int case_no,
                                 PolicyId policy, Language lang, int group);

// COMMITMENT_MONTHS(TrainingMonths; [Policy]; [Group]) — BT.1d, BT.15.3, KH.3
Result<double> commitment_months(MonthsArg training, PolicyId policy, int group);

// SERVICE_MONTHS(StartDate; EndDate; [Rounding]) — BT.16.2c
Result<double> service_months(DateArg start, DateArg end, int rounding);

}  // namespace vnpolicy::sheet
