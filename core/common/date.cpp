#include "common/date.hpp"

#include <cmath>

namespace vnpolicy {

// Howard Hinnant's days_from_civil / civil_from_days.
DayNumber day_from_civil(CivilDate d) noexcept {
    const std::int64_t y = static_cast<std::int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t m = d.month;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_day(DayNumber day) noexcept {
    const std::int64_t z = day + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

bool is_leap_year(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) noexcept {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap_year(year)) return 29;
    return kDays[month - 1];
}

CivilDate add_months(CivilDate d, std::int64_t months) noexcept {
    const std::int64_t index = static_cast<std::int64_t>(d.year) * 12 + (d.month - 1) + months;
    const std::int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
    const int month = static_cast<int>(index - year * 12) + 1;
    const int y = static_cast<int>(year);
    const int last = days_in_month(y, month);
    return {y, month, d.day < last ? d.day : last};
}

namespace {
const DayNumber kFirst = day_from_civil({kMinYear, 1, 1});  // once, at load: no guard per call
const DayNumber kLast = day_from_civil({kMaxYear, 12, 31});
}  // namespace

Result<DayNumber> day_from_serial(double serial, NullDate null_date,
                                  std::string_view arg) noexcept {
    if (!std::isfinite(serial)) return Error{Errc::NotFinite, arg, serial};
    const DayNumber origin = day_from_civil({null_date.year, null_date.month, null_date.day});
    const double day = std::floor(serial) + static_cast<double>(origin);
    if (day < static_cast<double>(kFirst) || day > static_cast<double>(kLast)) {
        return Error{Errc::DateInvalid, arg, serial};
    }
    return static_cast<DayNumber>(day);
}

MonthSpan months_between(DayNumber start, DayNumber end) noexcept {
    const CivilDate s = civil_from_day(start);
    const CivilDate e = civil_from_day(end);
    std::int64_t m = (static_cast<std::int64_t>(e.year) - s.year) * 12 + (e.month - s.month);
    // add_months(s, m) falls in e's month, on s's day clamped to that month's end: past e when
    // that day is after e's. Then m - 1 months lands in the month before, which is never past e.
    if (m > 0) {
        const int last = days_in_month(e.year, e.month);
        if ((s.day < last ? s.day : last) > e.day) --m;
    }
    return {m, end - day_from_civil(add_months(s, m))};
}

}  // namespace vnpolicy
