// Range arguments and array results: the shapes every array function relies on.
#include "vnpolicy/matrix.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {
// A stand-in scalar rule: a + b, refusing text.
Result<double> add(const Arg& a, const Arg& b) {
    if (a.kind != Arg::Kind::Number || b.kind != Arg::Kind::Number) {
        return Error{Errc::NotNumber, "x"};
    }
    return a.number + b.number;
}
}  // namespace

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

TEST(Elementwise, RangesOfOneShapeAndBroadcastValues) {
    const std::vector<Arg> a = {N(1), N(2), N(3)};
    const std::vector<Arg> b = {N(10), N(20), N(30)};
    const auto m =
        elementwise(add, {"A", "B"}, Arg::range(a.data(), 3, 1), Arg::range(b.data(), 3, 1));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->values, (std::vector<double>{11, 22, 33}));
    const auto s = elementwise(add, {"A", "B"}, Arg::range(a.data(), 3, 1), N(100));
    EXPECT_EQ(s->values, (std::vector<double>{101, 102, 103}));
    const auto one = elementwise(add, {"A", "B"}, N(1), N(2));
    EXPECT_EQ(one->rows, 1u);
    EXPECT_EQ(one->values, (std::vector<double>{3}));
}

TEST(Elementwise, ErrorsNameTheArgumentOrTheCell) {
    const std::vector<Arg> a = {N(1), N(2), N(3)};
    const std::vector<Arg> b = {N(1), N(2)};
    const auto bad =
        elementwise(add, {"A", "B"}, Arg::range(a.data(), 3, 1), Arg::range(b.data(), 2, 1));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, Errc::ShapeMismatch);
    EXPECT_EQ(bad.error().arg, "B");
    const std::vector<Arg> t = {N(1), T(u"x"), N(3)};
    const auto text = elementwise(add, {"A", "B"}, Arg::range(t.data(), 3, 1), N(1));
    EXPECT_EQ(text.error().code, Errc::NotNumber);
}
