// Rounding of money and months, each done once, at the end of a computation.
#pragma once

#include <cmath>

namespace vnpolicy {

// Whole đồng, half away from zero (0.5 -> 1, -0.5 -> -1).
inline long double round_dong(long double amount) noexcept { return std::round(amount); }

// Months given as numbers are rounded half-up to whole months (BT.16.2c); months are >= 0.
inline double round_months(double months) noexcept { return std::floor(months + 0.5); }

inline bool is_whole(double v) noexcept { return std::isfinite(v) && std::floor(v) == v; }

}  // namespace vnpolicy
