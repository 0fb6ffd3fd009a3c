// The core's public building blocks below the sheet functions, each with its own properties:
// code folding (UTF-16 and UTF-8), UTF-8/UTF-16 conversion, date serials and civil dates,
// EDATE-style months, the argument checks, number formatting, error explanations, and the rules
// (compensation, commitment, service months, base wage) called with checked arguments.
//
// Input: a selector byte, then that unit's arguments.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "checks.hpp"
#include "common/date.hpp"
#include "common/explain_text.hpp"
#include "common/fold.hpp"
#include "common/read_args.hpp"
#include "compensation/compensation_explain.hpp"
#include "compensation/compensation_rules.hpp"
#include "data/base_wage.hpp"
#include "fuzz_input.hpp"

using namespace vnpolicy;
using namespace vnpolicy::fuzz;

namespace {

Language lang_of(FuzzInput& in) { return (in.byte() & 1) != 0 ? Language::En : Language::Vi; }

// A day number inside the supported calendar (years 1..9999).
DayNumber day_in_calendar(FuzzInput& in) {
    static const DayNumber first = day_from_civil({kMinYear, 1, 1});
    static const DayNumber last = day_from_civil({kMaxYear, 12, 31});
    const auto r = in.raw<std::uint32_t>() % static_cast<std::uint32_t>(last - first + 1);
    return (in.byte() % 4 == 0) ? (in.byte() & 1 ? first : last) : first + r;
}

void fold(FuzzInput& in) {
    const std::u16string_view text = in.text();
    const FoldedCode f = fold_code(text);
    require(f.view().size() <= FoldedCode::kCapacity, "fold_code", "longer than its capacity");
    if (!f.ok()) return;
    for (char c : f.view()) {
        require(static_cast<unsigned char>(c) < 0x80, "fold_code", "a folded code is not ASCII");
    }
    const std::u16string again(f.view().begin(), f.view().end());
    const FoldedCode g = fold_code(again);
    require(g.ok() && g.view() == f.view(), "fold_code", "folding is not idempotent");
    const auto via_utf8 = fold_code_utf8(utf16_to_utf8(text));
    require(!via_utf8 || *via_utf8 == f.view(), "fold_code_utf8", "differs from fold_code");
}

void utf8(FuzzInput& in) {
    const std::string_view bytes = in.bytes(in.byte());
    const auto u16 = utf8_to_utf16(bytes);
    require(u16.has_value() == valid_utf8(bytes), "utf8_to_utf16",
            "accepts invalid or refuses valid UTF-8");
    if (u16) require(utf16_to_utf8(*u16) == bytes, "utf8_to_utf16", "round trip changes the text");
    (void)fold_code_utf8(bytes);
}

void utf16(FuzzInput& in) {
    const std::string out = utf16_to_utf8(in.text());
    require(valid_utf8(out), "utf16_to_utf8", "produced invalid UTF-8");
}

void dates(FuzzInput& in) {
    const double serial = in.number();
    const NullDate origin = in.null_date();
    const auto d = day_from_serial(serial, origin, "Date");
    if (!d) {
        require(d.error().code == Errc::NotFinite || d.error().code == Errc::DateInvalid,
                "day_from_serial", "unexpected error code");
        return;
    }
    const CivilDate c = civil_from_day(*d);
    require(c.year >= kMinYear && c.year <= kMaxYear, "day_from_serial",
            "a day outside years 1..9999");
    require(day_from_civil(c) == *d, "civil_from_day", "does not invert day_from_civil");
    require(c.month >= 1 && c.month <= 12 && c.day >= 1 && c.day <= days_in_month(c.year, c.month),
            "civil_from_day", "an impossible calendar date");
}

void months(FuzzInput& in) {
    DayNumber a = day_in_calendar(in), b = day_in_calendar(in);
    if (a > b) std::swap(a, b);
    const MonthSpan m = months_between(a, b);
    const CivilDate s = civil_from_day(a);
    require(m.months >= 0 && m.remainder_days >= 0 && m.remainder_days < 31, "months_between",
            "months or remainder out of range");
    require(day_from_civil(add_months(s, m.months)) + m.remainder_days == b, "months_between",
            "months + remainder do not reach the end date");
    require(day_from_civil(add_months(s, m.months + 1)) > b, "months_between", "not the largest m");
    const auto st =
        compute_service_months(a, b, static_cast<MonthRounding>(in.byte() % 3), policy_data());
    if (st) {
        require(st->months == static_cast<double>(m.months) ||
                    st->months == static_cast<double>(m.months + 1),
                "compute_service_months", "not m or m + 1");
    }
}

// The catalog's reader: whatever it accepts satisfies the argument's declaration.
void argument_checks(FuzzInput& in) {
    const PolicyData& data = policy_data();
    const auto cat = catalog();
    const FunctionInfo& f = cat[in.byte() % cat.size()];
    if (f.args.empty()) return;
    const ArgInfo& info = f.args[in.byte() % f.args.size()];
    const Arg a = in.scalar_arg();
    const auto r = read_arg(info, a, NullDate{}, data);
    if (!r || a.kind != Arg::Kind::Number) return;
    const double v = r->value;
    const ArgCheck& c = info.check;
    switch (c.type) {
        case ArgType::Money:
            require(std::isfinite(v) && v >= 0 && v < data.max_cost.value, "read_arg",
                    "let a bad amount through");
            break;
        case ArgType::Months:
            require(is_whole_number(v) && v >= 0 && v <= data.max_months.value, "read_arg",
                    "let bad months through");
            break;
        case ArgType::Whole: {
            const int hi = c.hi == kMaxGroup ? data.max_group : c.hi;
            require(is_whole_number(v) && v >= c.lo && v <= hi, "read_arg",
                    "let a bad whole number through");
            break;
        }
        case ArgType::Count:
        case ArgType::People:
            require(is_whole_number(v) && v >= 0, "read_arg", "let a bad count through");
            break;
        case ArgType::Bool:
            require(v == 0 || v == 1, "read_arg", "let a bad TRUE/FALSE through");
            break;
        default:
            break;
    }
}

void texts(FuzzInput& in) {
    const Language lang = lang_of(in);
    const std::string n = format_number(in.number(), lang);
    require(!n.empty() && valid_utf8(n), "format_number", "empty or invalid UTF-8");
    // Every known code, with an argument name of the catalog and any value or text.
    const auto code = static_cast<Errc>(in.byte() % (static_cast<unsigned>(Errc::BadLanguage) + 1));
    const auto cat = catalog();
    const FunctionInfo& f = cat[in.byte() % cat.size()];
    if (f.args.empty()) return;
    const ArgInfo& info = f.args[in.byte() % f.args.size()];
    const std::u16string_view text = in.text();
    const Error e{code, info.name, in.number()};
    const std::string s = explain_input_error(e, lang, policy_data(), info, Arg::str(text));
    require(!s.empty() && valid_utf8(s), "explain_input_error", "empty or invalid UTF-8");
    const std::string r = explain_error(e, lang, policy_data());
    require(!r.empty() && valid_utf8(r), "explain_error", "empty or invalid UTF-8");
}

void rules(FuzzInput& in) {
    const PolicyData& data = policy_data();
    // COMPENSATION's rule on inputs the catalog's reader accepted.
    const FunctionInfo& comp = *find_function("COMPENSATION");
    Checked v[6];
    Error e{Errc::Missing};
    const Arg given[] = {
        Arg::num(in.number()), Arg::num(in.number()),
        Arg::num(in.number()), Arg::num(1 + in.byte() % 3),
        Arg::missing(),        Arg::num(1 + in.byte() % 6)};  // 6: a group no policy has
    bool read = true;
    for (std::size_t i = 0; i < 6 && read; ++i) {
        read = read_arg(comp.args[i], given[i], NullDate{}, data, v[i], e);
    }
    if (read) {
        const auto policy = static_cast<PolicyId>(in.byte() % data.policies.size());
        const auto tr =
            compensation_of({v[0].value, v[1].given, v[2].given, v[1].value, v[2].value,
                             static_cast<int>(v[3].value), policy, static_cast<int>(v[5].value)},
                            data);
        if (tr) {
            require(std::isfinite(tr->amount) && tr->amount >= 0 && is_whole_number(tr->amount),
                    "compensation_of", "amount not a whole number >= 0");
            const std::string s = explain_compensation(*tr, lang_of(in));
            require(!s.empty() && valid_utf8(s), "explain_compensation", "empty or invalid UTF-8");
        }
        const auto cm = compute_commitment_months(v[1].given, v[1].value, policy,
                                                  static_cast<int>(v[5].value), data);
        if (cm)
            require(is_whole_number(cm->months) && cm->months >= 0, "compute_commitment_months",
                    "not whole >= 0");
    }
    const auto row = wage_row_on(day_in_calendar(in), data);
    if (row) require((*row)->amount > 0, "wage_row_on", "a wage <= 0");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)policy_data();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    switch (in.byte() % 9) {
        case 0:
            fold(in);
            break;
        case 1:
            utf8(in);
            break;
        case 2:
            utf16(in);
            break;
        case 3:
            dates(in);
            break;
        case 4:
            months(in);
            break;
        case 5:
            argument_checks(in);
            break;
        case 6:
            texts(in);
            break;
        case 7:
            rules(in);
            break;
        default:
            fold(in);
            utf16(in);
            break;
    }
    return 0;
}
