// The properties every harness checks. A broken property aborts with a message (a fuzzer
// finding, reproduced by running the harness on the saved input).
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "common/explain_text.hpp"
#include "data/policy_data.hpp"
#include "sheet_call.hpp"

namespace vnpolicy::fuzz {

[[noreturn]] inline void fail(std::string_view where, std::string_view what) {
    std::fprintf(stderr, "PROPERTY BROKEN in %.*s: %.*s\n", static_cast<int>(where.size()),
                 where.data(), static_cast<int>(what.size()), what.data());
    std::abort();
}

inline void require(bool ok, std::string_view where, std::string_view what) {
    if (!ok) fail(where, what);
}

inline bool valid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + n >= s.size()) return false;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc >> 6) != 2) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return false;
        }
        i += n + 1;
    }
    return true;
}

inline bool is_whole_number(double v) noexcept { return std::isfinite(v) && std::floor(v) == v; }

// A core error must be one the explanations know (a sentence in vi and en) and name an
// argument of the function (or none): the add-in maps that name to the argument position.
inline void check_error(const FunctionInfo& f, const Error& e) {
    const PolicyData& data = policy_data();
    for (Language lang : {Language::Vi, Language::En}) {
        const std::string sentence = explain_error(e, lang, data);
        require(!sentence.empty(), f.name, "an error code without an explanation (unknown Errc)");
        require(valid_utf8(sentence), f.name, "an error explanation that is not valid UTF-8");
    }
    bool named = e.arg.empty();
    for (const ArgInfo& a : f.args) named = named || a.name == e.arg;
    require(named, f.name, "an error naming an argument the function does not have");
}

// The generic properties of any catalog function's outcome.
inline void check_outcome(const FunctionInfo& f, const Outcome& o) {
    if (!o.ok) {
        check_error(f, o.error);
        if (f.name.ends_with("_EXPLAIN")) {
            require(o.error.code == Errc::BadLanguage, f.name,
                    "an _EXPLAIN function failed for something other than its Language");
        }
        return;
    }
    if (f.result == ResultKind::Text) {
        require(o.is_text, f.name, "a Text function returned numbers");
        require(valid_utf8(o.text), f.name, "text result is not valid UTF-8");
        require(!o.text.empty(), f.name, "empty text result");
        return;
    }
    require(!o.is_text, f.name, "a Number function returned text");
    require(!o.numbers.empty(), f.name, "a Number function returned no number");
    for (double v : o.numbers) {
        require(std::isfinite(v), f.name, "a Number result is NaN or infinite");
        if (f.whole_result)
            require(is_whole_number(v), f.name, "a whole-number result has a fraction");
    }
}

inline bool same_outcome(const Outcome& a, const Outcome& b) {
    if (a.ok != b.ok || a.is_text != b.is_text || a.text != b.text) return false;
    if (!a.ok) return a.error.code == b.error.code && a.error.arg == b.error.arg;
    if (a.numbers.size() != b.numbers.size()) return false;
    for (std::size_t i = 0; i < a.numbers.size(); ++i) {
        if (std::memcmp(&a.numbers[i], &b.numbers[i], sizeof(double)) != 0) return false;
    }
    return true;
}

}  // namespace vnpolicy::fuzz
