// Dates and SERVICE_MONTHS: BT.16.2c (15-day Reading), EDATE clamps, both null dates.
#include "common/date.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "call.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

TEST(Date, CivilRoundTrip) {
    for (DayNumber d = day_from_civil({1, 1, 1}); d <= day_from_civil({9999, 12, 31}); d += 997) {
        EXPECT_EQ(day_from_civil(civil_from_day(d)), d);
    }
    EXPECT_EQ(day_from_civil({1970, 1, 1}), 0);
    EXPECT_EQ(day_from_civil({2000, 3, 1}) - day_from_civil({2000, 2, 28}), 2);  // 2000 leap
    EXPECT_EQ(day_from_civil({1900, 3, 1}) - day_from_civil({1900, 2, 28}), 1);  // 1900 not
}

TEST(Date, CalcSerials) {
    // Calc: DATE(2012;12;1) = 41244 under 1899-12-30; 1904 documents are 1462 lower.
    EXPECT_EQ(serial(2012, 12, 1), 41244);
    EXPECT_EQ(serial(2012, 12, 1, kNull1904), 41244 - 1462);
    const auto d = day_from_serial(41244.75, kNull1899, "Date");  // time of day dropped
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(civil_from_day(*d), (CivilDate{2012, 12, 1}));
    EXPECT_EQ(day_from_serial(kNaN, kNull1899, "Date").error().code, Errc::NotFinite);
    EXPECT_EQ(day_from_serial(-700000, kNull1899, "Date").error().code, Errc::DateInvalid);
    EXPECT_EQ(day_from_serial(3e6, kNull1899, "Date").error().code, Errc::DateInvalid);
    EXPECT_TRUE(day_from_serial(serial(9999, 12, 31), kNull1899, "Date").ok());
    EXPECT_TRUE(day_from_serial(serial(1, 1, 1), kNull1899, "Date").ok());
}

TEST(Date, EdateClamp) {
    EXPECT_EQ(add_months({2023, 1, 31}, 1), (CivilDate{2023, 2, 28}));
    EXPECT_EQ(add_months({2024, 1, 31}, 1), (CivilDate{2024, 2, 29}));
    EXPECT_EQ(add_months({2024, 3, 31}, -1), (CivilDate{2024, 2, 29}));
    EXPECT_EQ(add_months({2024, 2, 29}, 12), (CivilDate{2025, 2, 28}));
    EXPECT_EQ(add_months({2023, 8, 31}, 1), (CivilDate{2023, 9, 30}));
    EXPECT_EQ(add_months({2023, 11, 15}, 2), (CivilDate{2024, 1, 15}));
    EXPECT_EQ(add_months({2023, 1, 15}, -13), (CivilDate{2021, 12, 15}));
}

namespace {
double sm(CivilDate a, CivilDate b, Arg rounding = M(), NullDate nd = kNull1899) {
    const auto r = call::service_months(nd, N(serial(a.year, a.month, a.day, nd)),
                                        N(serial(b.year, b.month, b.day, nd)), rounding);
    EXPECT_TRUE(r.ok()) << "error " << static_cast<int>(r.error().code);
    return r.ok() ? *r : -1;
}
}  // namespace

TEST(BT_16_2c, ServiceMonths_ContractExample) { EXPECT_EQ(sm({2020, 1, 15}, {2023, 1, 30}), 37); }

TEST(BT_16_2c, ServiceMonths_14And15Days) {
    EXPECT_EQ(sm({2020, 1, 15}, {2023, 1, 29}), 36);  // 14 days dropped
    EXPECT_EQ(sm({2020, 1, 15}, {2023, 1, 30}), 37);  // 15 days count
    EXPECT_EQ(sm({2020, 1, 1}, {2020, 1, 15}), 0);    // 14
    EXPECT_EQ(sm({2020, 1, 1}, {2020, 1, 16}), 1);    // 15
    EXPECT_EQ(sm({2020, 1, 1}, {2020, 1, 1}), 0);
}

TEST(BT_16_2c, ServiceMonths_RoundingModes) {
    struct Row {
        CivilDate a, b;
        double nearest, down, up;
    };
    const std::vector<Row> rows = {
        {{2020, 1, 15}, {2023, 1, 15}, 36, 36, 36},  // exact
        {{2020, 1, 15}, {2023, 1, 16}, 36, 36, 37},  // 1 day
        {{2020, 1, 15}, {2023, 1, 29}, 36, 36, 37},  // 14 days
        {{2020, 1, 15}, {2023, 1, 30}, 37, 36, 37},  // 15 days
        {{2020, 1, 15}, {2023, 2, 14}, 37, 36, 37},  // 30 days (Jan has 31)
        {{2023, 3, 10}, {2023, 3, 10}, 0, 0, 0},
    };
    for (const Row& r : rows) {
        SCOPED_TRACE(testing::Message() << r.b.year << "-" << r.b.month << "-" << r.b.day);
        EXPECT_EQ(sm(r.a, r.b), r.nearest);
        EXPECT_EQ(sm(r.a, r.b, N(0)), r.nearest);
        EXPECT_EQ(sm(r.a, r.b, N(1)), r.down);
        EXPECT_EQ(sm(r.a, r.b, N(2)), r.up);
    }
}

