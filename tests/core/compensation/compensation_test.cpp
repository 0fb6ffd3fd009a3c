// COMPENSATION and COMMITMENT_MONTHS: BT.15-17, BT.1d, KH.3-5.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "call.hpp"
#include "common/money.hpp"
#include "compensation/compensation_rules.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {

double comp(Arg cost, Arg t1, Arg t2, Arg c = M(), Arg p = M(), Arg g = M()) {
    const auto r = call::compensation(cost, t1, t2, c, p, g);
    EXPECT_TRUE(r.ok()) << "error " << static_cast<int>(r.error().code) << " on " << r.error().arg;
    return r.ok() ? *r : -1;
}

Error comp_err(Arg cost, Arg t1, Arg t2, Arg c = M(), Arg p = M(), Arg g = M()) {
    const auto r = call::compensation(cost, t1, t2, c, p, g);
    EXPECT_FALSE(r.ok()) << "value " << (r.ok() ? *r : 0);
    return r.ok() ? Error{Errc::Missing, "<none>"} : r.error();
}

}  // namespace

TEST(BT_16_2c, WorkedExample_50M_108_36) {
    EXPECT_EQ(comp(N(50000000), N(108), N(36)), 33333333);
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(3), T(u"BT2012")), 33333333);
}

TEST(BT_16_2c, QuitRightAfterGraduating_RepaysFullCost) {
    EXPECT_EQ(comp(N(50000000), N(108), N(0)), 50000000);
}

TEST(BT_16_2c, ServedCommitment_NothingOwed) {
    EXPECT_EQ(comp(N(50000000), N(108), N(108)), 0);
    EXPECT_EQ(comp(N(50000000), N(108), N(200)), 0);
    EXPECT_EQ(comp(N(50000000), N(108), N(107.5)), 0);  // 107.5 rounds half-up to 108
}

TEST(BT_16_2c, Table) {
    struct Row {
        double cost, t1, t2, expected;
    };
    const std::vector<Row> rows = {
        {50000000, 108, 36, 33333333},  // 33,333,333.33
        {100, 3, 1, 67},                // 66.67
        {100, 3, 2, 33},                // 33.33
        {1, 2, 1, 1},                   // 0.5 -> 1 (half away from zero)
        {3, 2, 1, 2},                   // 1.5 -> 2
        {5, 2, 1, 3},                   // 2.5 -> 3
        {0, 108, 36, 0},
        {50000000, 107.6, 35.6, 33333333},  // months rounded to 108 and 36 first
        {50000000, 108.4, 36.4, 33333333},
        {50000000, 108.5, 36, 33486239},              // T1 = 109: 50e6 × 73 / 109 = 33,486,238.53
        {999999999999999, 1200, 1, 999166666666666},  // 999,166,666,666,665.67 in long double
        {12345678.9, 7, 3, 7054674},                  // 7,054,673.657
    };
    for (const Row& r : rows) {
        SCOPED_TRACE(testing::Message() << r.cost << " " << r.t1 << " " << r.t2);
        EXPECT_EQ(comp(N(r.cost), N(r.t1), N(r.t2)), r.expected);
    }
}

TEST(KH_5_1a, Proportional_SameFormula) {
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(3), T(u"KH2023")), 33333333);
    EXPECT_EQ(comp(N(60000000), N(72), N(24), M(), T(u"kh2023")), 40000000);
    EXPECT_EQ(comp(N(60000000), N(72), N(72), M(), T(u"KH2023")), 0);
}

TEST(BT_16_2a, Case1_FullCost) {
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(1)), 50000000);
    EXPECT_EQ(comp(N(12345678.5), N(0), N(0), N(1)), 12345679);  // months ignored, rounded đồng
}

TEST(KH_5_1b, Case1_FullCost) {
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(1), T(u"KH2023")), 50000000);
}

