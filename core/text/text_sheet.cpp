#include "text/text_sheet.hpp"

#include <cmath>
#include <cstdint>

#include "common/checks.hpp"
#include "common/money.hpp"
#include "common/read_args.hpp"
#include "text/vnd_words.hpp"

namespace vnpolicy::sheet {
Result<std::string> vnd_text(const Arg& amount, const Arg& style) {
    const auto a = args::number(amount, "Amount");
    if (!a) return a.error();
    int s = 0;
    if (style.kind != Arg::Kind::Missing) {
        const auto v = args::number(style, "Style");
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
