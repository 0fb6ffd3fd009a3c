// The QUOTA_REMAINING family and LOAN_TRANCHE (ST.II.2, ST.V.1), values computed by hand from
// the Sóc Trăng 2023 plan (Phụ lục I) and FUNCTIONS.md.
#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <vector>

#include "call.hpp"
#include "common/read_args.hpp"
#include "data/policy_data.hpp"
#include "test_util.hpp"
#include "vnpolicy/catalog.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {

// Phụ lục I: target and done in the first 8 months, districts 1..11.
const std::vector<Arg> kTarget = {N(48), N(72), N(48), N(60), N(48), N(48),
                                  N(30), N(72), N(66), N(48), N(60)};
const std::vector<Arg> kDone = {N(14), N(54), N(30), N(15), N(20), N(37),
                                N(30), N(22), N(25), N(22), N(38)};

Arg column(const std::vector<Arg>& cells) {
    return Arg::range(cells.data(), static_cast<std::uint32_t>(cells.size()), 1);
}

std::vector<double> values(const Result<Matrix>& m) {
    EXPECT_TRUE(m.ok());
    return m.ok() ? m->values : std::vector<double>{};
}

}  // namespace

// ---- ST.II.2: remaining ----

TEST(ST_II_2_Remaining, PhuLucI) {
    EXPECT_EQ(*call::quota_remaining(column(kTarget), column(kDone)), 293);
}

TEST(ST_II_2_Remaining, ScalarExample) {
    EXPECT_EQ(*call::quota_remaining(N(48), N(14)), 34);
    EXPECT_EQ(*call::quota_remaining(N(30), N(30)), 0);
}

TEST(ST_II_2_Remaining, OverAchieverDoesNotReduceOthers) {
    const std::vector<Arg> t = {N(10), N(10)};
    const std::vector<Arg> d = {N(25), N(4)};  // 15 over in row 1; row 2 still owes 6
    EXPECT_EQ(*call::quota_remaining(column(t), column(d)), 6);
    EXPECT_EQ(*call::quota_remaining(N(10), N(25)), 0);
}

TEST(ST_II_2_Remaining, BlankCellsAreZero) {
    const std::vector<Arg> t = {N(10), M(), N(5)};
    const std::vector<Arg> d = {M(), N(0), N(2)};
    EXPECT_EQ(*call::quota_remaining(column(t), column(d)), 13);
}

TEST(ST_II_2_Remaining, Rows) {  // a row range works as well as a column
    const std::vector<Arg> t = {N(48), N(72)};
    const std::vector<Arg> d = {N(14), N(54)};
    EXPECT_EQ(*call::quota_remaining(Arg::range(t.data(), 1, 2), Arg::range(d.data(), 1, 2)), 52);
}

TEST(ST_II_2_Remaining, BadInput) {
    const std::vector<Arg> t = {N(10), N(10)};
    const std::vector<Arg> text = {N(1), T(u"năm")};
    const std::vector<Arg> neg = {N(1), N(-1)};
    const std::vector<Arg> frac = {N(1), N(2.5)};
    const std::vector<Arg> three = {N(1), N(2), N(3)};
    struct Row {
        Result<double> got;
        Errc code;
        std::string_view arg;
    };
    const Row rows[] = {
        {call::quota_remaining(column(t), column(text)), Errc::NotNumber, "Done"},
        {call::quota_remaining(column(text), column(t)), Errc::NotNumber, "Target"},
        {call::quota_remaining(column(t), column(neg)), Errc::Negative, "Done"},
        {call::quota_remaining(column(frac), column(t)), Errc::NotWhole, "Target"},
        {call::quota_remaining(column(t), column(three)), Errc::ShapeMismatch, "Done"},
        {call::quota_remaining(Arg::range(t.data(), 1, 2), column(t)), Errc::ShapeMismatch, "Done"},
        {call::quota_remaining(column(t), N(5)), Errc::ShapeMismatch, "Done"},
        {call::quota_remaining(N(5), column(t)), Errc::ShapeMismatch, "Done"},
        {call::quota_remaining(N(5), M()), Errc::Missing, "Done"},
        {call::quota_remaining(T(u"48"), N(1)), Errc::NotNumber, "Target"},
        {call::quota_remaining(N(-1), N(1)), Errc::Negative, "Target"},
        {call::quota_remaining(N(kNaN), N(1)), Errc::NotFinite, "Target"},
        {call::quota_remaining(N(1), O()), Errc::NotNumber, "Done"},
    };
    for (const Row& r : rows) {
        ASSERT_FALSE(r.got.ok());
        EXPECT_EQ(r.got.error().code, r.code);
        EXPECT_EQ(r.got.error().arg, r.arg);
    }
}