TEST(BT_16_2b, Case2_HalfCost) {
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(2)), 25000000);
    EXPECT_EQ(comp(N(50000001), N(0), N(0), N(2)), 25000001);  // 25,000,000.5 -> up
}

TEST(KH_5_Reading, Case2_FullCost) {
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(2), T(u"KH2023")), 50000000);
}

TEST(BT_16_2, MonthsValidatedEvenForCases1And2) {
    EXPECT_EQ(comp_err(N(1), N(-1), N(0), N(1)).code, Errc::Negative);
    EXPECT_EQ(comp_err(N(1), N(0), T(u"x"), N(2)).code, Errc::NotNumber);
    EXPECT_EQ(comp_err(N(1), N(0), N(kNaN), N(2)).code, Errc::NotFinite);
    EXPECT_EQ(comp(N(1000), N(0), N(0), N(1)), 1000);  // T1 = 0 is fine outside case 3
}

TEST(BT_16_2c, ZeroCommitment_IsAnError) {
    const Error e = comp_err(N(50000000), N(0), N(0));
    EXPECT_EQ(e.code, Errc::ZeroCommitment);
    EXPECT_EQ(e.arg, "RequiredMonths");
    EXPECT_EQ(comp_err(N(50000000), N(0.49), N(0)).code, Errc::ZeroCommitment);
    EXPECT_EQ(comp(N(50000000), N(0.5), N(0)), 50000000);  // 0.5 rounds to 1
}

TEST(COMPENSATION_Args, Errors) {
    struct Row {
        Arg cost, t1, t2, c, p;
        Errc code;
        std::string_view arg;
        double value;
    };
    const std::vector<Row> rows = {
        {M(), N(108), N(36), M(), M(), Errc::Missing, "Cost", 0},
        {N(1), M(), N(36), M(), M(), Errc::Missing, "RequiredMonths", 0},
        {N(1), N(108), M(), M(), M(), Errc::Missing, "ServedMonths", 0},
        {T(u"50000000"), N(108), N(36), M(), M(), Errc::NotNumber, "Cost", 0},
        {O(), N(108), N(36), M(), M(), Errc::NotNumber, "Cost", 0},
        {N(-1), N(108), N(36), M(), M(), Errc::Negative, "Cost", -1},
        {N(kNaN), N(108), N(36), M(), M(), Errc::NotFinite, "Cost", 0},
        {N(kInf), N(108), N(36), M(), M(), Errc::NotFinite, "Cost", 0},
        {N(-kInf), N(108), N(36), M(), M(), Errc::NotFinite, "Cost", 0},
        {N(1e15), N(108), N(36), M(), M(), Errc::TooLarge, "Cost", 1e15},
        {N(1e300), N(108), N(36), M(), M(), Errc::TooLarge, "Cost", 1e300},
        {N(1), N(1200.5), N(36), M(), M(), Errc::TooLarge, "RequiredMonths", 1200.5},
        {N(1), N(108), N(1e9), M(), M(), Errc::TooLarge, "ServedMonths", 1e9},
        {N(1), N(108), N(-3), M(), M(), Errc::Negative, "ServedMonths", -3},
        {N(1), N(-0.1), N(3), M(), M(), Errc::Negative, "RequiredMonths", -0.1},
        {N(1), N(108), N(36), N(0), M(), Errc::OutOfRange, "Case", 0},
        {N(1), N(108), N(36), N(4), M(), Errc::OutOfRange, "Case", 4},
        {N(1), N(108), N(36), N(-1), M(), Errc::OutOfRange, "Case", -1},
        {N(1), N(108), N(36), N(2.5), M(), Errc::NotWhole, "Case", 2.5},
        {N(1), N(108), N(36), N(kNaN), M(), Errc::NotFinite, "Case", 0},
        {N(1), N(108), N(36), T(u"3"), M(), Errc::NotNumber, "Case", 0},
        {N(1), N(108), N(36), M(), N(2012), Errc::NotText, "Policy", 2012},
        {N(1), N(108), N(36), M(), O(), Errc::NotText, "Policy", 0},
        {N(1), N(108), N(36), M(), T(u"BT2013"), Errc::UnknownCode, "Policy", 0},
        {N(1), N(108), N(36), M(), T(u""), Errc::UnknownCode, "Policy", 0},
        {N(1), N(108), N(36), M(), T(u"ST2023"), Errc::NotCompensationPolicy, "Policy", 2},
        {N(1), N(108), N(36), N(1), T(u" st-2023 "), Errc::NotCompensationPolicy, "Policy", 2},
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        SCOPED_TRACE(testing::Message() << "row " << i);
        const Error e = comp_err(r.cost, r.t1, r.t2, r.c, r.p);
        EXPECT_EQ(e.code, r.code);
        EXPECT_EQ(e.arg, r.arg);
        if (std::isfinite(r.value) && r.code != Errc::Missing && r.code != Errc::NotNumber &&
            r.code != Errc::NotFinite && r.code != Errc::UnknownCode) {
            EXPECT_EQ(e.value, r.value);
        }
    }
}

