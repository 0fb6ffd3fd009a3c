#include "common/fold.hpp"

namespace vnpolicy {
namespace {

// What a code unit folds to: a letter/digit, nothing (dropped), or invalid (no code can hold it).
constexpr char kDrop = '\0';
constexpr char kInvalid = '\x01';

// Latin-1 Supplement U+00C0..U+00FF.
constexpr char kLatin1[64 + 1] =
    "aaaaaa\x01"
    "ceeeeiiiidnooooo\x01"
    "ouuuuy\x01\x01"
    "aaaaaa\x01"
    "ceeeeiiiidnooooo\x01"
    "ouuuuy\x01y";

char fold_unit(char16_t c) noexcept {
    if (c < 0x80) {
        if (c >= u'A' && c <= u'Z') return static_cast<char>(c - u'A' + 'a');
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) return static_cast<char>(c);
        switch (c) {
            case u' ':
            case u'\t':
            case u'\n':
            case u'\r':
            case u'-':
            case u'.':
            case u'_':
                return kDrop;
            default:
                return static_cast<char>(c);  // other ASCII ('/', '+', ...) kept as is
        }
    }
    if (c == 0x00A0 || c == 0x2009 || c == 0x202F || c == 0x2010 || c == 0x2011 || c == 0x2013 ||
        c == 0x2212) {
        return kDrop;  // no-break/thin spaces, hyphens, en dash, minus sign
    }
    if (c >= 0x0300 && c <= 0x036F) return kDrop;  // combining diacritical marks
    if (c >= 0x00C0 && c <= 0x00FF) return kLatin1[c - 0x00C0];
    switch (c) {
        case 0x0102:
        case 0x0103:
            return 'a';  // Ă ă
        case 0x0110:
        case 0x0111:
        case 0x0189:
            return 'd';  // Đ đ Ɖ
        case 0x0128:
        case 0x0129:
            return 'i';  // Ĩ ĩ
        case 0x0168:
        case 0x0169:
            return 'u';  // Ũ ũ
        case 0x01A0:
        case 0x01A1:
            return 'o';  // Ơ ơ
        case 0x01AF:
        case 0x01B0:
            return 'u';  // Ư ư
        default:
            break;
    }
    // Latin Extended Additional, the Vietnamese block U+1EA0..U+1EF9.
    if (c >= 0x1EA0 && c <= 0x1EB7) return 'a';
    if (c >= 0x1EB8 && c <= 0x1EC7) return 'e';
    if (c >= 0x1EC8 && c <= 0x1ECB) return 'i';
    if (c >= 0x1ECC && c <= 0x1EE3) return 'o';
    if (c >= 0x1EE4 && c <= 0x1EF1) return 'u';
    if (c >= 0x1EF2 && c <= 0x1EF9) return 'y';
    return kInvalid;
}

}  // namespace

FoldedCode fold_code(std::u16string_view text) noexcept {
    FoldedCode out;
    for (const char16_t c : text) {
        const char f = fold_unit(c);
        if (f == kDrop) continue;
        if (f == kInvalid || out.len_ == FoldedCode::kCapacity) {
            out.ok_ = false;
            out.len_ = 0;
            return out;
        }
        out.buf_[out.len_++] = f;
    }
    return out;
}

std::optional<std::u16string> utf8_to_utf16(std::string_view utf8) {
    std::u16string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b0 = static_cast<unsigned char>(utf8[i]);
        char32_t cp = 0;
        std::size_t n = 0;
        if (b0 < 0x80) {
            cp = b0;
            n = 1;
        } else if ((b0 & 0xE0) == 0xC0) {
            cp = b0 & 0x1Fu;
            n = 2;
        } else if ((b0 & 0xF0) == 0xE0) {
            cp = b0 & 0x0Fu;
            n = 3;
        } else if ((b0 & 0xF8) == 0xF0) {
            cp = b0 & 0x07u;
            n = 4;
        } else {
            return std::nullopt;
        }
        if (i + n > utf8.size()) return std::nullopt;
        for (std::size_t k = 1; k < n; ++k) {
            const auto b = static_cast<unsigned char>(utf8[i + k]);
            if ((b & 0xC0) != 0x80) return std::nullopt;
            cp = (cp << 6) | (b & 0x3Fu);
        }
        // Overlong forms ("\xC0\xAE" for '.'), UTF-16 surrogates and code points beyond
        // U+10FFFF are not UTF-8 (accepted before; found by fuzz_core_units).
        static constexpr char32_t kMinForLength[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMinForLength[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            return std::nullopt;
        }
        i += n;
        append_utf16(out, cp);
    }
    return out;
}

std::string utf16_to_utf8(std::u16string_view utf16) {
    std::string out;
    out.reserve(utf16.size());
    for (std::size_t i = 0; i < utf16.size(); ++i) {
        char32_t cp = utf16[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < utf16.size() && utf16[i + 1] >= 0xDC00 &&
            utf16[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (utf16[i + 1] - 0xDC00u);
            ++i;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }
    return out;
}

std::optional<std::string> fold_code_utf8(std::string_view utf8) {
    const auto u16 = utf8_to_utf16(utf8);
    if (!u16) return std::nullopt;
    const FoldedCode f = fold_code(*u16);
    if (!f.ok() || f.empty()) return std::nullopt;
    return std::string(f.view());
}

}  // namespace vnpolicy
