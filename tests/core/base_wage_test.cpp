// BASE_WAGE: the base-wage table of POLICY.md, every row boundary.
#include "vnpolicy/base_wage.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "test_util.hpp"
#include "vnpolicy/sheet_functions.hpp"

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
};

double wage(CivilDate d, NullDate nd = kNull1899) {
    const auto r = sheet::base_wage(nd, N(serial(d.year, d.month, d.day, nd)));
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
    EXPECT_EQ(rows.back().decree, "Nghị định 73/2024/NĐ-CP");
}

TEST(BASE_WAGE, AfterLastRowTheLastRowApplies) {
    EXPECT_EQ(wage({2030, 1, 1}), 2340000);
    EXPECT_EQ(wage({9999, 12, 31}), 2340000);
}

TEST(BASE_WAGE, BeforeTableIsAnError) {
    const double s = serial(2007, 12, 31);
    const auto r = sheet::base_wage(kNull1899, N(s));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::BeforeWageTable);
    EXPECT_EQ(r.error().arg, "Date");
    EXPECT_EQ(r.error().value, s);
    EXPECT_EQ(sheet::base_wage(kNull1904, N(serial(2007, 12, 31, kNull1904))).error().code,
              Errc::BeforeWageTable);
    EXPECT_EQ(sheet::base_wage(kNull1899, N(0)).error().code, Errc::BeforeWageTable);
}

TEST(BASE_WAGE, ArgErrors) {
    EXPECT_EQ(sheet::base_wage(kNull1899, M()).error().code, Errc::Missing);
    EXPECT_EQ(sheet::base_wage(kNull1899, T(u"2012-12-01")).error().code, Errc::NotNumber);
    EXPECT_EQ(sheet::base_wage(kNull1899, O()).error().code, Errc::NotNumber);
    EXPECT_EQ(sheet::base_wage(kNull1899, N(kNaN)).error().code, Errc::NotFinite);
    EXPECT_EQ(sheet::base_wage(kNull1899, N(-kInf)).error().code, Errc::NotFinite);
    EXPECT_EQ(sheet::base_wage(kNull1899, N(1e9)).error().code, Errc::DateInvalid);
}

TEST(BASE_WAGE, TimeOfDayDropped) {
    const auto r = sheet::base_wage(kNull1899, N(serial(2024, 6, 30) + 0.999));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, 1800000);
}
