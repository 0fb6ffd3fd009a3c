// Checks of typed values shared by the rules and the sheet-function layer: finite, not negative,
// within the sanity limits of the policy data, whole, within a listed range.
#pragma once

#include <string_view>

#include "vnpolicy/policy_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// A cost or amount in đồng: finite, >= 0 and below limits.max_cost (TooLarge otherwise).
Result<double> check_cost(double value, std::string_view arg, const PolicyData& data) noexcept;

// A number of months: finite, >= 0, <= limits.max_months; returns it rounded half-up (BT.16.2c).
Result<double> check_months(double value, std::string_view arg, const PolicyData& data) noexcept;

// A whole number in [lo, hi]: NotFinite, NotWhole, OutOfRange.
Result<int> check_whole(double value, std::string_view arg, int lo, int hi) noexcept;

}  // namespace vnpolicy
