// Array forms (vnpolicy/cells.hpp): over ranges, every cell of the result is exactly the per-cell
// result of its row; a single value is used for every row; one bad row fails the call with that
// row's error; ranges of different shapes are ShapeMismatch; without ranges, the scalar result.
#include "common/cells.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "call.hpp"
#include "test_util.hpp"
#include "vnpolicy/catalog.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {

Arg column(const std::vector<Arg>& cells) {
    return Arg::range(cells.data(), static_cast<std::uint32_t>(cells.size()), 1);
}

}  // namespace

TEST(ArrayForm, CatalogMarksThePerRowNumberFunctions) {
    for (const char* name : {"COMPENSATION", "COMMITMENT_MONTHS", "SERVICE_MONTHS", "BASE_WAGE",
                             "SUPPORT_LEVEL", "LOAN_TRANCHE"}) {
        ASSERT_NE(find_function(name), nullptr) << name;
        EXPECT_TRUE(find_function(name)->array_form) << name;
    }
    for (const FunctionInfo& f : catalog()) {
        if (f.array_form) {
            EXPECT_EQ(f.result, ResultKind::Number) << f.name;
        }
    }
    EXPECT_FALSE(find_function("QUOTA_REMAINING")->array_form);  // sums a range: no per-row form
    EXPECT_FALSE(find_function("COMPENSATION_EXPLAIN")->array_form);
}

TEST(ArrayForm, CompensationColumnEqualsPerCell) {
    std::vector<Arg> cost, t1, t2, kase, group;
    for (int i = 0; i < 500; ++i) {
        cost.push_back(N(10'000'000.0 + 1'237.0 * i));
        t1.push_back(N(36 + 12 * (i % 10)));
        t2.push_back(N(i % 130 + 0.5 * (i % 3)));
        kase.push_back(N(1 + i % 3));
        // KH.5: groups 2-5 have case 3 only; every group appears with it.
        group.push_back(N(i % 3 == 2 ? 1 + (i / 3) % 5 : 1));
    }
    const auto r = call::cells("COMPENSATION", kNull1899, column(cost), column(t1), column(t2),
                               column(kase), T(u"kh 2023"), column(group));
    ASSERT_TRUE(r) << r.error().arg;
    ASSERT_TRUE(r->is_array);
    ASSERT_EQ(r->matrix.rows, 500u);
    ASSERT_EQ(r->matrix.cols, 1u);
    for (std::uint32_t i = 0; i < 500; ++i) {
        const auto one =
            call::compensation(cost[i], t1[i], t2[i], kase[i], T(u"kh 2023"), group[i]);
        ASSERT_TRUE(one);
        EXPECT_EQ(r->matrix.at(i, 0), *one) << "row " << i;
    }
}

TEST(ArrayForm, ScalarCallsAreTheScalarFunction) {
    const auto r =
        call::cells("COMPENSATION", kNull1899, N(50'000'000), N(108), N(36), M(), M(), M());
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->is_array);
    EXPECT_EQ(r->scalar, 33'333'333);
    EXPECT_TRUE(r->matrix.values.empty());
    const auto bad = call::cells("COMPENSATION", kNull1899, N(-1), N(108), N(36), M(), M(), M());
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code,
              call::compensation(N(-1), N(108), N(36), M(), M(), M()).error().code);
    EXPECT_EQ(bad.error().arg, "Cost");
}

