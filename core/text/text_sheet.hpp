// The Text family of the contract (FUNCTIONS.md "Text"): VND_TEXT, on values the generic reader
// has checked as text_catalog.hpp declares.
#pragma once

#include <string>

#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// VND_TEXT(Amount; [Style]) — the amount rounded to đồng (half away from zero) in Vietnamese
// words for the "bằng chữ" line of a voucher. Style 0 (default) nghìn/linh, 1 ngàn/lẻ.
// |Amount| must round below 10^15 (TooLarge).
Result<std::string> vnd_text(double amount, int style);

}  // namespace vnpolicy::sheet
