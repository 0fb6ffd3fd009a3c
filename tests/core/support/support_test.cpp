// SUPPORT_MULTIPLE, SUPPORT_LEVEL, SUPPORT_INSTALLMENT and INCOME_TOPUP: hand-computed values
// per rule id (POLICY.md BT.2-4, KH.5.3-5.4, BASE WAGE).
#include <gtest/gtest.h>

#include "call.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {
const double kDec2012 = serial(2012, 12, 1);
}  // namespace

TEST(BT_2_2, MultipleStandard) {
    EXPECT_EQ(ok(call::support_multiple(T(u"TS"), M())), 45);
    EXPECT_EQ(ok(call::support_multiple(T(u"ThS"), M())), 25);
    EXPECT_EQ(ok(call::support_multiple(T(u"ThS"), T(u"thường"))), 25);
    EXPECT_EQ(ok(call::support_multiple(T(u"TS"), T(u"standard"))), 45);
}

TEST(BT_2_2, EveryDegreeSpelling) {
    for (const auto* s : {u"TS", u"tiến sĩ", u"Tiến Sĩ", u"tien si", u"TIENSI", u"doctorate",
                          u"CKII", u"ck ii", u"CK2", u" ck-2 "}) {
        EXPECT_EQ(ok(call::support_multiple(T(s), M())), 45);
    }
    for (const auto* s :
         {u"ThS", u"thạc sĩ", u"thac si", u"master", u"MASTER", u"CKI", u"CK1", u"ck.1"}) {
        EXPECT_EQ(ok(call::support_multiple(T(s), M())), 25);
    }
}

TEST(BT_2_2, UnknownDegreeOrProgrammeIsAnError) {
    EXPECT_EQ(err(call::support_multiple(T(u"PhD"), M())), Errc::UnknownCode);
    EXPECT_EQ(err(call::support_multiple(T(u"CK3"), M())), Errc::UnknownCode);
    EXPECT_EQ(err(call::support_multiple(T(u""), M())), Errc::UnknownCode);
    EXPECT_EQ(err(call::support_multiple(N(1), M())), Errc::NotText);
    EXPECT_EQ(err(call::support_multiple(M(), M())), Errc::Missing);
    EXPECT_EQ(err(call::support_multiple(T(u"TS"), T(u"special"))), Errc::UnknownCode);
    EXPECT_EQ(err(call::support_multiple(T(u"TS"), N(0))), Errc::NotText);
}

TEST(BT_2_3, MultiplePriority) {
    EXPECT_EQ(ok(call::support_multiple(T(u"TS"), T(u"priority"))), 60);
    EXPECT_EQ(ok(call::support_multiple(T(u"ThS"), T(u"ưu tiên"))), 40);
    EXPECT_EQ(ok(call::support_multiple(T(u"ThS"), T(u"UU TIEN"))), 40);
}

TEST(BT_3, MultipleAttraction) {
    EXPECT_EQ(ok(call::support_multiple(T(u"CKII"), T(u"attraction"))), 60);
    EXPECT_EQ(ok(call::support_multiple(T(u"CKI"), T(u"thu hút"))), 40);
}

TEST(BT_2_2, LevelContractExample) {
    // 45 × 1,050,000 (Nghị định 31/2012, in force 2012-05-01)
    EXPECT_EQ(ok(call::support_level(kNull1899, T(u"TS"), N(kDec2012), M(), M())), 47250000);
    EXPECT_EQ(ok(call::support_level(kNull1899, T(u"ThS"), N(kDec2012), M(), M())), 26250000);
    // 45 × 2,340,000 after 2024-07-01; the same date in a 1904 document.
    EXPECT_EQ(
        ok(call::support_level(kNull1904, T(u"TS"), N(serial(2024, 7, 1, kNull1904)), M(), M())),
        105300000);
}

TEST(BT_2_4, EncouragementBonusOnce) {
    // 25 × 1,050,000 + 5,000,000 (contract example)
    EXPECT_EQ(ok(call::support_level(kNull1899, T(u"ThS"), N(kDec2012), T(u"standard"), N(1))),
              31250000);
    EXPECT_EQ(ok(call::support_level(kNull1899, T(u"TS"), N(kDec2012), T(u"priority"), N(1))),
              68000000);  // 60 × 1,050,000 + 5,000,000
    EXPECT_EQ(ok(call::support_level(kNull1899, T(u"ThS"), N(kDec2012), M(), N(0))), 26250000);
}

TEST(BT_3, AttractionHasNoBonus) {
    EXPECT_EQ(ok(call::support_level(kNull1899, T(u"TS"), N(kDec2012), T(u"attraction"), M())),
              63000000);
    EXPECT_EQ(ok(call::support_level(kNull1899, T(u"TS"), N(kDec2012), T(u"thu hut"), N(1))),
              63000000);
}

TEST(BT_2_4, BooleanMustBeZeroOrOne) {
    EXPECT_EQ(err(call::support_level(kNull1899, T(u"TS"), N(kDec2012), M(), N(2))),
              Errc::OutOfRange);
    EXPECT_EQ(err(call::support_level(kNull1899, T(u"TS"), N(kDec2012), M(), N(0.5))),
              Errc::OutOfRange);
    EXPECT_EQ(err(call::support_level(kNull1899, T(u"TS"), N(kDec2012), M(), T(u"TRUE"))),
              Errc::NotNumber);
}