// ---- ST.II.2: progress ----

TEST(ST_II_2_Progress, PhuLucI) {
    EXPECT_DOUBLE_EQ(*call::quota_progress(column(kTarget), column(kDone)), 307.0 / 600.0);
    EXPECT_NEAR(*call::quota_progress(column(kTarget), column(kDone)), 0.511667, 5e-7);
}

TEST(ST_II_2_Progress, OverAchieverCountsOnlyItsTarget) {
    const std::vector<Arg> t = {N(10), N(10)};
    const std::vector<Arg> d = {N(25), N(4)};
    EXPECT_DOUBLE_EQ(*call::quota_progress(column(t), column(d)), 14.0 / 20.0);
    EXPECT_EQ(*call::quota_progress(N(10), N(25)), 1);
}

TEST(ST_II_2_Progress, NoTargetIsAnError) {
    const auto r = call::quota_progress(N(0), N(0));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::OutOfRange);
}

// ---- ST.II.2: pace ----

TEST(ST_II_2_Pace, MonthsLeftFromDaysPerYear) {
    // 31/8 -> 31/12/2023: 122 days = 122 × 12 / 365.25 months; 293 remain.
    const double from = serial(2023, 8, 31);
    const double to = serial(2023, 12, 31);
    EXPECT_DOUBLE_EQ(*call::quota_pace(kNull1899, column(kTarget), column(kDone), N(from), N(to)),
                     293.0 * 365.25 / (122.0 * 12.0));
    EXPECT_DOUBLE_EQ(*call::quota_pace(kNull1899, N(48), N(14), N(from), N(to)),
                     34.0 * 365.25 / 1464.0);
}

TEST(ST_II_2_Pace, NullDateDoesNotChangeIt) {
    EXPECT_DOUBLE_EQ(*call::quota_pace(kNull1904, N(48), N(14), N(serial(2023, 8, 31, kNull1904)),
                                       N(serial(2023, 12, 31, kNull1904))),
                     34.0 * 365.25 / 1464.0);
}

TEST(ST_II_2_Pace, NothingRemainsIsZeroEvenAfterTheDeadline) {
    EXPECT_EQ(
        *call::quota_pace(kNull1899, N(30), N(30), N(serial(2024, 1, 5)), N(serial(2023, 12, 31))),
        0);
}

TEST(ST_II_2_Pace, DeadlineNotAfterAsOfDateIsAnError) {
    for (const double to : {serial(2023, 8, 31), serial(2023, 8, 1)}) {
        const auto r = call::quota_pace(kNull1899, N(48), N(14), N(serial(2023, 8, 31)), N(to));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, Errc::DateOrder);
        EXPECT_EQ(r.error().arg, "Deadline");
    }
    EXPECT_EQ(call::quota_pace(kNull1899, N(48), N(14), M(), N(1)).error().code, Errc::Missing);
    EXPECT_EQ(call::quota_pace(kNull1899, N(48), N(14), N(1), T(u"x")).error().code,
              Errc::NotNumber);
}

TEST(ST_II_2_Pace, DaysPerYearIsData) {
    EXPECT_EQ(policy_data().quota_days_per_year.value, 365.25);
    EXPECT_EQ(policy_data().quota_days_per_year.cite.rule, "ST.II.2");
}

// ---- QUOTA_ALLOCATE: largest remainders ----

TEST(QuotaAllocate, ContractExample) {
    const std::vector<Arg> w = {N(1), N(1), N(1)};
    const auto m = call::quota_allocate(N(100), column(w));
    EXPECT_EQ(m->rows, 3u);
    EXPECT_EQ(m->cols, 1u);
    EXPECT_EQ(values(m), (std::vector<double>{34, 33, 33}));
}

TEST(QuotaAllocate, TiesGoToTheEarlierRow) {
    const std::vector<Arg> w = {N(1), N(1), N(1), N(1)};
    EXPECT_EQ(values(call::quota_allocate(N(2), column(w))), (std::vector<double>{1, 1, 0, 0}));
    EXPECT_EQ(values(call::quota_allocate(N(7), column(w))), (std::vector<double>{2, 2, 2, 1}));
}