TEST(COMPENSATION_Args, PolicySpellingsFold) {
    for (const std::u16string_view p :
         {u"BT2012", u"bt2012", u"BT-2012", u"bt 2012", u"B.T_2012", u"  BT2012  "}) {
        SCOPED_TRACE(std::string(p.begin(), p.end()));
        EXPECT_EQ(comp(N(50000000), N(108), N(36), N(2), T(p)), 25000000);
    }
    for (const std::u16string_view p : {u"KH2023", u"kh-2023", u"K.H 2023"}) {
        EXPECT_EQ(comp(N(50000000), N(108), N(36), N(2), T(p)), 50000000);
    }
}

// FUNCTIONS.md lists one spelling per policy code; anything else is an error.
TEST(COMPENSATION_Args, PolicyNamesOutsideTheContractAreUnknown) {
    for (const std::u16string_view p : {u"Bình Thuận", u"BT", u"KH", u"2012", u"BT2013", u""}) {
        SCOPED_TRACE(std::string(p.begin(), p.end()));
        const auto r = call::compensation(N(50000000), N(108), N(36), M(), T(p), M());
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, Errc::UnknownCode);
    }
}

TEST(COMPENSATION_Trace, CarriesTermsAndRule) {
    const PolicyId bt = *match_policy(policy_data(), "bt2012");
    const PolicyId kh = *match_policy(policy_data(), "kh2023");
    const auto tr = compensation_of({50000000, 107.6, 35.6, 108, 36, 3, bt, 1}, policy_data());
    ASSERT_TRUE(tr.ok());
    EXPECT_EQ(tr->kind, CompensationKind::Proportional);
    EXPECT_EQ(tr->t1, 108);
    EXPECT_EQ(tr->t2, 36);
    EXPECT_EQ(tr->required_in, 107.6);
    EXPECT_EQ(tr->amount, 33333333);
    ASSERT_NE(tr->cite, nullptr);
    EXPECT_EQ(tr->cite->rule, "BT.16.2c");

    const auto kh2 = compensation_of({10, 0, 0, 0, 0, 2, kh, 1}, policy_data());
    ASSERT_TRUE(kh2.ok());
    EXPECT_EQ(kh2->share, 1.0);
    EXPECT_EQ(kh2->cite->rule, "KH.5.R2");
    const auto bt2 = compensation_of({10, 0, 0, 0, 0, 2, bt, 1}, policy_data());
    ASSERT_TRUE(bt2.ok());
    EXPECT_EQ(bt2->share, 0.5);
    EXPECT_EQ(bt2->cite->rule, "BT.16.2b");
}

// ---------------------------------------------------------------- COMMITMENT_MONTHS

