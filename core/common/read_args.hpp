// Reading one spreadsheet argument (FUNCTIONS.md "Conventions"): the checks every family's
// contract layer shares — kind, finiteness, whole numbers, TRUE/FALSE, dates, folded text codes
// and the *_EXPLAIN language. No heap work; each error names the contract argument.
#pragma once

#include <cmath>
#include <optional>
#include <string_view>

#include "common/checks.hpp"
#include "common/date.hpp"
#include "common/fold.hpp"
#include "common/money.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/arg.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet::args {

// A required single number: Missing, NotNumber (text, a range, an error), NotFinite.
inline Result<double> number(const Arg& a, std::string_view name) noexcept {
    switch (a.kind) {
        case Arg::Kind::Missing:
            return Error{Errc::Missing, name};
        case Arg::Kind::Text:
        case Arg::Kind::Other:
        case Arg::Kind::Range:
            return Error{Errc::NotNumber, name};
        case Arg::Kind::Number:
            break;
    }
    if (!std::isfinite(a.number)) return Error{Errc::NotFinite, name, a.number};
    return a.number;
}

// An optional whole number in [lo, hi], `fallback` when omitted.
inline Result<int> whole(const Arg& a, std::string_view name, int fallback, int lo,
                         int hi) noexcept {
    if (a.kind == Arg::Kind::Missing) return fallback;
    const auto v = number(a, name);
    if (!v) return v.error();
    return check_whole(*v, name, lo, hi);
}

// A required count (days, school years, good years): whole and >= 0.
inline Result<double> count(const Arg& a, std::string_view name) noexcept {
    const auto v = number(a, name);
    if (!v) return v;
    if (*v < 0) return Error{Errc::Negative, name, *v};
    if (!is_whole(*v)) return Error{Errc::NotWhole, name, *v};
    return v;
}

// TRUE/FALSE arrive as 1/0 (an empty cell as 0); any other number or text is refused.
inline Result<bool> boolean(const Arg& a, std::string_view name, bool fallback) noexcept {
    if (a.kind == Arg::Kind::Missing) return fallback;
    const auto v = number(a, name);
    if (!v) return v.error();
    if (*v != 0 && *v != 1) return Error{Errc::OutOfRange, name, *v};
    return *v == 1;
}

// A required date serial of a document with null date `nd`.
inline Result<DayNumber> date(const Arg& a, std::string_view name, NullDate nd) noexcept {
    const auto v = number(a, name);
    if (!v) return v.error();
    return day_from_serial(*v, nd, name);
}

// A given text code, folded: NotText for a number, a range or an error. Text that cannot fold
// (too long, foreign letters) comes back not ok() and matches no code.
inline Result<FoldedCode> folded_code(const Arg& a, std::string_view name) noexcept {
    switch (a.kind) {
        case Arg::Kind::Missing:
            return Error{Errc::Missing, name};
        case Arg::Kind::Number:
            return Error{Errc::NotText, name, a.number};
        case Arg::Kind::Other:
        case Arg::Kind::Range:
            return Error{Errc::NotText, name};
        case Arg::Kind::Text:
            break;
    }
    return fold_code(a.text);
}

// An optional policy code, `fallback` when omitted; UnknownCode for any other spelling.
inline Result<PolicyId> policy(const Arg& a, std::string_view name, const PolicyData& data,
                               PolicyId fallback) noexcept {
    if (a.kind == Arg::Kind::Missing) return fallback;
    const auto f = folded_code(a, name);
    if (!f) return f.error();
    const auto id = f->ok() ? match_policy(data, f->view()) : std::nullopt;
    if (!id) return Error{Errc::UnknownCode, name};
    return *id;
}

// The *_EXPLAIN language: "vi" (default) or "en"; anything else is BadLanguage, the one error
// an explanation cannot explain.
inline Result<Language> language(const Arg& a, const PolicyData& data) noexcept {
    if (a.kind == Arg::Kind::Missing) return Language::Vi;
    if (a.kind != Arg::Kind::Text) return Error{Errc::BadLanguage, "Language", a.number};
    const FoldedCode f = fold_code(a.text);
    const auto l = f.ok() ? match_language(data, f.view()) : std::nullopt;
    if (!l) return Error{Errc::BadLanguage, "Language"};
    return *l;
}

}  // namespace vnpolicy::sheet::args
