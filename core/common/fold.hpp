// Folding of text codes without heap work: lower case, Vietnamese diacritics removed (đ -> d),
// combining marks U+0300-U+036F dropped, spaces, hyphens, dots and underscores dropped.
// "Tiến sĩ" == "tien si" == "TIENSI"; "T-H" == "t h".
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "vnpolicy/utf.hpp"

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

// Folds UTF-8 text (data file spellings); std::nullopt when it cannot be a code.
std::optional<std::string> fold_code_utf8(std::string_view utf8);

}  // namespace vnpolicy
