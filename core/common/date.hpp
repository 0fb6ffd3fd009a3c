// Civil dates as day numbers, EDATE-style month adding and spreadsheet date serials.
#pragma once

#include <cstdint>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1-12
    int day = 1;    // 1-31
    friend constexpr bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 (proleptic Gregorian), negative before it.
using DayNumber = std::int64_t;

DayNumber day_from_civil(CivilDate d) noexcept;
CivilDate civil_from_day(DayNumber day) noexcept;

bool is_leap_year(int year) noexcept;
int days_in_month(int year, int month) noexcept;

// Calc's EDATE: the same day `months` later (or earlier), clamped to the end of the target month
// (31 Jan + 1 month = 28/29 Feb).
CivilDate add_months(CivilDate d, std::int64_t months) noexcept;

// The supported calendar: years 1..9999.
inline constexpr int kMinYear = 1;
inline constexpr int kMaxYear = 9999;

// A spreadsheet date serial under the document's null date -> day number. The fraction (time of
// day) is dropped (floor). Errors: NotFinite, DateInvalid (outside years 1..9999), each carrying
// `arg` and the serial.
Result<DayNumber> day_from_serial(double serial, NullDate null_date, std::string_view arg) noexcept;

// Whole months from `start` to `end` (end >= start): m = the largest whole number with
// add_months(start, m) <= end, and the remaining days end - add_months(start, m).
struct MonthSpan {
    std::int64_t months = 0;
    std::int64_t remainder_days = 0;
};
MonthSpan months_between(DayNumber start, DayNumber end) noexcept;

}  // namespace vnpolicy