namespace {
double commit(Arg m, Arg p = M(), Arg g = M()) {
    const auto r = call::commitment_months(m, p, g);
    EXPECT_TRUE(r.ok()) << "error " << static_cast<int>(r.error().code) << " on " << r.error().arg;
    return r.ok() ? *r : -1;
}
Error commit_err(Arg m, Arg p = M(), Arg g = M()) {
    const auto r = call::commitment_months(m, p, g);
    EXPECT_FALSE(r.ok());
    return r.ok() ? Error{Errc::Missing, "<none>"} : r.error();
}
}  // namespace

TEST(BT_15_3, ThreeTimesTraining) {
    EXPECT_EQ(commit(N(36)), 108);
    EXPECT_EQ(commit(N(24), T(u"BT2012")), 72);
    EXPECT_EQ(commit(N(0)), 0);
    EXPECT_EQ(commit(N(35.5)), 108);  // rounded half-up to 36
    EXPECT_EQ(commit(N(35.49)), 105);
    EXPECT_EQ(commit(N(36), M(), N(3)), 108);  // group ignored under BT2012
}

TEST(KH_3, EveryGroup) {
    EXPECT_EQ(commit(N(24), T(u"KH2023"), N(1)), 48);
    EXPECT_EQ(commit(N(24), T(u"KH2023")), 48);  // group default 1
    EXPECT_EQ(commit(N(24), T(u"KH2023"), N(2)), 60);
    EXPECT_EQ(commit(N(24), T(u"KH2023"), N(3)), 72);
    EXPECT_EQ(commit(N(24), T(u"KH2023"), N(4)), 60);
    EXPECT_EQ(commit(N(24), T(u"KH2023"), N(5)), 60);
    EXPECT_EQ(commit(N(0), T(u"KH2023"), N(3)), 72);  // training months ignored for 2-5
    EXPECT_EQ(commit(N(18.5), T(u"KH2023"), N(1)), 38);
}

TEST(KH_3, Errors) {
    EXPECT_EQ(commit_err(N(24), T(u"KH2023"), N(0)).code, Errc::OutOfRange);
    EXPECT_EQ(policy_data().max_group, 5);  // FUNCTIONS.md: Group 1-5
    EXPECT_EQ(commit_err(N(24), T(u"KH2023"), N(6)).code, Errc::OutOfRange);
    EXPECT_EQ(commit_err(N(24), T(u"KH2023"), N(1.5)).code, Errc::NotWhole);
    EXPECT_EQ(commit_err(N(24), M(), N(6)).code, Errc::OutOfRange);  // checked under BT2012 too
    EXPECT_EQ(commit_err(N(24), M(), T(u"1")).code, Errc::NotNumber);
    EXPECT_EQ(commit_err(N(24), T(u"ST2023")).code, Errc::NotCompensationPolicy);
    EXPECT_EQ(commit_err(N(24), T(u"XX")).code, Errc::UnknownCode);
    EXPECT_EQ(commit_err(N(24), N(1)).code, Errc::NotText);
    EXPECT_EQ(commit_err(N(-24)).code, Errc::Negative);
    EXPECT_EQ(commit_err(N(kNaN)).code, Errc::NotFinite);
    EXPECT_EQ(commit_err(N(1e6)).code, Errc::TooLarge);
    EXPECT_EQ(commit_err(M()).code, Errc::Missing);
    EXPECT_EQ(commit_err(T(u"36")).code, Errc::NotNumber);
    EXPECT_EQ(commit_err(N(-1), T(u"KH2023"), N(3)).code, Errc::Negative);  // still validated
    const Error e = commit_err(N(24), T(u"KH2023"), N(7));
    EXPECT_EQ(e.arg, "Group");
    EXPECT_EQ(e.value, 7);
}

