// The catalog's reader (common/read_args.hpp) through the functions: cross-cutting argument
// rules of the contract.
#include <gtest/gtest.h>

#include <string>

#include "call.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

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