TEST(QuotaAllocate, LargestRemainderWins) {
    // 10 × {1,2,3,4}/10 = {1,2,3,4}; 11 × /10 = {1.1, 2.2, 3.3, 4.4}: one unit to 4.4.
    const std::vector<Arg> w = {N(1), N(2), N(3), N(4)};
    EXPECT_EQ(values(call::quota_allocate(N(11), column(w))), (std::vector<double>{1, 2, 3, 5}));
    // 7 × {5,3,2}/10 = {3.5, 2.1, 1.4}: floors 3,2,1 = 6; one unit to 3.5.
    const std::vector<Arg> w2 = {N(5), N(3), N(2)};
    EXPECT_EQ(values(call::quota_allocate(N(7), column(w2))), (std::vector<double>{4, 2, 1}));
}

TEST(QuotaAllocate, PhuLucIWeightsSumToTotal) {
    // 650 over the district targets (Σ 600): 650 × Tᵢ / 600 = 52, 78, 52, 65, 52, 52, 32.5, 78,
    // 71.5, 52, 65 — floors sum 649; remainders .5 tie between row 7 and row 9: row 7 gets it.
    const auto v = values(call::quota_allocate(N(650), column(kTarget)));
    EXPECT_EQ(v, (std::vector<double>{52, 78, 52, 65, 52, 52, 33, 78, 71, 52, 65}));
    EXPECT_EQ(std::accumulate(v.begin(), v.end(), 0.0), 650);
}

TEST(QuotaAllocate, FractionalWeightsSumToTotal) {
    const std::vector<Arg> w = {N(0.1), N(0.2), N(0.3), N(0.4)};
    const auto v = values(call::quota_allocate(N(10), column(w)));
    EXPECT_EQ(v, (std::vector<double>{1, 2, 3, 4}));
    const std::vector<Arg> w3 = {N(1.0 / 3), N(1.0 / 3), N(1.0 / 3)};
    const auto v3 = values(call::quota_allocate(N(100), column(w3)));
    EXPECT_EQ(std::accumulate(v3.begin(), v3.end(), 0.0), 100);
}

TEST(QuotaAllocate, ShapeOfWeights) {
    const std::vector<Arg> w = {N(1), N(2), N(3), N(4), N(5), N(6)};
    const auto m = call::quota_allocate(N(21), Arg::range(w.data(), 2, 3));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->rows, 2u);
    EXPECT_EQ(m->cols, 3u);
    EXPECT_EQ(m->at(1, 2), 6);
    const auto one = call::quota_allocate(N(5), N(2));  // a single weight: 1 × 1
    EXPECT_EQ(one->rows, 1u);
    EXPECT_EQ(values(one), (std::vector<double>{5}));
    const std::vector<Arg> blank = {N(1), M(), N(1)};  // blank weight: 0
    EXPECT_EQ(values(call::quota_allocate(N(3), column(blank))), (std::vector<double>{2, 0, 1}));
    EXPECT_EQ(values(call::quota_allocate(N(0), column(w))),
              (std::vector<double>{0, 0, 0, 0, 0, 0}));
}

TEST(QuotaAllocate, BadInput) {
    const std::vector<Arg> w = {N(1), N(1)};
    const std::vector<Arg> zero = {N(0), N(0)};
    const std::vector<Arg> neg = {N(1), N(-1)};
    const std::vector<Arg> text = {N(1), T(u"a")};
    EXPECT_EQ(call::quota_allocate(N(10.5), column(w)).error().code, Errc::NotWhole);
    EXPECT_EQ(call::quota_allocate(N(-1), column(w)).error().code, Errc::Negative);
    EXPECT_EQ(call::quota_allocate(M(), column(w)).error().code, Errc::Missing);
    EXPECT_EQ(call::quota_allocate(column(w), column(w)).error().code, Errc::NotNumber);
    EXPECT_EQ(call::quota_allocate(N(10), column(zero)).error().code, Errc::OutOfRange);
    EXPECT_EQ(call::quota_allocate(N(10), column(neg)).error().code, Errc::Negative);
    EXPECT_EQ(call::quota_allocate(N(10), column(text)).error().code, Errc::NotNumber);
    EXPECT_EQ(call::quota_allocate(N(10), M()).error().code, Errc::Missing);
    EXPECT_EQ(call::quota_allocate(N(2e9), column(w)).error().code, Errc::TooLarge);
}

