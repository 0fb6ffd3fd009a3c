// The one reader of spreadsheet arguments (FUNCTIONS.md "Conventions"): each argument is checked
// once, as its catalog row declares (ArgCheck), before any rule runs; rules take the checked
// values and do not check them again. No heap work; each error names the contract argument.
// Inline: it runs per cell, and inlined into the generated call the switch folds away.
#pragma once

#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "common/date.hpp"
#include "common/fold.hpp"
#include "common/money.hpp"
#include "data/policy_data.hpp"
#include "data/support_data.hpp"
#include "vnpolicy/arg.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// One argument after its check.
struct Checked {
    double given = 0;  // the number as given (months before rounding, a date serial)
    double value = 0;  // rounded months, a whole number, 0/1, a day number, a code, policy or
                       // language index
    const Arg* arg = nullptr;  // the argument itself (CodeOrBlank text; *Cells: checked cells)
    bool present = true;       // false: an optional NonNegative or CodeOrBlank left out or blank
};

// Months as given and rounded half-up (BT.16.2c), for the explanations' rounding notes.
struct MonthsArg {
    double given;
    double months;
};

// A date as given (its serial, for error values) and as a day number.
struct DateArg {
    double serial;
    DayNumber day;
};

// The code list an argument of type Code names.
inline const CodeSet& code_set(const SupportData& s, CodeList list) noexcept {
    switch (list) {
        case CodeList::Degree:
            return s.degree;
        case CodeList::Programme:
            return s.programme;
        case CodeList::StudyCourse:
            return s.study_course;
        case CodeList::TuitionCourse:
            return s.tuition_course;
        case CodeList::Level:
            return s.level;
        case CodeList::Route:
            return s.route;
        case CodeList::Gender:
            return s.gender;
        case CodeList::Kind:
            return s.kind;
        case CodeList::Component:
            return s.component;
        case CodeList::StaffType:
        case CodeList::None:
            break;
    }
    return s.staff_type;
}

