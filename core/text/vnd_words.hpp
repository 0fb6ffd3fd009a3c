// The number-to-words speller of Vietnamese amounts ("Số tiền bằng chữ"): language, not policy.
// The contract (VND_TEXT, FUNCTIONS.md "Text") checks and rounds the amount before calling it.
#pragma once

#include <cstdint>
#include <string>

namespace vnpolicy {

// Style 0 (the default) says "nghìn" and "linh"; style 1 says "ngàn" and "lẻ".
enum class VndStyle : unsigned char { Nghin = 0, Ngan = 1 };

// Amounts the speller knows: |dong| below 10^15 (groups up to "nghìn tỷ").
inline constexpr std::int64_t kVndWordsLimit = 1'000'000'000'000'000;

// A whole number 0 <= n < kVndWordsLimit in lower-case words without the currency, e.g.
// 1005000 -> "một triệu không trăm linh năm nghìn", 0 -> "không".
std::string spell_vi(std::int64_t n, VndStyle style);

// The voucher line for whole đồng, |dong| < kVndWordsLimit: capital first letter, "Âm" before a
// negative amount, "đồng" at the end, e.g. -21 -> "Âm hai mươi mốt đồng".
std::string vnd_words(std::int64_t dong, VndStyle style);

}  // namespace vnpolicy
