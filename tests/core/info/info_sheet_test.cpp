// BASE_WAGE: the base-wage table of POLICY.md, every row boundary.
#include <gtest/gtest.h>

#include <vector>

#include "call.hpp"
#include "common/version.hpp"
#include "data/base_wage.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {
struct WageCase {
    CivilDate from;
    double amount;
};
// POLICY.md "BASE WAGE" — restated here on purpose: the test pins the data file to the spec.
const std::vector<WageCase> kTable = {
    {{2008, 1, 1}, 540000},  {{2009, 5, 1}, 650000},  {{2010, 5, 1}, 730000},
    {{2011, 5, 1}, 830000},  {{2012, 5, 1}, 1050000}, {{2013, 7, 1}, 1150000},
    {{2016, 5, 1}, 1210000}, {{2017, 7, 1}, 1300000}, {{2018, 7, 1}, 1390000},
    {{2019, 7, 1}, 1490000}, {{2023, 7, 1}, 1800000}, {{2024, 7, 1}, 2340000},
    {{2026, 7, 1}, 2530000},  // Nghị định 161/2026/NĐ-CP
};

double wage(CivilDate d, NullDate nd = kNull1899) {
    const auto r = call::base_wage(nd, N(serial(d.year, d.month, d.day, nd)));
    EXPECT_TRUE(r.ok()) << "error " << static_cast<int>(r.error().code);
    return r.ok() ? *r : -1;
}
}  // namespace

TEST(BASE_WAGE, ContractExamples) {
    EXPECT_EQ(wage({2012, 12, 1}), 1050000);
    EXPECT_EQ(wage({2024, 7, 1}), 2340000);
    EXPECT_EQ(wage({2024, 6, 30}), 1800000);
}

TEST(BASE_WAGE, EveryRowBoundary) {
    for (std::size_t i = 0; i < kTable.size(); ++i) {
        const CivilDate from = kTable[i].from;
        SCOPED_TRACE(testing::Message() << from.year << "-" << from.month);
        EXPECT_EQ(wage(from), kTable[i].amount);
        EXPECT_EQ(wage(from, kNull1904), kTable[i].amount);
        if (i > 0) {
            const CivilDate before = civil_from_day(day_from_civil(from) - 1);
            EXPECT_EQ(wage(before), kTable[i - 1].amount);
        }
    }
}

TEST(BASE_WAGE, DataTableMatchesSpec) {
    const auto& rows = policy_data().base_wage;
    ASSERT_EQ(rows.size(), kTable.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].from, kTable[i].from);
        EXPECT_EQ(rows[i].amount, kTable[i].amount);
        EXPECT_FALSE(rows[i].decree.empty());
    }
    EXPECT_EQ(rows[4].decree, "Nghị định 31/2012/NĐ-CP");
    EXPECT_EQ(rows[11].decree, "Nghị định 73/2024/NĐ-CP");
    EXPECT_EQ(rows.back().decree, "Nghị định 161/2026/NĐ-CP");
}

TEST(BASE_WAGE, AfterLastRowTheLastRowApplies) {
    EXPECT_EQ(wage({2030, 1, 1}), 2530000);
    EXPECT_EQ(wage({9999, 12, 31}), 2530000);
}

TEST(BASE_WAGE, BeforeTableIsAnError) {
    const double s = serial(2007, 12, 31);
    const auto r = call::base_wage(kNull1899, N(s));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::BeforeWageTable);
    EXPECT_EQ(r.error().arg, "Date");
    EXPECT_EQ(r.error().value, s);
    EXPECT_EQ(call::base_wage(kNull1904, N(serial(2007, 12, 31, kNull1904))).error().code,
              Errc::BeforeWageTable);
    EXPECT_EQ(call::base_wage(kNull1899, N(0)).error().code, Errc::BeforeWageTable);
}

TEST(BASE_WAGE, ArgErrors) {
    EXPECT_EQ(call::base_wage(kNull1899, M()).error().code, Errc::Missing);
    EXPECT_EQ(call::base_wage(kNull1899, T(u"2012-12-01")).error().code, Errc::NotNumber);
    EXPECT_EQ(call::base_wage(kNull1899, O()).error().code, Errc::NotNumber);
    EXPECT_EQ(call::base_wage(kNull1899, N(kNaN)).error().code, Errc::NotFinite);
    EXPECT_EQ(call::base_wage(kNull1899, N(-kInf)).error().code, Errc::NotFinite);
    EXPECT_EQ(call::base_wage(kNull1899, N(1e9)).error().code, Errc::DateInvalid);
}

TEST(BASE_WAGE, TimeOfDayDropped) {
    const auto r = call::base_wage(kNull1899, N(serial(2024, 6, 30) + 0.999));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, 1800000);
}

// Nghị định 161/2026/NĐ-CP (Điều 3 khoản 2): 2,530,000 from 1 July 2026, replacing 73/2024; in
// both null dates, and every function that uses the wage on both sides of the change.
TEST(BASE_WAGE, Decree161_2026OnBothSides) {
    for (const NullDate nd : {kNull1899, kNull1904}) {
        EXPECT_EQ(wage({2026, 6, 30}, nd), 2340000);
        EXPECT_EQ(wage({2026, 7, 1}, nd), 2530000);
        EXPECT_EQ(wage({2026, 8, 1}, nd), 2530000);
        EXPECT_EQ(wage({2030, 1, 1}, nd), 2530000);  // the last row applies after it
    }
    const WageRow& last = policy_data().base_wage.back();
    EXPECT_EQ(last.decree, "Nghị định 161/2026/NĐ-CP");
    EXPECT_EQ(last.article, "Điều 3 khoản 2");
}

