// Helpers shared by the core tests.
#pragma once

#include <limits>
#include <string>
#include <string_view>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/date.hpp"

namespace vnpolicy::test {

inline constexpr NullDate kNull1899{1899, 12, 30};
inline constexpr NullDate kNull1904{1904, 1, 1};
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kInf = std::numeric_limits<double>::infinity();

// The spreadsheet serial of a calendar date in a document with null date `nd` (Calc's DATE()).
inline double serial(int y, int m, int d, NullDate nd = kNull1899) {
    return static_cast<double>(day_from_civil({y, m, d}) -
                               day_from_civil({nd.year, nd.month, nd.day}));
}

inline Arg N(double v) { return Arg::num(v); }
inline Arg T(std::u16string_view s) { return Arg::str(s); }
inline Arg M() { return Arg::missing(); }
inline Arg O() { return Arg::other(); }

}  // namespace vnpolicy::test
