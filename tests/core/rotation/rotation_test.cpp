// ROTATION_SUPPORT and ROTATION_EXPLAIN: every route and component, both genders, the transfer
// cap, island visits and the 15 km condition (POLICY.md BT.12-13), hand-computed.
#include <gtest/gtest.h>

#include <string>

#include "call.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {
double rot(std::u16string_view route, double months, std::u16string_view gender,
           std::u16string_view component, Arg kind = M(), Arg island = M(), Arg km = M()) {
    const auto r =
        call::rotation_support(T(route), N(months), T(gender), kind, island, km, T(component));
    EXPECT_TRUE(r.ok()) << "error " << static_cast<int>(r.error().code) << " " << r.error().arg;
    return r.ok() ? *r : -1;
}
}  // namespace

TEST(BT_12, ContractExample) {
    // T-H, 24 months, male: rent 500,000 × 24 + initial 4,000,000 + visits 300,000 × 24 +
    // meals 400,000 × 6 = 12,000,000 + 4,000,000 + 7,200,000 + 2,400,000.
    const auto r = call::rotation_support(T(u"T-H"), N(24), T(u"nam"), M(), M(), M(), M());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, 25600000);
}

TEST(BT_12_2, RentPerRoute) {
    EXPECT_EQ(rot(u"H-T", 24, u"nam", u"rent"), 16800000);  // a) 700,000
    EXPECT_EQ(rot(u"T-H", 24, u"nam", u"rent"), 12000000);  // b) 500,000
    EXPECT_EQ(rot(u"H-H", 24, u"nam", u"rent"), 12000000);  // c) 500,000
    EXPECT_EQ(rot(u"H-X", 24, u"nam", u"rent"), 9600000);   // d) 400,000
}

TEST(BT_12_2e, TransferRentAtMost36Months) {
    EXPECT_EQ(rot(u"H-X", 48, u"nam", u"rent", T(u"transfer")), 14400000);  // 400,000 × 36
    EXPECT_EQ(rot(u"H-X", 36, u"nam", u"rent", T(u"điều động")), 14400000);
    EXPECT_EQ(rot(u"H-X", 24, u"nam", u"rent", T(u"dieu dong")), 9600000);
    EXPECT_EQ(rot(u"H-X", 48, u"nam", u"rent", T(u"luân chuyển")), 19200000);  // rotation: all
    // Visits are not capped: 200,000 × 48.
    EXPECT_EQ(rot(u"H-X", 48, u"nam", u"visit", T(u"transfer")), 9600000);
    // Total: 14,400,000 + 2,000,000 + 9,600,000 + 2,400,000.
    EXPECT_EQ(rot(u"H-X", 48, u"nam", u"total", T(u"transfer")), 28400000);
}

TEST(BT_12_3, InitialSupportBothGenders) {
    for (const auto* route : {u"H-T", u"T-H", u"H-H"}) {
        EXPECT_EQ(rot(route, 24, u"nam", u"initial"), 4000000);
        EXPECT_EQ(rot(route, 24, u"M", u"initial"), 4000000);
        EXPECT_EQ(rot(route, 24, u"male", u"initial"), 4000000);
        EXPECT_EQ(rot(route, 24, u"nữ", u"initial"), 5000000);
        EXPECT_EQ(rot(route, 24, u"F", u"initial"), 5000000);
        EXPECT_EQ(rot(route, 24, u"female", u"initial"), 5000000);
    }
    // b) district → commune: 50 %.
    EXPECT_EQ(rot(u"H-X", 24, u"nam", u"initial"), 2000000);
    EXPECT_EQ(rot(u"H-X", 24, u"nu", u"initial"), 2500000);
    EXPECT_EQ(rot(u"H-X", 24, u"nu", u"initial", T(u"transfer")), 2500000);
}

TEST(BT_12_4, FamilyVisitsPerMonth) {
    EXPECT_EQ(rot(u"H-T", 24, u"nam", u"visit"), 7200000);  // 300,000
    EXPECT_EQ(rot(u"T-H", 24, u"nam", u"visit"), 7200000);
    EXPECT_EQ(rot(u"H-H", 24, u"nam", u"visit"), 7200000);
    EXPECT_EQ(rot(u"H-X", 24, u"nam", u"visit"), 4800000);  // b) 200,000
}