// round_dong is an inline std::round: the same result for halves, negatives, huge values, NaN.
TEST(RoundDong, SameAsStdRound) {
    const long double cases[] = {0.0L,
                                 0.49999999999L,
                                 0.5L,
                                 1.5L,
                                 2.5L,
                                 -0.5L,
                                 -1.5L,
                                 -2.49999L,
                                 1e15L,
                                 1e15L + 0.5L,
                                 4.7e18L,
                                 -4.7e18L,
                                 33333333.333333L,
                                 666666.5L,
                                 1e30L,
                                 -1e30L};
    for (const long double v : cases) {
        EXPECT_EQ(round_dong(v), std::round(v)) << static_cast<double>(v);
    }
    for (int i = -100000; i <= 100000; ++i) {
        const long double v = static_cast<long double>(i) / 8.0L + 1e12L * (i % 7);
        ASSERT_EQ(round_dong(v), std::round(v)) << i;
    }
    EXPECT_TRUE(std::isnan(round_dong(std::numeric_limits<long double>::quiet_NaN())));
    EXPECT_EQ(round_dong(std::numeric_limits<long double>::infinity()),
              std::numeric_limits<long double>::infinity());
}

// BT.16.2c / KH.5.1a: F × (T1 − T2) / T1 rounded once, half away from zero. round_dong_ratio's
// integer path must give the rounding of the exact quotient (checked by integer division) for
// every whole cost up to limits.max_cost and months up to limits.max_months, ties included.
// (The reference divides in int64: the product is below 2^61 in that range.)
TEST(BT_16_2c, ExactRatioMatchesIntegerReference) {
    const auto exact = [](std::int64_t a, std::int64_t n, std::int64_t d) {
        const std::int64_t p = a * n;
        return static_cast<double>((2 * p + d) / (2 * d));  // half up; p >= 0
    };
    std::uint64_t x = 0x9E3779B97F4A7C15ULL;  // a fixed xorshift sequence: reproducible
    const auto next = [&x] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    const std::int64_t max_cost = 1'000'000'000'000'000;  // limits.max_cost: below 10^15
    for (int i = 0; i < 2'000'000; ++i) {
        const auto d = static_cast<std::int64_t>(1 + next() % 1200);
        const auto n = static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(d + 1));
        // Costs near the limit, small costs and costs that make exact halves.
        std::int64_t a = static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(max_cost));
        if (i % 3 == 1) a = static_cast<std::int64_t>(next() % 100'000);
        if (i % 3 == 2) a = (a / (2 * d)) * (2 * d) + d;  // a × n / d with a half for odd n
        ASSERT_EQ(round_dong_ratio(static_cast<double>(a), n, d), exact(a, n, d))
            << a << " * " << n << " / " << d;
    }
    EXPECT_EQ(round_dong_ratio(999'999'999'999'999.0, 1199, 1200),
              exact(999'999'999'999'999, 1199, 1200));
    EXPECT_EQ(round_dong_ratio(5.0, 1, 2), 3.0);  // 2.5 -> 3
    EXPECT_EQ(round_dong_ratio(3.0, 1, 2), 2.0);  // 1.5 -> 2
    EXPECT_EQ(round_dong_ratio(0.0, 0, 1), 0.0);
    // Fractional costs take the long double expression: the same rounding of the quotient.
    EXPECT_EQ(round_dong_ratio(0.5, 1, 1), 1.0);
    EXPECT_EQ(round_dong_ratio(100.25, 2, 4), 50.0);  // 50.125
    EXPECT_EQ(round_dong_ratio(100.5, 1, 1), 101.0);
    EXPECT_EQ(round_dong_ratio(1001.0, 1, 2), 501.0);  // 500.5, whole path
    EXPECT_EQ(round_dong_ratio(1001.5, 1, 3), 334.0);  // 333.83, fractional path
}

// Months are rounded half-up (BT.16.2c): the fast conversion agrees with floor(x + 0.5).
TEST(BT_16_2c, RoundMonthsIsFloorOfXPlusHalf) {
    for (int i = 0; i <= 1200 * 8; ++i) {
        const double v = i / 8.0;
        ASSERT_EQ(round_months(v), std::floor(v + 0.5)) << v;
    }
    EXPECT_EQ(round_months(0.49999), 0.0);
    EXPECT_EQ(round_months(35.5), 36.0);
    EXPECT_EQ(round_months(1e300), 1e300);
}

