// The Text family of the contract (FUNCTIONS.md "Text"): VND_TEXT. POLICY_INFO is declared with
// the compensation family in sheet_functions.hpp.
#pragma once

#include <string>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// VND_TEXT(Amount; [Style]) — the amount rounded to đồng (half away from zero) in Vietnamese
// words for the "bằng chữ" line of a voucher. Style 0 (default) nghìn/linh, 1 ngàn/lẻ.
// |Amount| must round below 10^15 (TooLarge); another Style is OutOfRange or NotWhole.
Result<std::string> vnd_text(const Arg& amount, const Arg& style);

}  // namespace vnpolicy::sheet
