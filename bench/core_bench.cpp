// Google Benchmark of the core: how many evaluations a second the rules and the contract layer
// (vnpolicy::sheet, what the add-in calls per cell) and the array form (over_cells, what one
// array-formula call does per row) manage on one core. Not a test, not run by ctest:
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

#include "catalog/sheet_functions.hpp"
#include "common/cells.hpp"
#include "compensation/compensation_rules.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/catalog.hpp"

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

const Rows& rows() {
    static const Rows r;
    return r;
}

// The rule alone: compute_compensation on checked numbers.
void BM_CompensationRule(benchmark::State& state) {
    const Rows& r = rows();
    const vnpolicy::PolicyData& data = vnpolicy::policy_data();
    std::size_t i = 0;
    for (auto _ : state) {
        const vnpolicy::CompensationInput in{r.cost[i].number, r.t1[i].number, r.t2[i].number, 3,
                                             data.default_compensation};
        benchmark::DoNotOptimize(vnpolicy::compute_compensation(in, data));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CompensationRule);

// The contract layer, as the add-in calls it per cell: COMPENSATION(A;B;C).
void BM_CompensationSheet(benchmark::State& state) {
    const Rows& r = rows();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(vnpolicy::sheet::compensation(
            r.cost[i], r.t1[i], r.t2[i], Arg::missing(), Arg::missing(), Arg::missing()));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CompensationSheet);

// COMPENSATION(A;B;C;3;"BT2012"): the policy code folded and matched per call.
void BM_CompensationSheetCode(benchmark::State& state) {
    const Rows& r = rows();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(vnpolicy::sheet::compensation(
            r.cost[i], r.t1[i], r.t2[i], Arg::num(3), Arg::str(u"BT2012"), Arg::missing()));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CompensationSheetCode);

void BM_CommitmentMonthsCode(benchmark::State& state) {
    const Rows& r = rows();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            vnpolicy::sheet::commitment_months(r.months[i], Arg::str(u"KH2023"), Arg::num(1)));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CommitmentMonthsCode);

void BM_ServiceMonths(benchmark::State& state) {
    const Rows& r = rows();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(vnpolicy::sheet::service_months(vnpolicy::NullDate{}, r.dates[i],
                                                                 r.ends[i], Arg::missing()));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ServiceMonths);

void BM_BaseWage(benchmark::State& state) {
    const Rows& r = rows();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(vnpolicy::sheet::base_wage(vnpolicy::NullDate{}, r.dates[i]));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaseWage);

void BM_SupportLevel(benchmark::State& state) {
    const Rows& r = rows();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(vnpolicy::sheet::support_level(
            vnpolicy::NullDate{}, Arg::str(u"ThS"), r.dates[i], Arg::missing(), Arg::missing()));
        i = (i + 1) % kRows;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SupportLevel);

void BM_LoanTranche(benchmark::State& state) {
    const Rows& r = rows();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(vnpolicy::sheet::loan_tranche(r.amounts[i], r.tranches[i]));
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
    const auto args = vnpolicy::find_function("COMPENSATION")->args;
    for (auto _ : state) {
        auto res = vnpolicy::over_cells(
            [](const auto&... a) { return vnpolicy::sheet::compensation(a...); }, args,
            column(cost), column(t1), column(t2), Arg::missing(), Arg::missing(), Arg::missing());
        benchmark::DoNotOptimize(res);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}
BENCHMARK(BM_CompensationArrayForm);

}  // namespace

BENCHMARK_MAIN();