TEST(BT_16_2c, ServiceMonths_MonthEndClamp) {
    EXPECT_EQ(sm({2023, 1, 31}, {2023, 2, 28}, N(1)), 1);  // EDATE(31 Jan;1) = 28 Feb
    EXPECT_EQ(sm({2023, 1, 31}, {2023, 2, 27}, N(1)), 0);
    EXPECT_EQ(sm({2023, 1, 31}, {2023, 2, 27}, N(0)), 1);  // 27 days remainder
    EXPECT_EQ(sm({2024, 1, 31}, {2024, 2, 28}, N(1)), 0);  // leap: EDATE = 29 Feb
    EXPECT_EQ(sm({2024, 1, 31}, {2024, 2, 29}, N(1)), 1);
    EXPECT_EQ(sm({2024, 1, 31}, {2024, 2, 29}, N(2)), 1);
    EXPECT_EQ(sm({2024, 1, 31}, {2024, 3, 30}, N(1)), 1);  // EDATE(;2) = 31 Mar
    EXPECT_EQ(sm({2024, 1, 31}, {2024, 3, 31}, N(1)), 2);
    EXPECT_EQ(sm({2024, 2, 29}, {2025, 2, 28}, N(1)), 12);  // leap day + 12 months
    EXPECT_EQ(sm({2024, 2, 29}, {2028, 2, 29}, N(2)), 48);
    EXPECT_EQ(sm({2023, 8, 31}, {2023, 9, 30}, N(2)), 1);
}

TEST(BT_16_2c, ServiceMonths_SameDatesUnderBothNullDates) {
    const std::vector<std::pair<CivilDate, CivilDate>> spans = {{{2020, 1, 15}, {2023, 1, 30}},
                                                                {{2024, 1, 31}, {2024, 2, 29}},
                                                                {{2008, 5, 1}, {2024, 12, 31}},
                                                                {{1999, 12, 31}, {2000, 2, 29}}};
    for (const auto& [a, b] : spans) {
        for (int rounding = 0; rounding <= 2; ++rounding) {
            EXPECT_EQ(sm(a, b, N(rounding), kNull1899), sm(a, b, N(rounding), kNull1904));
        }
    }
    EXPECT_EQ(sm({2020, 1, 15}, {2023, 1, 30}, M(), kNull1904), 37);
    // The raw serials differ by 1462 between the two documents.
    EXPECT_EQ(serial(2020, 1, 15) - serial(2020, 1, 15, kNull1904), 1462);
}

TEST(BT_16_2c, ServiceMonths_TimeOfDayDropped) {
    const double s = serial(2020, 1, 15);
    const double e = serial(2023, 1, 29);
    const auto r = call::service_months(kNull1899, N(s + 0.9), N(e + 0.99), M());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, 36);
}

TEST(BT_16_2c, ServiceMonths_Errors) {
    const double a = serial(2020, 1, 15);
    const double b = serial(2023, 1, 30);
    struct Row {
        Arg s, e, r;
        Errc code;
        std::string_view arg;
    };
    const std::vector<Row> rows = {
        {N(b), N(a), M(), Errc::DateOrder, "EndDate"},
        {M(), N(b), M(), Errc::Missing, "StartDate"},
        {N(a), M(), M(), Errc::Missing, "EndDate"},
        {T(u"2020-01-15"), N(b), M(), Errc::NotNumber, "StartDate"},
        {N(a), O(), M(), Errc::NotNumber, "EndDate"},
        {N(kNaN), N(b), M(), Errc::NotFinite, "StartDate"},
        {N(a), N(kInf), M(), Errc::NotFinite, "EndDate"},
        {N(-1e6), N(b), M(), Errc::DateInvalid, "StartDate"},
        {N(a), N(1e7), M(), Errc::DateInvalid, "EndDate"},
        {N(a), N(b), N(3), Errc::OutOfRange, "Rounding"},
        {N(a), N(b), N(-1), Errc::OutOfRange, "Rounding"},
        {N(a), N(b), N(0.5), Errc::NotWhole, "Rounding"},
        {N(a), N(b), T(u"up"), Errc::NotNumber, "Rounding"},
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(testing::Message() << "row " << i);
        const auto r = call::service_months(kNull1899, rows[i].s, rows[i].e, rows[i].r);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, rows[i].code);
        EXPECT_EQ(r.error().arg, rows[i].arg);
    }
}

// BT.16.2c: months_between is its definition — the largest m with EDATE(start; m) <= end, and
// the days left — for every start in 2019-2021 (leap February, month ends) and ends up to 40
// months later, checked against that definition counted month by month.
TEST(BT_16_2c, MonthsBetweenIsTheLargestEdateNotPastTheEnd) {
    const DayNumber first = day_from_civil({2019, 1, 1});
    const DayNumber last = day_from_civil({2021, 12, 31});
    for (DayNumber start = first; start <= last; ++start) {
        const CivilDate s = civil_from_day(start);
        for (DayNumber end = start; end <= start + 1220; end += 7 + (end - start) % 5) {
            std::int64_t m = 0;
            while (day_from_civil(add_months(s, m + 1)) <= end) ++m;
            const MonthSpan span = months_between(start, end);
            ASSERT_EQ(span.months, m) << start << ' ' << end;
            ASSERT_EQ(span.remainder_days, end - day_from_civil(add_months(s, m)))
                << start << ' ' << end;
        }
    }
}
