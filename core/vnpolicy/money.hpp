// Rounding of money and months, each done once, at the end of a computation.
#pragma once

#include <cmath>

namespace vnpolicy {

// Whole đồng, half away from zero (0.5 -> 1, -0.5 -> -1).
// The same as std::round, inline (roundl is an out-of-line x87 call, and a long double ->
// integer conversion reloads the x87 control word: both cost more than the rest of the rule).
// Below 2^62 (every amount here: costs are below 10^15) adding and subtracting 2^63 rounds to
// the nearest integer with ties to even, exactly; a tie that went towards zero is moved away.
inline long double round_dong(long double amount) noexcept {
    constexpr long double kExact = 4.611686018427387904e18L;  // 2^62
    constexpr long double kShift = 9.223372036854775808e18L;  // 2^63: no fraction bits left
    if (amount >= 0 && amount < kExact) {
        const long double nearest = (amount + kShift) - kShift;
        return amount - nearest >= 0.5L ? nearest + 1 : nearest;  // the difference is exact
    }
    if (amount < 0 && amount > -kExact) {
        const long double nearest = (amount - kShift) + kShift;
        return amount - nearest <= -0.5L ? nearest - 1 : nearest;
    }
    return std::round(amount);  // also NaN and ±inf
}

// Months given as numbers are rounded half-up to whole months (BT.16.2c); months are >= 0.
inline double round_months(double months) noexcept { return std::floor(months + 0.5); }

inline bool is_whole(double v) noexcept { return std::isfinite(v) && std::floor(v) == v; }

}  // namespace vnpolicy
