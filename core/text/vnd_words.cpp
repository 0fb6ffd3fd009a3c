#include "text/vnd_words.hpp"

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace vnpolicy {
namespace {

constexpr std::array<std::string_view, 10> kDigit{"không", "một", "hai", "ba",  "bốn",
                                                  "năm",   "sáu", "bảy", "tám", "chín"};

struct Words {
    std::string_view thousand;  // nghìn / ngàn
    std::string_view odd;       // linh / lẻ: a unit after a zero tens digit
};

Words words_of(VndStyle style) {
    return style == VndStyle::Ngan ? Words{"ngàn", "lẻ"} : Words{"nghìn", "linh"};
}

void add(std::string& out, std::string_view word) {
    if (!out.empty()) out += ' ';
    out += word;
}

// One group of three digits (1-999). `leading`: the first non-zero group of the number, whose
// zero hundreds are not spoken; every later group says "không trăm".
void spell_group(std::string& out, int g, bool leading, const Words& w) {
    const int h = g / 100, t = g / 10 % 10, u = g % 10;
    const bool hundreds = !leading || h != 0;
    if (hundreds) {
        add(out, kDigit[h]);
        add(out, "trăm");
    }
    if (t == 0) {
        if (u == 0) return;
        if (hundreds) add(out, w.odd);
        add(out, kDigit[u]);
        return;
    }
    if (t == 1) {
        add(out, "mười");
    } else {
        add(out, kDigit[t]);
        add(out, "mươi");
    }
    if (u == 0) return;
    if (u == 5) {
        add(out, "lăm");
    } else if (u == 1 && t >= 2) {
        add(out, "mốt");
    } else {
        add(out, kDigit[u]);
    }
}

}  // namespace

std::string spell_vi(std::int64_t n, VndStyle style) {
    if (n == 0) return std::string(kDigit[0]);
    const Words w = words_of(style);
    // Groups from the most significant: nghìn tỷ, tỷ, triệu, nghìn, units.
    std::array<int, 5> g{};
    for (int i = 4; i >= 0; --i, n /= 1000)
        g[static_cast<std::size_t>(i)] = static_cast<int>(n % 1000);
    std::string out;
    bool leading = true;
    for (std::size_t i = 0; i < g.size(); ++i) {
        if (g[i] == 0) continue;  // all-zero groups are skipped
        spell_group(out, g[i], leading, w);
        leading = false;
        switch (i) {
            case 0:  // "nghìn tỷ"; the "tỷ" comes from the next group when it is spoken
                add(out, w.thousand);
                if (g[1] == 0) add(out, "tỷ");
                break;
            case 1:
                add(out, "tỷ");
                break;
            case 2:
                add(out, "triệu");
                break;
            case 3:
                add(out, w.thousand);
                break;
            default:
                break;
        }
    }
    return out;
}

std::string vnd_words(std::int64_t dong, VndStyle style) {
    std::string words = spell_vi(dong < 0 ? -dong : dong, style);
    std::string out;
    if (dong < 0) {
        out = "Âm " + words;
    } else {
        // Every first word starts with an ASCII letter (một, hai, ..., không, mười).
        words[0] = static_cast<char>(words[0] - 'a' + 'A');
        out = std::move(words);
    }
    out += " đồng";
    return out;
}

}  // namespace vnpolicy
