// Google Benchmark of the core: how many evaluations a second the rule and the table of core
// calls (vnpolicy/dispatch.hpp: the catalog's reader, then the rule — what the add-in calls per
// cell) and the array form (what one array-formula call does per row) manage on one core. Not a
// test, not run by ctest:
//
//     build/bench/vnpolicy_core_bench [--benchmark_repetitions=5]
//
// Every benchmark cycles over 1024 rows of varied inputs (no constant folding) and reports
// items_per_second = evaluations per second.
#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "compensation/compensation_rules.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/dispatch.hpp"

namespace {

using vnpolicy::Arg;

constexpr std::size_t kRows = 1024;

struct Rows {
    std::vector<Arg> cost, t1, t2, months, dates, ends, amounts, tranches;
    Rows() {
        for (std::size_t i = 0; i < kRows; ++i) {
            cost.push_back(Arg::num(10'000'000.0 + 1'000.0 * static_cast<double>(i)));
            t1.push_back(Arg::num(36.0 + 12.0 * static_cast<double>(i % 10)));
            t2.push_back(Arg::num(static_cast<double>(i % 120)));
            months.push_back(Arg::num(static_cast<double>(6 + i % 48)));
            dates.push_back(Arg::num(40'000.0 + static_cast<double>(i % 3000)));
            ends.push_back(Arg::num(42'000.0 + static_cast<double>(i % 3000)));
            amounts.push_back(Arg::num(100'000'000.0 + 333.0 * static_cast<double>(i)));
            tranches.push_back(Arg::num(static_cast<double>(1 + i % 2)));
        }
    }
};

// One call through the table of core calls, as the add-in makes it.
template <std::size_t N>
vnpolicy::CallResult call(vnpolicy::CoreCall fn, const std::array<Arg, N>& args) {
    vnpolicy::CallResult out;
    fn(vnpolicy::NullDate{}, args.data(), out);
    return out;
}

const Rows& rows() {
    static const Rows r;
    return r;
}

// The rule alone: compensation_of on checked numbers.
void BM_CompensationRule(benchmark::State& state) {
    const Rows& r = rows();
    const vnpolicy::PolicyData& data = vnpolicy::policy_data();
    std::size_t i = 0;
    for (auto _ : state) {
        const vnpolicy::CheckedCompensation in{r.cost[i].number,
                                               r.t1[i].number,
                                               r.t2[i].number,
                                               r.t1[i].number,
                                               r.t2[i].number,
                                               3,
                                               data.default_compensation,
                                               1};
        benchmark::DoNotOptimize(vnpolicy::compensation_of(in, data));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CompensationRule);

// The table of core calls, as the add-in calls it per cell: COMPENSATION(A;B;C).
void BM_CompensationSheet(benchmark::State& state) {
    const Rows& r = rows();
    const vnpolicy::CoreCall fn = vnpolicy::core_call("COMPENSATION");
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            call(fn, std::array<Arg, 6>{r.cost[i], r.t1[i], r.t2[i], Arg::missing(), Arg::missing(),
                                        Arg::missing()}));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CompensationSheet);

// COMPENSATION(A;B;C;3;"BT2012"): the policy code folded and matched per call.
void BM_CompensationSheetCode(benchmark::State& state) {
    const Rows& r = rows();
    const vnpolicy::CoreCall fn = vnpolicy::core_call("COMPENSATION");
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            call(fn, std::array<Arg, 6>{r.cost[i], r.t1[i], r.t2[i], Arg::num(3),
                                        Arg::str(u"BT2012"), Arg::missing()}));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CompensationSheetCode);

void BM_CommitmentMonthsCode(benchmark::State& state) {
    const Rows& r = rows();
    const vnpolicy::CoreCall fn = vnpolicy::core_call("COMMITMENT_MONTHS");
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            call(fn, std::array<Arg, 3>{r.months[i], Arg::str(u"KH2023"), Arg::num(1)}));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CommitmentMonthsCode);

void BM_ServiceMonths(benchmark::State& state) {
    const Rows& r = rows();
    const vnpolicy::CoreCall fn = vnpolicy::core_call("SERVICE_MONTHS");
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            call(fn, std::array<Arg, 3>{r.dates[i], r.ends[i], Arg::missing()}));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ServiceMonths);

void BM_BaseWage(benchmark::State& state) {
    const Rows& r = rows();
    const vnpolicy::CoreCall fn = vnpolicy::core_call("BASE_WAGE");
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(call(fn, std::array<Arg, 1>{r.dates[i]}));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaseWage);

void BM_SupportLevel(benchmark::State& state) {
    const Rows& r = rows();
    const vnpolicy::CoreCall fn = vnpolicy::core_call("SUPPORT_LEVEL");
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(call(
            fn, std::array<Arg, 4>{Arg::str(u"ThS"), r.dates[i], Arg::missing(), Arg::missing()}));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SupportLevel);

void BM_LoanTranche(benchmark::State& state) {
    const Rows& r = rows();
    const vnpolicy::CoreCall fn = vnpolicy::core_call("LOAN_TRANCHE");
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(call(fn, std::array<Arg, 2>{r.amounts[i], r.tranches[i]}));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LoanTranche);

// The array form over a column of 100,000 rows (what one array-formula call computes; the
// add-in adds the Any <-> Arg translation). Items = rows.
void BM_CompensationArrayForm(benchmark::State& state) {
    const Rows& r = rows();
    const std::size_t n = 100'000;
    std::vector<Arg> cost(n), t1(n), t2(n);
    for (std::size_t k = 0; k < n; ++k) {
        cost[k] = r.cost[k % kRows];
        t1[k] = r.t1[k % kRows];
        t2[k] = r.t2[k % kRows];
    }
    const auto column = [n](const std::vector<Arg>& v) {
        return Arg::range(v.data(), static_cast<std::uint32_t>(n), 1);
    };
    const vnpolicy::CoreCall fn = vnpolicy::core_call("COMPENSATION");
    for (auto _ : state) {
        auto res = call(fn, std::array<Arg, 6>{column(cost), column(t1), column(t2), Arg::missing(),
                                               Arg::missing(), Arg::missing()});
        benchmark::DoNotOptimize(res);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}
BENCHMARK(BM_CompensationArrayForm);

}  // namespace

BENCHMARK_MAIN();
