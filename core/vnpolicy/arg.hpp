// Arg: one spreadsheet argument as the core sees it — missing, a number, text or something else
// (a range, an error). The add-in layer only translates UNO values into Args; every check of
// type, range and default lives in core.
#pragma once

#include <string_view>

namespace vnpolicy {

struct Arg {
    enum class Kind : unsigned char { Missing, Number, Text, Other };

    Kind kind = Kind::Missing;
    double number = 0;
    std::u16string_view text{};  // UTF-16 as Calc holds it; not owned, valid for the call

    static constexpr Arg missing() noexcept { return {}; }
    static constexpr Arg num(double v) noexcept { return {Kind::Number, v, {}}; }
    static constexpr Arg str(std::u16string_view s) noexcept { return {Kind::Text, 0, s}; }
    static constexpr Arg other() noexcept { return {Kind::Other, 0, {}}; }
};

// The document's null date (day 0 of its date serials), e.g. 1899-12-30 or 1904-01-01.
struct NullDate {
    int year = 1899;
    int month = 12;
    int day = 30;
};

}  // namespace vnpolicy
