// Range arguments and array results: the shapes every array function relies on.
#include "vnpolicy/matrix.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

TEST(Range, ElementsAndShape) {
    const std::vector<Arg> cells = {N(1), N(2), N(3), N(4), N(5), N(6)};
    const Arg r = Arg::range(cells.data(), 2, 3);
    EXPECT_EQ(r.kind, Arg::Kind::Range);
    EXPECT_EQ(r.elements().size(), 6u);
    EXPECT_EQ(r.elements()[5].number, 6);
    EXPECT_EQ(r.row_count(), 2u);
    EXPECT_EQ(r.col_count(), 3u);
    const Arg one = N(7);  // a single value is 1 × 1
    EXPECT_EQ(one.elements().size(), 1u);
    EXPECT_EQ(one.elements()[0].number, 7);
    EXPECT_TRUE(same_shape(one, N(1)));
    EXPECT_FALSE(same_shape(one, r));
    EXPECT_FALSE(same_shape(r, Arg::range(cells.data(), 3, 2)));
}