TEST(BT_12_4a, IslandVisits) {
    EXPECT_EQ(rot(u"T-H", 12, u"nam", u"visit", M(), N(1)), 6000000);  // 500,000 × 12
    EXPECT_EQ(rot(u"H-T", 12, u"nam", u"visit", M(), N(1)), 6000000);
    EXPECT_EQ(rot(u"H-H", 12, u"nam", u"visit", M(), N(1)), 6000000);
    EXPECT_EQ(rot(u"T-H", 12, u"nam", u"visit", M(), N(0)), 3600000);
    // Total T-H 12 months island: 6,000,000 + 4,000,000 + 6,000,000 + 2,400,000.
    EXPECT_EQ(rot(u"T-H", 12, u"nam", u"total", M(), N(1)), 18400000);
    EXPECT_EQ(err(call::rotation_support(T(u"H-X"), N(12), T(u"nam"), M(), N(1), M(), M())),
              Errc::OutOfRange);
}

TEST(BT_12_5, MealsFirstSixMonths) {
    EXPECT_EQ(rot(u"T-H", 24, u"nam", u"meals"), 2400000);
    EXPECT_EQ(rot(u"H-X", 6, u"nam", u"meals"), 2400000);
    EXPECT_EQ(rot(u"H-T", 4, u"nam", u"meals"), 1600000);
    EXPECT_EQ(rot(u"H-H", 0, u"nam", u"meals"), 0);
}

TEST(BT_12, EveryRouteTotal) {
    EXPECT_EQ(rot(u"H-T", 24, u"nam", u"total"), 30400000);
    EXPECT_EQ(rot(u"huyện-tỉnh", 24, u"nam", u"total"), 30400000);
    EXPECT_EQ(rot(u"tỉnh-huyện", 24, u"nữ", u"total"), 26600000);
    EXPECT_EQ(rot(u"huyen huyen", 24, u"nam", u"total"), 25600000);
    EXPECT_EQ(rot(u"huyện-xã", 24, u"nam", u"total"), 18800000);
    EXPECT_EQ(rot(u" h.x ", 24, u"NỮ", u"TOTAL"), 19300000);
}

TEST(BT_12, MonthsRoundedHalfUp) {
    EXPECT_EQ(rot(u"T-H", 23.5, u"nam", u"total"), 25600000);
    EXPECT_EQ(rot(u"T-H", 24.4, u"nam", u"total"), 25600000);
}

TEST(BT_13, DistanceBelowAndAt15Km) {
    EXPECT_EQ(rot(u"T-H", 24, u"nam", u"total", M(), M(), N(14.9)), 0);
    EXPECT_EQ(rot(u"T-H", 24, u"nam", u"initial", M(), M(), N(0)), 0);
    EXPECT_EQ(rot(u"T-H", 24, u"nam", u"total", M(), M(), N(15)), 25600000);
    EXPECT_EQ(rot(u"T-H", 24, u"nam", u"total", M(), M(), N(120)), 25600000);
}

TEST(BT_12, RotationErrors) {
    const auto call = [](Arg route, Arg months, Arg gender, Arg kind, Arg island, Arg km,
                         Arg comp) {
        return err(call::rotation_support(route, months, gender, kind, island, km, comp));
    };
    EXPECT_EQ(call(T(u"T-X"), N(24), T(u"nam"), M(), M(), M(), M()), Errc::UnknownCode);
    EXPECT_EQ(call(T(u"T-H"), N(-1), T(u"nam"), M(), M(), M(), M()), Errc::Negative);
    EXPECT_EQ(call(T(u"T-H"), T(u"24"), T(u"nam"), M(), M(), M(), M()), Errc::NotNumber);
    EXPECT_EQ(call(T(u"T-H"), N(24), T(u"other"), M(), M(), M(), M()), Errc::UnknownCode);
    EXPECT_EQ(call(T(u"T-H"), N(24), T(u"nam"), T(u"transfer"), M(), M(), M()), Errc::OutOfRange);
    EXPECT_EQ(call(T(u"T-H"), N(24), T(u"nam"), T(u"secondment"), M(), M(), M()),
              Errc::UnknownCode);
    EXPECT_EQ(call(T(u"T-H"), N(24), T(u"nam"), M(), N(2), M(), M()), Errc::OutOfRange);
    EXPECT_EQ(call(T(u"T-H"), N(24), T(u"nam"), M(), M(), N(-1), M()), Errc::Negative);
    EXPECT_EQ(call(T(u"T-H"), N(24), T(u"nam"), M(), M(), M(), T(u"thuê nhà")), Errc::UnknownCode);
    EXPECT_EQ(call(M(), N(24), T(u"nam"), M(), M(), M(), M()), Errc::Missing);
}