// ---------------------------------------------------------------- KH.5 by group ([Group], last)

// KH.5.2 (groups 2, 3), KH.5.3 (group 4), KH.5.4 (group 5): S = A × (T1 − T2) / T1, case 3 only.
TEST(KH_5, EveryGroupCase3) {
    const Arg kh = T(u"KH2023");
    EXPECT_EQ(comp(N(80000000), N(72), N(31), N(3), kh, N(3)), 45555556);   // 80M × 41 / 72
    EXPECT_EQ(comp(N(60000000), N(60), N(24), N(3), kh, N(2)), 36000000);   // 60M × 36 / 60
    EXPECT_EQ(comp(N(120000000), N(60), N(45), N(3), kh, N(4)), 30000000);  // 120M × 15 / 60
    EXPECT_EQ(comp(N(250000000), N(60), N(59), M(), kh, N(5)), 4166667);    // 250M / 60
    EXPECT_EQ(comp(N(250000000), N(60), N(60), M(), kh, N(5)), 0);          // served in full
    EXPECT_EQ(comp(N(60000000), N(72), N(24), N(3), kh, N(1)), 40000000);   // KH.5.1a, group 1
}

// Formulas written before [Group] existed keep their values: the default group is 1.
TEST(KH_5, WithoutGroupAsBefore) {
    const Arg kh = T(u"KH2023");
    EXPECT_EQ(comp(N(60000000), N(72), N(24), N(3), kh), 40000000);
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(1), kh), 50000000);  // KH.5.1b
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(2), kh), 50000000);  // KH.5 Reading
    EXPECT_EQ(comp(N(60000000), N(72), N(24), N(3), kh, N(1)),
              comp(N(60000000), N(72), N(24), N(3), kh));
}

// KH.5 "Which cases each group has": groups 2-5 were not sent to study.
TEST(KH_5, Groups2to5HaveNoCase1Or2) {
    for (int g = 2; g <= 5; ++g) {
        for (int c = 1; c <= 2; ++c) {
            SCOPED_TRACE(testing::Message() << "group " << g << " case " << c);
            const Error e = comp_err(N(1000000), N(60), N(12), N(c), T(u"KH2023"), N(g));
            EXPECT_EQ(e.code, Errc::CaseNotForGroup);
            EXPECT_EQ(e.arg, "Case");
            EXPECT_EQ(e.value, c);
        }
    }
}

// BT2012 has one rule for every group: Group is ignored but must be 1-5.
TEST(BT_16_2, GroupIgnoredButChecked) {
    for (int g = 1; g <= 5; ++g) {
        EXPECT_EQ(comp(N(50000000), N(108), N(36), M(), M(), N(g)), 33333333);
        EXPECT_EQ(comp(N(50000000), N(108), N(36), N(2), T(u"BT2012"), N(g)), 25000000);
    }
    EXPECT_EQ(comp_err(N(1), N(108), N(36), M(), M(), N(0)).code, Errc::OutOfRange);
    EXPECT_EQ(comp_err(N(1), N(108), N(36), M(), M(), N(6)).code, Errc::OutOfRange);
    EXPECT_EQ(comp_err(N(1), N(108), N(36), M(), M(), N(2.5)).code, Errc::NotWhole);
    EXPECT_EQ(comp_err(N(1), N(108), N(36), M(), M(), T(u"3")).code, Errc::NotNumber);
    // Checked in argument order: Group comes after Policy.
    EXPECT_EQ(comp_err(N(1), N(108), N(36), M(), T(u"xx"), N(9)).arg, "Policy");
    EXPECT_EQ(comp_err(N(1), N(108), N(36), M(), T(u"ST2023"), N(1)).code,
              Errc::NotCompensationPolicy);
}
