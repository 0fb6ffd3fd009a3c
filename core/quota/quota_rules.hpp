// Quota arithmetic of the Sóc Trăng 2023 plan (ST.II.2) on checked values: remainders, progress,
// the monthly pace needed, and the split of a total in proportion to weights.
#pragma once

#include <span>
#include <vector>

#include "common/date.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// ST.II.2 Reading: Σ max(0, Tᵢ − Dᵢ) — a district over its target never reduces another's
// remainder. target and done have the same length; counts are whole and >= 0.
double quota_remaining(std::span<const double> target, std::span<const double> done) noexcept;

// ST.II.2: Σ min(Dᵢ, Tᵢ) / Σ Tᵢ (0..1). OutOfRange on "Target" when Σ Tᵢ is 0.
Result<double> quota_progress(std::span<const double> target,
                              std::span<const double> done) noexcept;

// ST.II.2: people a month still needed, remaining ÷ months left, months left =
// (deadline − as_of) × 12 / days_per_year (data). 0 when nothing remains; DateOrder on "Deadline"
// when something remains and deadline <= as_of.
Result<double> quota_pace(double remaining, DayNumber as_of, DayNumber deadline,
                          const PolicyData& data) noexcept;

// Splits `total` (whole, >= 0) in proportion to `weights` (finite, >= 0, not all 0) by largest
// remainders: each share is the whole part of total × wᵢ / Σw, and the units left over go one
// each to the largest fractional parts, ties to the earlier position. The shares sum to total.
// Whole weights are split exactly (integer arithmetic), so equal remainders are true ties.
std::vector<double> allocate_largest_remainders(double total, std::span<const double> weights);

}  // namespace vnpolicy
