// FuzzInput: reads a libFuzzer input from the front as a small structured language — bytes,
// doubles (raw bits or a table of hostile values), text (known codes, raw UTF-16, UTF-8 bytes),
// null dates and spreadsheet arguments. Every read succeeds: an exhausted input reads zeros.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "common/fold.hpp"
#include "vnpolicy/arg.hpp"

namespace vnpolicy::fuzz {

class FuzzInput {
public:
    FuzzInput(const std::uint8_t* data, std::size_t size) noexcept : data_(data), size_(size) {}

    [[nodiscard]] bool empty() const noexcept { return pos_ >= size_; }

    std::uint8_t byte() noexcept { return pos_ < size_ ? data_[pos_++] : 0; }

    template <class T>
    T raw() noexcept {
        std::array<std::uint8_t, sizeof(T)> b{};
        for (auto& x : b) x = byte();
        T v;
        std::memcpy(&v, b.data(), sizeof v);
        return v;
    }

    // Raw bytes, at most `max` (the rest of the input if shorter).
    std::string_view bytes(std::size_t max) noexcept {
        const std::size_t n = std::min(max, size_ - std::min(pos_, size_));
        std::string_view out(reinterpret_cast<const char*>(data_) + pos_, n);
        pos_ += n;
        return out;
    }

    // A double that a spreadsheet cell could hold, biased towards values that break arithmetic.
    double number() noexcept {
        static constexpr double kInf = std::numeric_limits<double>::infinity();
        static constexpr std::array<double, 40> kHostile{0.0,
                                                         -0.0,
                                                         1.0,
                                                         -1.0,
                                                         0.5,
                                                         -0.5,
                                                         1.5,
                                                         14.5,
                                                         15.0,
                                                         35.5,
                                                         36.0,
                                                         107.5,
                                                         108.0,
                                                         120.0,
                                                         2.0,
                                                         3.0,
                                                         4.0,
                                                         5.0,
                                                         6.0,
                                                         std::numeric_limits<double>::quiet_NaN(),
                                                         kInf,
                                                         -kInf,
                                                         std::numeric_limits<double>::denorm_min(),
                                                         -std::numeric_limits<double>::denorm_min(),
                                                         std::numeric_limits<double>::min(),
                                                         std::numeric_limits<double>::max(),
                                                         std::numeric_limits<double>::lowest(),
                                                         1e308,
                                                         -1e308,
                                                         9007199254740993.0 /* 2^53+1 */,
                                                         9007199254740992.0,
                                                         4503599627370495.5,
                                                         1e15,
                                                         1e18,
                                                         50000000.0,
                                                         2958465.0 /* 9999-12-31 */,
                                                         2958466.0,
                                                         -693594.0 /* 0001-01-01 */,
                                                         41244.0 /* 2012-12-01 */,
                                                         1e-300};
        const std::uint8_t mode = byte();
        switch (mode % 8) {
            case 0:
            case 1:
                return kHostile[byte() % kHostile.size()];
            case 2:  // a small whole number, negative ones included
                return static_cast<double>(static_cast<int>(byte()) - 64);
            case 3:  // quarters: half-way cases of month rounding
                return static_cast<double>(raw<std::int16_t>()) / 4.0;
            case 4:  // a date serial near today (1899-12-30 origin) with a time of day
                return 36000.0 + static_cast<double>(raw<std::uint16_t>() % 20000) +
                       static_cast<double>(byte()) / 256.0;
            case 5:  // money-sized whole numbers
                return static_cast<double>(raw<std::int64_t>() % 1000000000000000LL);
            case 6: {  // a hostile value nudged by one ulp
                const double v = kHostile[byte() % kHostile.size()];
                return (byte() & 1) != 0 ? std::nextafter(v, kInf) : std::nextafter(v, -kInf);
            }
            default:
                return raw<double>();
        }
    }

    // Text as Calc could pass it (UTF-16); the storage lives as long as this FuzzInput.
    std::u16string_view text() {
        std::u16string& s = texts_.emplace_back();
        const std::uint8_t mode = byte();
        const std::size_t len = byte() % 64;
        switch (mode % 4) {
            case 0: {  // a known code or spelling, possibly with noise around it
                static constexpr std::array<std::u16string_view, 24> kCodes{
                    u"BT2012", u"KH2023", u"ST2023", u"kh 2023",    u"Kh-2023", u"bt.2012",
                    u"vi",     u"en",     u"VI",     u"tiếng Việt", u"English", u"Tiến sĩ",
                    u"ThS",    u"T-H",    u"H-X",    u"nữ",         u"nam",     u"Đ",
                    u"đ",      u"",       u" ",      u"\u0301",     u"ST_2023", u"x"};
                s = kCodes[byte() % kCodes.size()];
                if ((mode & 4) != 0)
                    s.insert(s.begin() + static_cast<std::ptrdiff_t>(len % (s.size() + 1)),
                             static_cast<char16_t>(raw<std::uint16_t>()));
                break;
            }
            case 1:  // arbitrary UTF-16 code units: lone surrogates, NUL, U+FFFF, ...
                for (std::size_t i = 0; i < len; ++i)
                    s.push_back(static_cast<char16_t>(raw<std::uint16_t>()));
                break;
            case 2: {  // UTF-8 bytes (valid or not) decoded leniently: invalid bytes become U+FFFD
                const std::string_view b = bytes(len);
                s = utf8_lenient(b);
                break;
            }
            default:  // bytes widened as Latin-1 (what a wrong-encoding import produces)
                for (char c : bytes(len))
                    s.push_back(static_cast<char16_t>(static_cast<unsigned char>(c)));
                break;
        }
        return s;
    }

    NullDate null_date() noexcept {
        switch (byte() % 6) {
            case 0:
            case 1:
                return {};
            case 2:
                return {1904, 1, 1};
            case 3:
                return {1900, 1, 1};
            case 4:  // a plausible but unusual origin
                return {1800 + byte(), 1 + byte() % 12, 1 + byte() % 28};
            default:  // anything a hostile document could declare
                return {raw<std::int16_t>(), static_cast<int>(static_cast<std::int8_t>(byte())),
                        static_cast<int>(static_cast<std::int8_t>(byte()))};
        }
    }

    // One scalar spreadsheet argument: missing, a number, text or something else.
    Arg scalar_arg() {
        switch (byte() % 8) {
            case 0:
                return Arg::missing();
            case 1:
                return Arg::other();
            case 2:
            case 3:
                return Arg::str(text());
            default:
                return Arg::num(number());
        }
    }

private:
    static std::u16string utf8_lenient(std::string_view b) {
        std::u16string out;
        std::size_t i = 0;
        while (i < b.size()) {
            const auto c = static_cast<unsigned char>(b[i]);
            int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
            char32_t cp = n == 0 ? c : n == 1 ? (c & 0x1F) : n == 2 ? (c & 0x0F) : (c & 0x07);
            bool ok = n >= 0;
            for (int k = 1; ok && k <= n; ++k) {
                if (i + static_cast<std::size_t>(k) >= b.size()) {
                    ok = false;
                    break;
                }
                const auto cc = static_cast<unsigned char>(b[i + static_cast<std::size_t>(k)]);
                ok = (cc >> 6) == 2;
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (!ok || cp > 0x10FFFF) {
                out.push_back(u'\uFFFD');
                ++i;
                continue;
            }
            append_utf16(out, cp);
            i += static_cast<std::size_t>(n) + 1;
        }
        return out;
    }

    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
    std::deque<std::u16string> texts_;  // stable addresses: Args view into them
};

}  // namespace vnpolicy::fuzz
