// Folding of text codes without heap work: lower case, Vietnamese diacritics removed (đ -> d),
// combining marks U+0300-U+036F dropped, spaces, hyphens, dots and underscores dropped.
// "Tiến sĩ" == "tien si" == "TIENSI"; "T-H" == "t h".
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vnpolicy {

class FoldedCode {
public:
    static constexpr std::size_t kCapacity = 48;

    // false when the text was too long or held a character that no code can contain
    // (a letter outside Latin/Vietnamese, an unpaired surrogate, ...): such text matches nothing.
    [[nodiscard]] bool ok() const noexcept { return ok_; }
    [[nodiscard]] std::string_view view() const noexcept { return {buf_.data(), len_}; }
    [[nodiscard]] bool empty() const noexcept { return len_ == 0; }

    friend FoldedCode fold_code(std::u16string_view text) noexcept;

private:
    std::array<char, kCapacity> buf_{};
    std::size_t len_ = 0;
    bool ok_ = true;
};

FoldedCode fold_code(std::u16string_view text) noexcept;

// UTF-8 <-> UTF-16 for data loading and messages (heap work; not on the hot path).
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

// Folds UTF-8 text (data file spellings); std::nullopt when it cannot be a code.
std::optional<std::string> fold_code_utf8(std::string_view utf8);

}  // namespace vnpolicy
