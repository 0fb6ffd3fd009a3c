#include "quota/quota_sheet.hpp"

#include <vector>

#include "quota/loan_rules.hpp"
#include "quota/quota_rules.hpp"

namespace vnpolicy::sheet {
namespace {

// The numbers of a checked number-or-range argument, row-major; empty cells are 0, -0 is 0.
std::vector<double> numbers_of(const Arg& a) {
    std::vector<double> out;
    out.reserve(a.elements().size());
    for (const Arg& c : a.elements()) {
        out.push_back(c.kind == Arg::Kind::Number && c.number != 0 ? c.number : 0.0);
    }
    return out;
}

struct Counts {
    std::vector<double> target;
    std::vector<double> done;
};

// Target and Done, one per district, in ranges of one shape (ST.II.2).
Result<Counts> counts(const Arg& target, const Arg& done) {
    if (!same_shape(target, done)) return Error{Errc::ShapeMismatch, "Done"};
    return Counts{numbers_of(target), numbers_of(done)};
}

}  // namespace

Result<double> quota_remaining(const Arg& target, const Arg& done) {
    const auto c = counts(target, done);
    if (!c) return c.error();
    return vnpolicy::quota_remaining(c->target, c->done);
}

Result<double> quota_progress(const Arg& target, const Arg& done) {
    const auto c = counts(target, done);
    if (!c) return c.error();
    return vnpolicy::quota_progress(c->target, c->done);
}

Result<double> quota_pace(const Arg& target, const Arg& done, DateArg as_of_date,
                          DateArg deadline) {
    const auto c = counts(target, done);
    if (!c) return c.error();
    return vnpolicy::quota_pace(vnpolicy::quota_remaining(c->target, c->done), as_of_date.day,
                                deadline.day, policy_data());
}

Result<Matrix> quota_allocate(double total, const Arg& weights) {
    const std::vector<double> w = numbers_of(weights);
    bool any = false;
    for (double x : w) any = any || x > 0;
    if (!any) return Error{Errc::OutOfRange, "Weights"};
    return Matrix{weights.row_count(), weights.col_count(), allocate_largest_remainders(total, w)};
}

Result<double> loan_tranche(double amount, int tranche) {
    return vnpolicy::loan_tranche(amount, tranche, policy_data());
}

}  // namespace vnpolicy::sheet