TEST(BT_12, ExplainListsEveryComponent) {
    const auto vi = call::rotation_explain(T(u"T-H"), N(24), T(u"nam"), M(), M(), M(), M());
    ASSERT_TRUE(vi.ok());
    EXPECT_EQ(*vi,
              "Luân chuyển T-H (tỉnh → huyện), nam, 24 tháng: thuê nhà 500.000 đồng/tháng × 24 "
              "tháng = 12.000.000 đồng (Điều 12 khoản 2 điểm b, Quyết định 49/2012/QĐ-UBND tỉnh "
              "Bình Thuận); hỗ trợ ban đầu (một lần) 4.000.000 đồng (Điều 12 "
              "khoản 3 điểm a, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận); thăm gia đình 300.000 "
              "đồng/tháng × 24 tháng = 7.200.000 đồng (Điều 12 khoản 4 điểm a, Quyết định "
              "49/2012/QĐ-UBND tỉnh Bình Thuận); tiền ăn 400.000 đồng/tháng × 6 tháng (6 tháng "
              "đầu) = 2.400.000 đồng (Điều 12 khoản 5, Quyết định 49/2012/QĐ-UBND tỉnh Bình "
              "Thuận). Tổng cộng: 25.600.000 đồng");
    const auto en =
        call::rotation_explain(T(u"H-X"), N(48), T(u"F"), T(u"transfer"), M(), M(), T(u"en"));
    ASSERT_TRUE(en.ok());
    EXPECT_NE(en->find("rent 400,000 dong/month × 36 months (transfer: at most 36 months"),
              std::string::npos)
        << *en;
    EXPECT_NE(en->find("initial support (once) 50% × 5,000,000 dong = 2,500,000 dong"),
              std::string::npos)
        << *en;
    EXPECT_NE(en->find("Total: 28,900,000 dong"), std::string::npos) << *en;
    const auto close =
        call::rotation_explain(T(u"T-H"), N(24), T(u"nam"), M(), M(), N(10), T(u"en"));
    ASSERT_TRUE(close.ok());
    EXPECT_NE(close->find("10 km is below 15 km"), std::string::npos) << *close;
    EXPECT_NE(close->find("rent 500,000 dong/month × 24 months → 0 dong"), std::string::npos)
        << *close;
    EXPECT_NE(close->find("Total: 0 dong"), std::string::npos) << *close;
}

TEST(BT_12, ExplainGivesTheReason) {
    const auto bad = call::rotation_explain(T(u"T-X"), N(24), T(u"nam"), M(), M(), M(), T(u"en"));
    ASSERT_TRUE(bad.ok());
    EXPECT_EQ(*bad,
              "Route is not an accepted code: \"T-X\" (accepted: H-T, huyện-tỉnh | T-H, tỉnh-huyện "
              "| H-H, huyện-huyện | H-X, huyện-xã)");
    const auto kind =
        call::rotation_explain(T(u"T-H"), N(24), T(u"nam"), T(u"transfer"), M(), M(), M());
    ASSERT_TRUE(kind.ok());
    EXPECT_NE(kind->find("H-X"), std::string::npos) << *kind;
    EXPECT_FALSE(call::rotation_explain(T(u"T-H"), N(24), T(u"nam"), M(), M(), M(), T(u"fr")).ok());
    EXPECT_FALSE(call::rotation_explain(T(u"T-H"), N(24), T(u"nam"), M(), M(), M(), N(1)).ok());
}

// BT.16.2c rounding is named in the explanation (35.6 months -> 36), and zero months point at an
// empty cell.
TEST(BT_12, ExplainNamesRoundedMonthsAndEmptyMonths) {
    const auto rounded = call::rotation_explain(T(u"H-T"), N(35.6), T(u"nam"), M(), M(), M(), M());
    ASSERT_TRUE(rounded.ok());
    EXPECT_NE(rounded->find("36 tháng (35,6 làm tròn)"), std::string::npos) << *rounded;
    const auto zero = call::rotation_explain(T(u"H-T"), N(0), T(u"nam"), M(), M(), M(), T(u"en"));
    ASSERT_TRUE(zero.ok());
    EXPECT_NE(zero->find("Months is 0: if its cell is empty"), std::string::npos) << *zero;
}
