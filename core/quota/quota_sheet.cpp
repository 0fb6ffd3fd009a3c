// Argument checks of the quota family (FUNCTIONS.md): ranges are first-class — empty cells are 0,
// text cells are an error, shapes must match (a single number is 1 × 1), counts of people are
// whole and >= 0. The arithmetic is in quota.cpp and loan.cpp.
#include <cmath>
#include <cstddef>
#include <string_view>
#include <vector>

#include "catalog/sheet_functions.hpp"
#include "common/checks.hpp"
#include "common/money.hpp"
#include "common/read_args.hpp"
#include "data/policy_data.hpp"
#include "quota/loan_rules.hpp"
#include "quota/quota_rules.hpp"

namespace vnpolicy::sheet {
namespace {

// One cell of a numeric range or a single number: Missing (inside a range: a blank) -> 0 in a
// range, Missing error for the argument itself; text or another type -> NotNumber.
Result<double> cell_number(const Arg& a, bool in_range, std::string_view name) noexcept {
    switch (a.kind) {
        case Arg::Kind::Missing:
            if (in_range) return 0.0;
            return Error{Errc::Missing, name};
        case Arg::Kind::Number:
            if (!std::isfinite(a.number)) return Error{Errc::NotFinite, name, a.number};
            return a.number == 0 ? 0.0 : a.number;  // -0 is 0
        case Arg::Kind::Text:
        case Arg::Kind::Other:
        case Arg::Kind::Range:
            break;
    }
    return Error{Errc::NotNumber, name};
}

// The numbers of a number-or-range argument, row-major. `whole`: counts of people (ST.II.2).
Result<std::vector<double>> numbers_arg(const Arg& a, std::string_view name, bool whole) {
    const bool in_range = a.kind == Arg::Kind::Range;
    std::vector<double> out;
    out.reserve(a.elements().size());
    for (const Arg& cell : a.elements()) {
        const auto v = cell_number(cell, in_range, name);
        if (!v) return v.error();
        if (*v < 0) return Error{Errc::Negative, name, *v};
        if (whole && !is_whole(*v)) return Error{Errc::NotWhole, name, *v};
        // Sums of counts stay exact and finite (fuzz_quota found +inf from two 1e308 targets).
        if (whole && *v > policy_data().max_people.value) return Error{Errc::TooLarge, name, *v};
        out.push_back(*v);
    }
    return out;
}

struct Counts {
    std::vector<double> target;
    std::vector<double> done;
};

// Target and Done: counts of people, one per district, in ranges of one shape (ST.II.2).
Result<Counts> counts_args(const Arg& target, const Arg& done) {
    auto t = numbers_arg(target, "Target", true);
    if (!t) return t.error();
    auto d = numbers_arg(done, "Done", true);
    if (!d) return d.error();
    if (!same_shape(target, done)) return Error{Errc::ShapeMismatch, "Done"};
    return Counts{std::move(t).value(), std::move(d).value()};
}

}  // namespace

Result<double> quota_remaining(const Arg& target, const Arg& done) {
    const auto c = counts_args(target, done);
    if (!c) return c.error();
    return vnpolicy::quota_remaining(c->target, c->done);
}

Result<double> quota_progress(const Arg& target, const Arg& done) {
    const auto c = counts_args(target, done);
    if (!c) return c.error();
    return vnpolicy::quota_progress(c->target, c->done);
}

Result<double> quota_pace(NullDate null_date, const Arg& target, const Arg& done,
                          const Arg& as_of_date, const Arg& deadline) {
    const auto c = counts_args(target, done);
    if (!c) return c.error();
    const auto from = args::date(as_of_date, "AsOfDate", null_date);
    if (!from) return from.error();
    const auto to = args::date(deadline, "Deadline", null_date);
    if (!to) return to.error();
    return vnpolicy::quota_pace(vnpolicy::quota_remaining(c->target, c->done), *from, *to,
                                policy_data());
}

Result<Matrix> quota_allocate(const Arg& total, const Arg& weights) {
    if (total.kind == Arg::Kind::Range) return Error{Errc::NotNumber, "Total"};
    const auto t = cell_number(total, false, "Total");
    if (!t) return t.error();
    if (*t < 0) return Error{Errc::Negative, "Total", *t};
    if (!is_whole(*t)) return Error{Errc::NotWhole, "Total", *t};
    if (*t > policy_data().max_people.value) return Error{Errc::TooLarge, "Total", *t};
    const auto w = numbers_arg(weights, "Weights", false);
    if (!w) return w.error();
    bool any = false;
    for (double x : *w) any = any || x > 0;
    if (!any) return Error{Errc::OutOfRange, "Weights"};
    return Matrix{weights.row_count(), weights.col_count(), allocate_largest_remainders(*t, *w)};
}

Result<double> loan_tranche(const Arg& amount, const Arg& tranche) {
    const PolicyData& data = policy_data();
    const auto a = cell_number(amount, false, "Amount");
    if (!a) return a.error();
    if (const auto c = check_cost(*a, "Amount", data); !c) return c.error();
    const auto k = cell_number(tranche, false, "Tranche");
    if (!k) return k.error();
    const auto n = check_whole(*k, "Tranche", 1, 2);
    if (!n) return n.error();
    return vnpolicy::loan_tranche(*a, *n, data);
}

}  // namespace vnpolicy::sheet
