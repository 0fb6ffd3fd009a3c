// Rounding of money and months, each done once, at the end of a computation.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>

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

// amount × num / den in whole đồng, half away from zero, rounded once: the rounding of the
// exact quotient (multiply first, divide last). Requires amount >= 0 and 0 <= num <= den, den >= 1
// (whole months). A whole amount below 2^51 (every cost: limits.max_cost is 10^15) with den below
// 2^11 (months: limits.max_months is 1200) takes an integer path: the product is exact in int64
// (< 2^62); times the double nearest 1/den (three roundings, each within 2^-53) it gives a
// quotient below 2^51 that is off by less than 3/4, so truncated it is within ±1 of the exact
// one; the exact remainder corrects it and decides the rounding. No division at all, no x87:
// a fraction of the long double expression, which any other input takes.
namespace detail {
inline constexpr std::int64_t kRatioDen = 2048;  // 2^11: denominators of the integer path
// 1/d rounded to double, d < 2^11, built at compile time: a multiply instead of a divide.
inline constexpr auto kInverse = [] {
    std::array<double, kRatioDen> inv{};
    for (std::size_t d = 1; d < inv.size(); ++d) inv[d] = 1.0 / static_cast<double>(d);
    return inv;
}();
}  // namespace detail

inline double round_dong_ratio(double amount, std::int64_t num, std::int64_t den) noexcept {
    constexpr double kAmount = 2251799813685248.0;  // 2^51
    if (amount >= 0 && amount < kAmount && num >= 0 && num <= den && den >= 1 &&
        den < detail::kRatioDen) {
        const auto a = static_cast<std::int64_t>(amount);
        if (static_cast<double>(a) == amount) {
            const std::int64_t p = a * num;
            auto q = static_cast<std::int64_t>(static_cast<double>(p) *
                                               detail::kInverse[static_cast<std::size_t>(den)]);
            std::int64_t r = p - q * den;
            if (r < 0) {
                --q;
                r += den;
            } else if (r >= den) {
                ++q;
                r -= den;
            }
            return static_cast<double>(2 * r >= den ? q + 1 : q);
        }
    }
    return static_cast<double>(
        round_dong(static_cast<long double>(amount) * static_cast<long double>(num) /
                   static_cast<long double>(den)));
}

// Months given as numbers are rounded half-up to whole months (BT.16.2c); months are >= 0.
// floor(months + 0.5); for the checked range (0 <= months < 2^52) a truncating conversion does
// it in two instructions where SSE2 has no floor.
inline double round_months(double months) noexcept {
    const double up = months + 0.5;
    if (up >= 0 && up < 4503599627370496.0) {  // 2^52
        return static_cast<double>(static_cast<std::int64_t>(up));
    }
    return std::floor(up);
}

inline bool is_whole(double v) noexcept { return std::isfinite(v) && std::floor(v) == v; }

}  // namespace vnpolicy