TEST(ArrayForm, BroadcastsSingleValuesOverARange) {
    const std::vector<Arg> cost = {N(50'000'000), N(1'000'000), N(0)};
    const auto r =
        call::cells("COMPENSATION", kNull1899, column(cost), N(108), N(36), M(), M(), M());
    ASSERT_TRUE(r);
    ASSERT_TRUE(r->is_array);
    EXPECT_EQ(r->matrix.values, (std::vector<double>{33'333'333, 666'667, 0}));
}

TEST(ArrayForm, OneBadRowFailsTheCallWithItsError) {
    const std::vector<Arg> cost = {N(50'000'000), T(u"năm triệu"), N(-5)};
    const auto r =
        call::cells("COMPENSATION", kNull1899, column(cost), N(108), N(36), M(), M(), M());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::NotNumber);  // row 2, the first bad one
    EXPECT_EQ(r.error().arg, "Cost");
}

TEST(ArrayForm, EmptyCellsOfARangeAreZeroAsInThePerCellForm) {
    // A reference to an empty cell arrives as 0 in the per-cell form; in a range the add-in
    // hands it over as Missing. Either way the row computes as 0 (Cost) or fails (Case 0).
    const std::vector<Arg> cost = {M(), N(1'000'000)};
    const auto r =
        call::cells("COMPENSATION", kNull1899, column(cost), N(108), N(36), M(), M(), M());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->matrix.values, (std::vector<double>{0, 666'667}));
    const std::vector<Arg> kase = {N(3), M()};
    const auto c =
        call::cells("COMPENSATION", kNull1899, column(cost), N(108), N(36), column(kase), M(), M());
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, call::compensation(N(0), N(108), N(36), N(0), M(), M()).error().code);
    EXPECT_EQ(c.error().arg, "Case");
}

TEST(ArrayForm, RangesOfDifferentShapesAreShapeMismatch) {
    const std::vector<Arg> a = {N(1), N(2), N(3)};
    const std::vector<Arg> b = {N(1), N(2)};
    const auto r =
        call::cells("COMPENSATION", kNull1899, column(a), column(b), N(0), M(), M(), M());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::ShapeMismatch);
    EXPECT_EQ(r.error().arg, "RequiredMonths");
    // Two columns side by side: a 2 × 1 row shape is not a 1 × 2 shape.
    const auto s = call::cells("COMPENSATION", kNull1899, Arg::range(b.data(), 1, 2), column(b),
                               N(0), M(), M(), M());
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::ShapeMismatch);
}

TEST(ArrayForm, OtherFamiliesEqualPerCell) {
    const NullDate nd{};
    std::vector<Arg> months, codes, dates, ends, degrees, amounts, tranches;
    for (int i = 0; i < 60; ++i) {
        months.push_back(N(6 + i));
        codes.push_back(i % 2 ? T(u"KH2023") : T(u"bt-2012"));
        dates.push_back(N(39'500 + 97.0 * i));  // 2008 .. 2024
        ends.push_back(N(39'500 + 97.0 * i + 400 + 3 * i));
        degrees.push_back(i % 2 ? T(u"TS") : T(u"Thạc sĩ"));
        amounts.push_back(N(100'000'000.0 + 333.0 * i));
        tranches.push_back(N(1 + i % 2));
    }
    const auto commit =
        call::cells("COMMITMENT_MONTHS", kNull1899, column(months), column(codes), N(1));
    const auto service = call::cells("SERVICE_MONTHS", nd, column(dates), column(ends), M());
    const auto wage = call::cells("BASE_WAGE", nd, column(dates));
    const auto level = call::cells("SUPPORT_LEVEL", nd, column(degrees), column(dates), M(), N(1));
    const auto loan = call::cells("LOAN_TRANCHE", kNull1899, column(amounts), column(tranches));
    ASSERT_TRUE(commit && service && wage && level && loan);
    for (std::uint32_t i = 0; i < 60; ++i) {
        EXPECT_EQ(commit->matrix.at(i, 0), *call::commitment_months(months[i], codes[i], N(1)));
        EXPECT_EQ(service->matrix.at(i, 0), *call::service_months(nd, dates[i], ends[i], M()));
        EXPECT_EQ(wage->matrix.at(i, 0), *call::base_wage(nd, dates[i]));
        EXPECT_EQ(level->matrix.at(i, 0),
                  *call::support_level(nd, degrees[i], dates[i], M(), N(1)));
        EXPECT_EQ(loan->matrix.at(i, 0), *call::loan_tranche(amounts[i], tranches[i]));
    }
}
