#include "vnpolicy/checks.hpp"

#include <cmath>

#include "vnpolicy/money.hpp"

namespace vnpolicy {

Result<double> check_cost(double value, std::string_view arg, const PolicyData& data) noexcept {
    if (!std::isfinite(value)) return Error{Errc::NotFinite, arg, value};
    if (value < 0) return Error{Errc::Negative, arg, value};
    if (value >= data.max_cost.value) return Error{Errc::TooLarge, arg, value};
    return value;
}

Result<double> check_months(double value, std::string_view arg, const PolicyData& data) noexcept {
    if (!std::isfinite(value)) return Error{Errc::NotFinite, arg, value};
    if (value < 0) return Error{Errc::Negative, arg, value};
    if (value > data.max_months.value) return Error{Errc::TooLarge, arg, value};
    return round_months(value);
}

Result<int> check_whole(double value, std::string_view arg, int lo, int hi) noexcept {
    if (!std::isfinite(value)) return Error{Errc::NotFinite, arg, value};
    if (!is_whole(value)) return Error{Errc::NotWhole, arg, value};
    if (value < lo || value > hi) return Error{Errc::OutOfRange, arg, value};
    return static_cast<int>(value);
}

}  // namespace vnpolicy
