// The QUOTA_REMAINING family and LOAN_TRANCHE (FUNCTIONS.md "Quotas and loans", ST2023) as
// spreadsheet functions: Target, Done and Weights are single numbers or ranges (Arg::Kind::Range).
#pragma once

#include "vnpolicy/arg.hpp"
#include "vnpolicy/matrix.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// QUOTA_REMAINING(Target; Done) — ST.II.2: Σ max(0, Tᵢ − Dᵢ)
Result<double> quota_remaining(const Arg& target, const Arg& done);

// QUOTA_PROGRESS(Target; Done) — ST.II.2: Σ min(Dᵢ, Tᵢ) / Σ Tᵢ
Result<double> quota_progress(const Arg& target, const Arg& done);

// QUOTA_PACE(Target; Done; AsOfDate; Deadline) — ST.II.2: remaining ÷ months left
Result<double> quota_pace(NullDate null_date, const Arg& target, const Arg& done,
                          const Arg& as_of_date, const Arg& deadline);

// QUOTA_ALLOCATE(Total; Weights) — whole shares in the shape of Weights, summing to Total
Result<Matrix> quota_allocate(const Arg& total, const Arg& weights);

// LOAN_TRANCHE(Amount; Tranche) — ST.V.1: 30 % then the rest
Result<double> loan_tranche(const Arg& amount, const Arg& tranche);

}  // namespace vnpolicy::sheet
