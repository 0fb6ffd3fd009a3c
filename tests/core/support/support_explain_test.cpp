// SUPPORT_EXPLAIN (BT.2.2-2.4, BT.3): multiple × wage on which date and which decree, the bonus.
#include <gtest/gtest.h>

#include <string>

#include "call.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

TEST(BT_2_2, SupportExplainVietnamese) {
    const auto r =
        call::support_explain(kNull1899, T(u"TS"), N(serial(2012, 12, 1)), M(), M(), M());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r,
              "Tiến sĩ / chuyên khoa II, hỗ trợ sinh hoạt: 45 × 1.050.000 đồng (lương tối thiểu "
              "chung / lương cơ sở ngày 01/12/2012, Nghị định 31/2012/NĐ-CP) = 47.250.000 đồng "
              "(Điều 2 khoản 2 điểm a, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận)");
}

TEST(BT_2_4, SupportExplainWithBonusEnglish) {
    const auto r = call::support_explain(kNull1899, T(u"ThS"), N(serial(2012, 12, 1)),
                                         T(u"standard"), N(1), T(u"en"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r,
              "Master / CKI, living support: 25 × 1,050,000 dong (minimum / base wage on "
              "2012-12-01, Nghị định 31/2012/NĐ-CP) = 26,250,000 dong (Article 2(2)(b), Decision "
              "49/2012/QĐ-UBND of Bình Thuận province) + 5,000,000 dong encouragement (ethnic "
              "minority, female or Phú Quý; Article 2(4), Decision 49/2012/QĐ-UBND of Bình Thuận "
              "province) = 31,250,000 dong");
}

TEST(BT_3, SupportExplainAttractionNoBonus) {
    const auto r = call::support_explain(kNull1899, T(u"TS"), N(serial(2012, 12, 1)),
                                         T(u"attraction"), N(1), T(u"en"));
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r->find("63,000,000 dong (Article 3,"), std::string::npos) << *r;
    EXPECT_NE(r->find("no encouragement bonus"), std::string::npos) << *r;
}

TEST(BT_2_2, SupportExplainReasons) {
    const auto code =
        call::support_explain(kNull1899, T(u"PhD"), N(serial(2012, 12, 1)), M(), M(), T(u"en"));
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(*code,
              "Degree is not an accepted code: \"PhD\" (accepted: TS, tiến sĩ, doctorate, CKII, "
              "CK2 | ThS, thạc sĩ, master, CKI, CK1)");
    const auto early =
        call::support_explain(kNull1899, T(u"TS"), N(serial(2007, 1, 1)), M(), M(), T(u"en"));
    ASSERT_TRUE(early.ok());
    EXPECT_NE(early->find("before the first row of the base-wage table"), std::string::npos);
    const auto boolean =
        call::support_explain(kNull1899, T(u"TS"), N(serial(2012, 12, 1)), M(), N(3), M());
    ASSERT_TRUE(boolean.ok());
    EXPECT_NE(boolean->find("TRUE/FALSE"), std::string::npos) << *boolean;
    EXPECT_FALSE(
        call::support_explain(kNull1899, T(u"TS"), N(serial(2012, 12, 1)), M(), M(), T(u"fr"))
            .ok());
}
