#include "text/text_sheet.hpp"

#include <cmath>
#include <cstdint>

#include "common/money.hpp"
#include "text/vnd_words.hpp"

namespace vnpolicy::sheet {

Result<std::string> vnd_text(double amount, int style) {
    // Rounded once, here; every double below 10^15 rounds to an exactly representable integer.
    const long double dong = round_dong(amount);
    if (std::fabs(dong) >= static_cast<long double>(kVndWordsLimit)) {
        return Error{Errc::TooLarge, "Amount", amount};
    }
    return vnd_words(static_cast<std::int64_t>(dong), static_cast<VndStyle>(style));
}

}  // namespace vnpolicy::sheet
