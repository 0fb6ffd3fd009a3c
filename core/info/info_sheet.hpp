// BASE_WAGE and POLICY_INFO: what the policy data holds (FUNCTIONS.md "Compensation"), on values
// the generic reader has checked as info_catalog.hpp declares.
#pragma once

#include <string>

#include "common/read_args.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// BASE_WAGE(Date) — the BASE WAGE table of POLICY.md
Result<double> base_wage(DateArg date);

// POLICY_INFO() — add-in version, the review date of the policy data, its last base-wage row
// and its policies
std::string policy_info();

}  // namespace vnpolicy::sheet
