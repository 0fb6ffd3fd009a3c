// POLICY_INFO and cross-cutting argument rules of the contract layer.
#include <gtest/gtest.h>

#include <string>

#include "call.hpp"
#include "common/version.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

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

TEST(Contract, ErrorsNameTheArgumentAndValue) {
    const auto r = call::compensation(N(1), N(108), N(-3), M(), M(), M());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::Negative);
    EXPECT_EQ(r.error().arg, "ServedMonths");
    EXPECT_EQ(r.error().value, -3);
}

TEST(Contract, ArgumentsCheckedInOrder) {
    // Several bad arguments: the first one in contract order is reported.
    const auto r = call::compensation(N(-1), N(-2), N(-3), N(9), T(u"xx"), N(0));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().arg, "Cost");
    const auto c = call::commitment_months(N(-1), T(u"xx"), N(9));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().arg, "TrainingMonths");
}

TEST(Contract, NegativeZeroIsZero) {
    const auto r = call::compensation(N(-0.0), N(108), N(36), M(), M(), M());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, 0);
}

TEST(Contract, DeterministicAcrossCalls) {
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(*call::compensation(N(50000000), N(108), N(36), M(), M(), M()), 33333333);
    }
}
