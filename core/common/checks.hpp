// Checks of typed values shared by the rules and the sheet-function layer: finite, not negative,
// within the sanity limits of the policy data, whole, within a listed range. Inline: they run
// several times per spreadsheet call (a call across translation units cost more than the check).
#pragma once

#include <cmath>
#include <string_view>

#include "common/money.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// A cost or amount in đồng: finite, >= 0 and below limits.max_cost (TooLarge otherwise).
inline Result<double> check_cost(double value, std::string_view arg,
                                 const PolicyData& data) noexcept {
    if (!std::isfinite(value)) return Error{Errc::NotFinite, arg, value};
    if (value < 0) return Error{Errc::Negative, arg, value};
    if (value >= data.max_cost.value) return Error{Errc::TooLarge, arg, value};
    return value;
}

// A number of months: finite, >= 0, <= limits.max_months; returns it rounded half-up (BT.16.2c).
inline Result<double> check_months(double value, std::string_view arg,
                                   const PolicyData& data) noexcept {
    if (!std::isfinite(value)) return Error{Errc::NotFinite, arg, value};
    if (value < 0) return Error{Errc::Negative, arg, value};
    if (value > data.max_months.value) return Error{Errc::TooLarge, arg, value};
    return round_months(value);
}

// A whole number in [lo, hi]: NotFinite, NotWhole, OutOfRange.
inline Result<int> check_whole(double value, std::string_view arg, int lo, int hi) noexcept {
    if (!std::isfinite(value)) return Error{Errc::NotFinite, arg, value};
    if (!is_whole(value)) return Error{Errc::NotWhole, arg, value};
    if (value < lo || value > hi) return Error{Errc::OutOfRange, arg, value};
    return static_cast<int>(value);
}

}  // namespace vnpolicy
