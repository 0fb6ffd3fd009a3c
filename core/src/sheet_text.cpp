#include "vnpolicy/sheet_text.hpp"

#include <cmath>
#include <cstdint>

#include "vnpolicy/checks.hpp"
#include "vnpolicy/money.hpp"
#include "vnpolicy/vnd_words.hpp"

namespace vnpolicy::sheet {
namespace {

// A number argument: Missing, NotNumber (text, range, ...), NotFinite. (The same conversion as
// the compensation family's; kept local so the families stay independent files.)
Result<double> number(Arg a, std::string_view name) noexcept {
    if (a.kind == Arg::Kind::Missing) return Error{Errc::Missing, name};
    if (a.kind != Arg::Kind::Number) return Error{Errc::NotNumber, name};
    if (!std::isfinite(a.number)) return Error{Errc::NotFinite, name, a.number};
    return a.number;
}

}  // namespace

Result<std::string> vnd_text(Arg amount, Arg style) {
    const auto a = number(amount, "Amount");
    if (!a) return a.error();
    int s = 0;
    if (style.kind != Arg::Kind::Missing) {
        const auto v = number(style, "Style");
        if (!v) return v.error();
        const auto w = check_whole(*v, "Style", 0, 1);
        if (!w) return w.error();
        s = *w;
    }
    // Rounded once, here; every double below 10^15 rounds to an exactly representable integer.
    const long double dong = round_dong(*a);
    if (std::fabs(dong) >= static_cast<long double>(kVndWordsLimit)) {
        return Error{Errc::TooLarge, "Amount", *a};
    }
    return vnd_words(static_cast<std::int64_t>(dong), static_cast<VndStyle>(s));
}

}  // namespace vnpolicy::sheet
