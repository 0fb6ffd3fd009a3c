// Helpers shared by the core tests.
#pragma once

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <string_view>

#include "common/date.hpp"
#include "vnpolicy/arg.hpp"
#include "vnpolicy/result.hpp"

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

// The value of a result that must succeed (-1, and a failed expectation, if it did not).
inline double ok(const Result<double>& r) {
    EXPECT_TRUE(r.ok()) << "error " << static_cast<int>(r.error().code) << " " << r.error().arg;
    return r.ok() ? *r : -1;
}

// The error code of a result that must fail.
inline Errc err(const Result<double>& r) {
    EXPECT_FALSE(r.ok());
    return r.ok() ? Errc::Missing : r.error().code;
}

}  // namespace vnpolicy::test