// Weights near DBL_MAX: Σw overflows a double; the shares must still follow the proportions
// (found by fuzz_quota).
TEST(QuotaAllocate, HugeWeightsKeepTheirProportions) {
    const std::vector<Arg> w = {N(1.7976931348623157e308), N(46), N(1.7976931348623157e308)};
    EXPECT_EQ(values(call::quota_allocate(N(46), column(w))), (std::vector<double>{23, 0, 23}));
}

// Counts beyond limits.max_people are refused, so sums stay finite (found by fuzz_quota: two
// targets of 1e308 gave +inf).
TEST(ST_II_2_Remaining, AbsurdCountsAreTooLarge) {
    const std::vector<Arg> huge = {N(1.7976931348623157e308), N(1.7976931348623157e308)};
    const std::vector<Arg> small = {N(0), N(0)};
    const auto r = call::quota_remaining(column(huge), column(small));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::TooLarge);
    EXPECT_EQ(r.error().arg, "Target");
    EXPECT_EQ(call::quota_progress(column(small), column(huge)).error().code, Errc::TooLarge);
    EXPECT_EQ(*call::quota_remaining(N(1e9), N(0)), 1e9);
}

// ---- ST.V.1: loans ----

TEST(ST_V_1_Loan, ThirtySeventy) {
    EXPECT_EQ(*call::loan_tranche(N(100000000), N(1)), 30000000);
    EXPECT_EQ(*call::loan_tranche(N(100000000), N(2)), 70000000);
}

TEST(ST_V_1_Loan, RoundedToDongAndAddsUp) {
    // 30 % of 123,456,789 = 37,037,036.7 -> 37,037,037; the rest 86,419,752.
    EXPECT_EQ(*call::loan_tranche(N(123456789), N(1)), 37037037);
    EXPECT_EQ(*call::loan_tranche(N(123456789), N(2)), 86419752);
    // 30 % of 5 = 1.5 -> 2 (half away from zero); the rest 3.
    EXPECT_EQ(*call::loan_tranche(N(5), N(1)), 2);
    EXPECT_EQ(*call::loan_tranche(N(5), N(2)), 3);
    EXPECT_EQ(*call::loan_tranche(N(0), N(2)), 0);
}

TEST(ST_V_1_Loan, ShareIsData) {
    EXPECT_EQ(policy_data().loan_tranche1.value, 0.3);
    EXPECT_EQ(policy_data().loan_tranche1.cite.rule, "ST.V.1");
}

TEST(ST_V_1_Loan, BadInput) {
    const std::vector<Arg> r = {N(1), N(2)};
    EXPECT_EQ(call::loan_tranche(N(-1), N(1)).error().code, Errc::Negative);
    EXPECT_EQ(call::loan_tranche(N(1e6), N(3)).error().code, Errc::OutOfRange);
    EXPECT_EQ(call::loan_tranche(N(1e6), N(0)).error().code, Errc::OutOfRange);
    EXPECT_EQ(call::loan_tranche(N(1e6), N(1.5)).error().code, Errc::NotWhole);
    EXPECT_EQ(call::loan_tranche(N(1e6), M()).error().code, Errc::Missing);
    EXPECT_EQ(call::loan_tranche(T(u"1000"), N(1)).error().code, Errc::NotNumber);
    // A range where one amount is expected (the per-row read of the array form).
    const auto range =
        read_arg(find_function("LOAN_TRANCHE")->args[0], column(r), {}, policy_data());
    EXPECT_EQ(range.error().code, Errc::NotNumber);
}

// ---- the catalog entries ----

TEST(QuotaCatalog, Entries) {
    for (const auto fn :
         {"QUOTA_REMAINING", "QUOTA_PROGRESS", "QUOTA_PACE", "QUOTA_ALLOCATE", "LOAN_TRANCHE"}) {
        ASSERT_NE(find_function(fn), nullptr) << fn;
    }
    EXPECT_EQ(find_function("QUOTA_ALLOCATE")->result, ResultKind::Array);
    EXPECT_TRUE(find_function("QUOTA_PACE")->needs_document);
    EXPECT_EQ(find_function("QUOTA_REMAINING")->rules, "ST.II.2");
    EXPECT_EQ(find_function("LOAN_TRANCHE")->rules, "ST.V.1");
    EXPECT_EQ(*call::quota_remaining(N(48), N(14)), 34);
    EXPECT_EQ(*call::loan_tranche(N(100000000), N(1)), 30000000);
}