TEST(BT_2_2, SupportLevelAcrossTheJuly2026Wage) {
    for (const NullDate nd : {kNull1899, kNull1904}) {
        const auto level = [nd](std::u16string_view degree, CivilDate d, Arg encouraged) {
            return ok(call::support_level(nd, T(degree), N(serial(d.year, d.month, d.day, nd)), M(),
                                          encouraged));
        };
        EXPECT_EQ(level(u"TS", {2026, 6, 30}, M()), 105300000);  // 45 × 2,340,000
        EXPECT_EQ(level(u"TS", {2026, 7, 1}, M()), 113850000);   // 45 × 2,530,000
        EXPECT_EQ(level(u"ThS", {2026, 8, 1}, N(1)), 68250000);  // 25 × 2,530,000 + 5,000,000
    }
}

TEST(BT_4_2, InstallmentsAcrossTheJuly2026Wage) {
    for (const NullDate nd : {kNull1899, kNull1904}) {
        const double decided = serial(2026, 6, 15, nd);
        const double diploma = serial(2028, 6, 1, nd);
        // Phase 1: 50 % × 25 × 2,340,000; phase 2: 25 × 2,530,000 − phase 1 (BT.4.2b Reading).
        EXPECT_EQ(ok(call::support_installment(nd, T(u"ThS"), N(decided), N(diploma), N(1), M())),
                  29250000);
        EXPECT_EQ(ok(call::support_installment(nd, T(u"ThS"), N(decided), N(diploma), N(2), M())),
                  34000000);
    }
}

TEST(KH_5_3, IncomeTopupAcrossTheJuly2026Wage) {
    for (const NullDate nd : {kNull1899, kNull1904}) {
        const auto topup = [nd](double income, int group, CivilDate d) {
            return ok(
                call::income_topup(nd, N(income), N(group), N(serial(d.year, d.month, d.day, nd))));
        };
        EXPECT_EQ(topup(8000000, 4, {2026, 6, 30}), 3700000);  // 5 × 2,340,000 − 8,000,000
        EXPECT_EQ(topup(8000000, 4, {2026, 7, 1}), 4650000);   // 5 × 2,530,000 − 8,000,000
        EXPECT_EQ(topup(20000000, 5, {2026, 7, 1}), 5300000);  // 10 × 2,530,000 − 20,000,000
        EXPECT_EQ(topup(24000000, 5, {2026, 6, 30}), 0);       // 23,400,000 < income
    }
}

// SUPPORT_EXPLAIN names the wage and its decree; after the data's review date it says up to
// when the table was checked, so an accountant sees the figure may be stale.
TEST(BT_2_2, ExplainSaysWhenTheWageTableWasReviewed) {
    const auto text = [](CivilDate d, std::u16string_view lang) {
        const auto r = call::support_explain(kNull1899, T(u"TS"), N(serial(d.year, d.month, d.day)),
                                             M(), M(), T(lang));
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : std::string();
    };
    const std::string july = text({2026, 7, 1}, u"vi");
    EXPECT_NE(july.find("45 × 2.530.000 đồng (lương tối thiểu chung / lương cơ sở ngày 01/07/2026, "
                        "Nghị định 161/2026/NĐ-CP) = 113.850.000 đồng"),
              std::string::npos)
        << july;
    EXPECT_EQ(july.find("rà soát"), std::string::npos);  // on or before the review date
    EXPECT_NE(text({2026, 6, 30}, u"en")
                  .find("45 × 2,340,000 dong (minimum / base wage on "
                        "2026-06-30, Nghị định 73/2024/NĐ-CP) = "
                        "105,300,000 dong"),
              std::string::npos);
    const std::string later = text({2027, 3, 1}, u"en");
    EXPECT_NE(later.find("(minimum / base wage on 2027-03-01, Nghị định 161/2026/NĐ-CP; wage "
                         "table reviewed up to 2026-12-01) = 113,850,000 dong"),
              std::string::npos)
        << later;
    EXPECT_NE(text({2027, 3, 1}, u"vi").find("; bảng lương rà soát đến 01/12/2026)"),
              std::string::npos);
}

TEST(POLICY_INFO, Text) {
    EXPECT_EQ(*call::policy_info(),
              "vnpolicy " + std::string(kVersion) +
                  " · policy data reviewed 2026-12-01 · base wage 2,530,000 from 2026-07-01 (Nghị "
                  "định 161/2026/NĐ-CP), table from 2008-01-01 · BT2012 (49/2012/QĐ-UBND Bình "
                  "Thuận; since 2025-07-01 part of Lâm Đồng province; applies within former Bình "
                  "Thuận), KH2023 (Khánh Hòa 04/08/2023; since 2025-07-01 Khánh Hòa includes "
                  "former Ninh Thuận; applies within former Khánh Hòa), ST2023 (Sóc Trăng plan "
                  "2023; since 2025-07-01 part of Cần Thơ city)");
    EXPECT_EQ(kVersion, "0.2.0");  // 0.2.0: base wage of Nghị định 161/2026, KH groups
}
