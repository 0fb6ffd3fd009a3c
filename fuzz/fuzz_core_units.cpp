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
#include "common/checks.hpp"
#include "common/date.hpp"
#include "common/explain_text.hpp"
#include "common/fold.hpp"
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

void argument_checks(FuzzInput& in) {
    const PolicyData& data = policy_data();
    const double v = in.number();
    if (const auto c = check_cost(v, "Cost", data)) {
        require(std::isfinite(*c) && *c >= 0 && *c < data.max_cost.value, "check_cost",
                "let a bad cost through");
    }
    if (const auto m = check_months(v, "RequiredMonths", data)) {
        require(is_whole_number(*m) && *m >= 0 && *m <= data.max_months.value, "check_months",
                "let bad months through");
    }
    const int lo = static_cast<int>(in.byte() % 8) - 2;
    const int hi = lo + static_cast<int>(in.byte() % 8);
    if (const auto w = check_whole(v, "Case", lo, hi)) {
        require(*w >= lo && *w <= hi && static_cast<double>(*w) == v, "check_whole",
                "let a bad value through");
    }
}

void texts(FuzzInput& in) {
    const Language lang = lang_of(in);
    const std::string n = format_number(in.number(), lang);
    require(!n.empty() && valid_utf8(n), "format_number", "empty or invalid UTF-8");
    // Every known code, with an argument name of the catalog and any value or text.
    const auto code = static_cast<Errc>(in.byte() % (static_cast<unsigned>(Errc::BadLanguage) + 1));
    std::string_view arg;
    const auto cat = catalog();
    const FunctionInfo& f = cat[in.byte() % cat.size()];
    if (!f.args.empty()) arg = f.args[in.byte() % f.args.size()].name;
    const std::string s =
        explain_error(Error{code, arg, in.number()}, lang, policy_data(), in.text());
    require(!s.empty() && valid_utf8(s), "explain_error", "empty or invalid UTF-8");
}

void rules(FuzzInput& in) {
    const PolicyData& data = policy_data();
    CompensationInput ci;
    ci.cost = in.number();
    ci.required_months = in.number();
    ci.served_months = in.number();
    ci.case_no = 1 + in.byte() % 3;
    ci.policy = static_cast<PolicyId>(in.byte() % data.policies.size());
    ci.group = 1 + in.byte() % 6;  // 6: a group no policy has
    if (const auto tr = compute_compensation(ci, data)) {
        require(std::isfinite(tr->amount) && tr->amount >= 0 && is_whole_number(tr->amount),
                "compute_compensation", "amount not a whole number >= 0");
        const std::string s = explain_compensation(*tr, lang_of(in));
        require(!s.empty() && valid_utf8(s), "explain_compensation", "empty or invalid UTF-8");
    }
    const auto cm = compute_commitment_months(
        in.number(), static_cast<PolicyId>(in.byte() % data.policies.size()), 1 + in.byte() % 6,
        data);
    if (cm)
        require(is_whole_number(cm->months) && cm->months >= 0, "compute_commitment_months",
                "not whole >= 0");
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
