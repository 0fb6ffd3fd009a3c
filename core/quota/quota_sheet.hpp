// The QUOTA_REMAINING family and LOAN_TRANCHE (FUNCTIONS.md "Quotas and loans", ST2023), on values
// the generic reader has checked as quota_catalog.hpp declares: Target, Done and Weights are
// single numbers or ranges whose every cell was checked (empty cells count as 0).
#pragma once

#include "common/read_args.hpp"
#include "vnpolicy/arg.hpp"
#include "vnpolicy/matrix.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// QUOTA_REMAINING(Target; Done) — ST.II.2: Σ max(0, Tᵢ − Dᵢ)
Result<double> quota_remaining(const Arg& target, const Arg& done);

// QUOTA_PROGRESS(Target; Done) — ST.II.2: Σ min(Dᵢ, Tᵢ) / Σ Tᵢ
Result<double> quota_progress(const Arg& target, const Arg& done);

// QUOTA_PACE(Target; Done; AsOfDate; Deadline) — ST.II.2: remaining ÷ months left
Result<double> quota_pace(const Arg& target, const Arg& done, DateArg as_of_date, DateArg deadline);

// QUOTA_ALLOCATE(Total; Weights) — whole shares in the shape of Weights, summing to Total
Result<Matrix> quota_allocate(double total, const Arg& weights);

// LOAN_TRANCHE(Amount; Tranche) — ST.V.1: the first share, then the rest
Result<double> loan_tranche(double amount, int tranche);

}  // namespace vnpolicy::sheet