TEST(BASE_WAGE, SupportLevelBeforeTheTableIsAnError) {
    EXPECT_EQ(err(call::support_level(kNull1899, T(u"TS"), N(serial(2007, 12, 31)), M(), M())),
              Errc::BeforeWageTable);
    EXPECT_EQ(err(call::support_level(kNull1899, T(u"TS"), T(u"01/12/2012"), M(), M())),
              Errc::NotNumber);
}

TEST(BT_4, InstallmentContractExample) {
    // phase 1 = 50 % × 25 × 1,050,000 = 13,125,000; phase 2 = 25 × 1,150,000 − 13,125,000
    const double dip = serial(2015, 12, 1);
    EXPECT_EQ(ok(call::support_installment(kNull1899, T(u"ThS"), N(kDec2012), N(dip), N(1), M())),
              13125000);
    EXPECT_EQ(ok(call::support_installment(kNull1899, T(u"ThS"), N(kDec2012), N(dip), N(2), M())),
              15625000);
}

TEST(BT_4_2, BothPhasesAcrossAWageChange) {
    // Decision 2013-06-30 (1,050,000), diploma 2016-05-01 (1,210,000), doctorate 45 ×:
    // phase 1 = 23,625,000; phase 2 = 54,450,000 − 23,625,000 = 30,825,000.
    const double d1 = serial(2013, 6, 30), d2 = serial(2016, 5, 1);
    EXPECT_EQ(ok(call::support_installment(kNull1899, T(u"TS"), N(d1), N(d2), N(1), M())),
              23625000);
    EXPECT_EQ(ok(call::support_installment(kNull1899, T(u"TS"), N(d1), N(d2), N(2), M())),
              30825000);
    // Priority master: decision 2019-06-30 (1,390,000), diploma 2023-07-01 (1,800,000):
    // 27,800,000 then 72,000,000 − 27,800,000.
    const double p1 = serial(2019, 6, 30), p2 = serial(2023, 7, 1);
    EXPECT_EQ(
        ok(call::support_installment(kNull1899, T(u"ThS"), N(p1), N(p2), N(1), T(u"priority"))),
        27800000);
    EXPECT_EQ(
        ok(call::support_installment(kNull1899, T(u"ThS"), N(p1), N(p2), N(2), T(u"ưu tiên"))),
        44200000);
    // Same day: phase 2 is the other half.
    EXPECT_EQ(
        ok(call::support_installment(kNull1899, T(u"ThS"), N(kDec2012), N(kDec2012), N(2), M())),
        13125000);
}

TEST(BT_4_3, InstallmentErrors) {
    const double dip = serial(2015, 12, 1);
    EXPECT_EQ(err(call::support_installment(kNull1899, T(u"ThS"), N(kDec2012), N(dip), N(1),
                                            T(u"attraction"))),
              Errc::OutOfRange);
    EXPECT_EQ(err(call::support_installment(kNull1899, T(u"ThS"), N(kDec2012), N(dip), N(3), M())),
              Errc::OutOfRange);
    EXPECT_EQ(
        err(call::support_installment(kNull1899, T(u"ThS"), N(kDec2012), N(dip), N(1.5), M())),
        Errc::NotWhole);
    EXPECT_EQ(err(call::support_installment(kNull1899, T(u"ThS"), N(dip), N(kDec2012), N(1), M())),
              Errc::DateOrder);
    EXPECT_EQ(err(call::support_installment(kNull1899, T(u"ThS"), N(kDec2012), N(dip), M(), M())),
              Errc::Missing);
}

TEST(KH_5_3, IncomeTopupGroup4) {
    // 5 × 2,340,000 − 8,000,000 (contract example)
    EXPECT_EQ(ok(call::income_topup(kNull1899, N(8000000), N(4), N(serial(2024, 7, 1)))), 3700000);
    // 5 × 1,800,000 − 8,000,000 the day before
    EXPECT_EQ(ok(call::income_topup(kNull1899, N(8000000), N(4), N(serial(2024, 6, 30)))), 1000000);
    EXPECT_EQ(ok(call::income_topup(kNull1899, N(12000000), N(4), N(serial(2024, 7, 1)))), 0);
}

TEST(KH_5_4, IncomeTopupGroup5) {
    EXPECT_EQ(ok(call::income_topup(kNull1899, N(8000000), N(5), N(serial(2024, 7, 1)))), 15400000);
    EXPECT_EQ(ok(call::income_topup(kNull1899, N(0), N(5), N(serial(2024, 7, 1)))), 23400000);
}

TEST(KH_5_3, IncomeTopupErrors) {
    const double d = serial(2024, 7, 1);
    for (double g : {1.0, 2.0, 3.0, 6.0}) {
        EXPECT_EQ(err(call::income_topup(kNull1899, N(8000000), N(g), N(d))), Errc::OutOfRange);
    }
    EXPECT_EQ(err(call::income_topup(kNull1899, N(8000000), N(4.5), N(d))), Errc::NotWhole);
    EXPECT_EQ(err(call::income_topup(kNull1899, N(-1), N(4), N(d))), Errc::Negative);
    EXPECT_EQ(err(call::income_topup(kNull1899, N(8000000), N(4), N(serial(2007, 1, 1)))),
              Errc::BeforeWageTable);
}
