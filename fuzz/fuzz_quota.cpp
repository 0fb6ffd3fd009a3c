// QUOTA rules (FUNCTIONS.md "Quotas and loans", ST.II.2) as properties, through the generated
// dispatch table so that this file compiles whether or not the quota family is in the catalog:
// until QUOTA_REMAINING / QUOTA_ALLOCATE exist the harness only checks that they are absent.
//  - QUOTA_REMAINING(Target; Done) is Σ max(0, Tᵢ − Dᵢ): never above Σ Tᵢ, never negative;
//  - QUOTA_ALLOCATE(Total; Weights) gives whole numbers >= 0, one per weight, summing to Total,
//    each within one of its exact share Total × wᵢ / Σ w.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "checks.hpp"
#include "fuzz_input.hpp"

using namespace vnpolicy;
using namespace vnpolicy::fuzz;

namespace {

const SheetEntry* g_remaining = nullptr;
const SheetEntry* g_allocate = nullptr;

// A count of people: mostly whole and small, sometimes hostile.
double count(FuzzInput& in) {
    return in.byte() % 8 == 0 ? in.number() : static_cast<double>(in.byte() % 200);
}

ArgSpec column(std::vector<Arg> cells) {
    ArgSpec s;
    s.rows = cells.size();
    s.cols = 1;
    s.cells = std::move(cells);
    return s;
}

void remaining(FuzzInput& in) {
    const std::size_t n = 1 + in.byte() % 12;
    std::vector<Arg> target, done;
    double sum_target = 0, expected = 0;
    bool plain = true;  // whole counts >= 0: the oracle applies
    for (std::size_t i = 0; i < n; ++i) {
        const double t = count(in), d = count(in);
        target.push_back(Arg::num(t));
        done.push_back(Arg::num(d));
        plain = plain && is_whole_number(t) && is_whole_number(d) && t >= 0 && d >= 0 && t < 1e6 &&
                d < 1e6;
        sum_target += t;
        expected += std::max(0.0, t - d);
    }
    SheetCall call;
    call.args = {n == 1 ? ArgSpec::scalar(target[0]) : column(target),
                 n == 1 ? ArgSpec::scalar(done[0]) : column(done)};
    const Outcome o = g_remaining->call(call);
    check_outcome(catalog()[g_remaining->index], o);
    if (plain) require(o.ok, "QUOTA_REMAINING", "refused whole counts >= 0");
    if (!o.ok) return;
    require(o.numbers.size() == 1, "QUOTA_REMAINING", "not one number");
    const double r = o.numbers[0];
    require(r >= 0, "QUOTA_REMAINING", "negative");
    require(r <= sum_target, "QUOTA_REMAINING", "remaining exceeds the target");
    if (plain) require(r == expected, "QUOTA_REMAINING", "differs from Σ max(0, T − D)");
}

void allocate(FuzzInput& in) {
    const double total = count(in) * (in.byte() % 4 == 0 ? 1000 : 1);
    const std::size_t n = 1 + in.byte() % 12;
    std::vector<Arg> weights;
    std::vector<double> w;
    long double sum_w = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = in.byte() % 8 == 0 ? in.number() : static_cast<double>(in.byte() % 50);
        weights.push_back(Arg::num(x));
        w.push_back(x);
        sum_w += x;
    }
    SheetCall call;
    call.args = {ArgSpec::scalar(Arg::num(total)), column(weights)};
    const Outcome o = g_allocate->call(call);
    check_outcome(catalog()[g_allocate->index], o);
    if (!o.ok) return;
    require(o.numbers.size() == n, "QUOTA_ALLOCATE", "result shape differs from Weights");
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double a = o.numbers[i];
        require(is_whole_number(a) && a >= 0, "QUOTA_ALLOCATE",
                "a share is not a whole number >= 0");
        // The exact share in long double: total × w / Σw overflows a double for weights near
        // DBL_MAX, which the rule itself must (and does) handle.
        const long double exact = static_cast<long double>(total) * w[i] / sum_w;
        require(std::fabs(static_cast<long double>(a) - exact) < 1.0L + 1e-9L * total,
                "QUOTA_ALLOCATE", "a share is more than one away from its exact proportion");
        sum += a;
    }
    require(sum == total, "QUOTA_ALLOCATE", "the allocation does not sum to Total");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    g_remaining = find_sheet_function("QUOTA_REMAINING");
    g_allocate = find_sheet_function("QUOTA_ALLOCATE");
    if (g_remaining == nullptr || g_allocate == nullptr) {
        std::fprintf(stderr,
                     "fuzz_quota: QUOTA_REMAINING/QUOTA_ALLOCATE not in the catalog of "
                     "this build: their properties are idle\n");
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    const bool which = (in.byte() & 1) != 0;
    if (which && g_remaining != nullptr) remaining(in);
    if (!which && g_allocate != nullptr) allocate(in);
    return 0;
}
