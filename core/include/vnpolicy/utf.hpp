// UTF-8 <-> UTF-16 (core text is UTF-8, Calc's is UTF-16): data loading, messages and the
// add-in's strings. Heap work; not on the per-cell path.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vnpolicy {

// Invalid UTF-8 yields std::nullopt.
std::optional<std::u16string> utf8_to_utf16(std::string_view utf8);

// Appends code point `cp` (at most U+10FFFF) as UTF-16: a surrogate pair above U+FFFF, any
// other code unit as it is.
inline void append_utf16(std::u16string& out, char32_t cp) {
    if (cp >= 0x10000) {
        cp -= 0x10000;
        out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
        out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
        out.push_back(static_cast<char16_t>(cp));
    }
}
std::string utf16_to_utf8(std::u16string_view utf16);

}  // namespace vnpolicy