namespace read_detail {

// A single number: Missing, NotNumber (text, a range, an error value), NotFinite.
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

// A text argument folded: NotText for a number, a range or an error value. Text that cannot
// fold (too long, foreign letters) comes back not ok() and matches no code.
inline Result<FoldedCode> folded(const Arg& a, std::string_view name) noexcept {
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

// The cells of a number-or-range argument (empty cells of a range are 0): each finite and
// >= 0; `people`: whole and at most limits.max_people (ST.II.2).
inline std::optional<Error> cells(const Arg& a, std::string_view name, bool people,
                                  const PolicyData& data) noexcept {
    const bool in_range = a.kind == Arg::Kind::Range;
    for (const Arg& c : a.elements()) {
        if (c.kind == Arg::Kind::Missing && in_range) continue;
        const auto v = number(c, name);
        if (!v) return v.error();
        if (*v < 0) return Error{Errc::Negative, name, *v};
        if (people && !is_whole(*v)) return Error{Errc::NotWhole, name, *v};
        // Sums of counts stay exact and finite (fuzz_quota found +inf from two 1e308 targets).
        if (people && *v > data.max_people.value) return Error{Errc::TooLarge, name, *v};
    }
    return std::nullopt;
}

}  // namespace read_detail

// Reads one argument of type T (info.check.type) as `info` declares it into `out`, written in
// place; false with `error` when it is refused. The generated table of core calls names T, so
// each call's checks compile to straight code.
template <ArgType T>
inline bool read_as(const ArgInfo& info, const Arg& a, NullDate nd, const PolicyData& data,
                    Checked& out, Error& error) noexcept {
    using namespace read_detail;
    const ArgCheck& c = info.check;
    const std::string_view name = info.name;
    const bool omitted = a.kind == Arg::Kind::Missing && info.optional;
    out = Checked{0, 0, &a, true};
    const auto fail = [&error](Error e) {
        error = e;
        return false;
    };
    const auto take = [&out](double value) {  // a default or a looked-up index
        out.value = value;
        return true;
    };
    switch (T) {
        case ArgType::Language: {
            if (a.kind == Arg::Kind::Missing) return take(double(Language::Vi));
            if (a.kind != Arg::Kind::Text) return fail(Error{Errc::BadLanguage, name, a.number});
            const FoldedCode f = fold_code(a.text);
            const auto l = f.ok() ? match_language(data, f.view()) : std::nullopt;
            if (!l) return fail(Error{Errc::BadLanguage, name});
            return take(static_cast<double>(*l));
        }
        case ArgType::Policy: {
            if (omitted) return take(double(data.default_compensation));
            const auto f = folded(a, name);
            if (!f) return fail(f.error());
            const auto id = f->ok() ? match_policy(data, f->view()) : std::nullopt;
            if (!id) return fail(Error{Errc::UnknownCode, name});
            return take(static_cast<double>(*id));
        }
        case ArgType::Code: {
            if (omitted) return take(c.fallback);
            const auto f = folded(a, name);
            if (!f) return fail(f.error());
            const auto i =
                f->ok() ? code_set(*data.support, c.codes).match(f->view()) : std::nullopt;
            if (!i) return fail(Error{Errc::UnknownCode, name});
            return take(static_cast<double>(*i));
        }
        case ArgType::CodeOrBlank:  // omitted, an empty cell (0) or empty text: blank
            if (a.kind == Arg::Kind::Text) {
                out.present = !a.text.empty();
                return true;
            }
            if (a.kind == Arg::Kind::Number && a.number != 0) {
                return fail(Error{Errc::NotText, name, a.number});
            }
            if (a.kind == Arg::Kind::Other || a.kind == Arg::Kind::Range) {
                return fail(Error{Errc::NotText, name});
            }
            out.present = false;
            return true;
        case ArgType::PeopleCells:
        case ArgType::WeightCells:
            if (a.kind == Arg::Kind::Missing) return fail(Error{Errc::Missing, name});
            if (const auto e = cells(a, name, T == ArgType::PeopleCells, data)) return fail(*e);
            return true;
        default:
            break;
    }
    // The numeric types.
    if (omitted) {
        out.present = T != ArgType::NonNegative;  // an omitted distance has no default
        out.given = c.fallback;
        return take(c.fallback);
    }
    const auto n = number(a, name);
    if (!n) return fail(n.error());
    const double v = *n;
    out.given = v;
    out.value = v;
    switch (T) {
        case ArgType::Number:
            return true;
        case ArgType::NonNegative:
        case ArgType::Money:
        case ArgType::Months:
        case ArgType::Count:
        case ArgType::People:
            if (v < 0) return fail(Error{Errc::Negative, name, v});
            if (T == ArgType::Money && v >= data.max_cost.value) {
                return fail(Error{Errc::TooLarge, name, v});
            }
            if (T == ArgType::Months) {
                if (v > data.max_months.value) return fail(Error{Errc::TooLarge, name, v});
                out.value = round_months(v);
            }
            if ((T == ArgType::Count || T == ArgType::People) && !is_whole(v)) {
                return fail(Error{Errc::NotWhole, name, v});
            }
            if (T == ArgType::People && v > data.max_people.value) {
                return fail(Error{Errc::TooLarge, name, v});
            }
            if (v == 0) out.value = 0;  // -0 is 0
            return true;
        case ArgType::Whole: {
            const int hi = c.hi == kMaxGroup ? data.max_group : c.hi;
            if (!is_whole(v)) return fail(Error{Errc::NotWhole, name, v});
            if (v < c.lo || v > hi) return fail(Error{Errc::OutOfRange, name, v});
            return true;
        }
        case ArgType::Bool:  // TRUE/FALSE arrive as 1/0 (an empty cell as 0)
            if (v != 0 && v != 1) return fail(Error{Errc::OutOfRange, name, v});
            return true;
        case ArgType::Date: {
            const auto day = day_from_serial(v, nd, name);
            if (!day) return fail(day.error());
            return take(static_cast<double>(*day));
        }
        default:
            break;
    }
    return true;
}

// The same for an argument whose type is known only at run time.
inline bool read_arg(const ArgInfo& info, const Arg& a, NullDate nd, const PolicyData& data,
                     Checked& out, Error& error) noexcept {
    switch (info.check.type) {
#define VNP_READ(T)  \
    case ArgType::T: \
        return read_as<ArgType::T>(info, a, nd, data, out, error);
        VNP_READ(Number)
        VNP_READ(NonNegative)
        VNP_READ(Money)
        VNP_READ(Months)
        VNP_READ(Count)
        VNP_READ(People)
        VNP_READ(Whole)
        VNP_READ(Bool)
        VNP_READ(Date)
        VNP_READ(Code)
        VNP_READ(Policy)
        VNP_READ(Language)
        VNP_READ(CodeOrBlank)
        VNP_READ(PeopleCells)
        VNP_READ(WeightCells)
#undef VNP_READ
    }
    return read_as<ArgType::Number>(info, a, nd, data, out, error);
}

// The same, as a Result (the *_EXPLAIN language, tests).
inline Result<Checked> read_arg(const ArgInfo& info, const Arg& a, NullDate nd,
                                const PolicyData& data) noexcept {
    Checked out;
    Error error{Errc::Missing};
    if (!read_arg(info, a, nd, data, out, error)) return error;
    return out;
}

}  // namespace vnpolicy
