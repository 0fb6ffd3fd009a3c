// STUDY_ALLOWANCE, STUDY_MATERIALS, TUITION_SUPPORT: hand-computed values per rule id
// (POLICY.md BT.2.1, BT.6.3-6.5, BT.9).
#include <gtest/gtest.h>

#include "call.hpp"
#include "common/fold.hpp"
#include "data/policy_data.hpp"
#include "data/support_data.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

TEST(BT_6_4, ProfessionalMealsInAndOutOfProvince) {
    EXPECT_EQ(ok(call::study_allowance(N(20), T(u"professional"), M(), M())), 400000);
    EXPECT_EQ(ok(call::study_allowance(N(20), T(u"chuyên môn"), N(0), M())), 400000);
    EXPECT_EQ(ok(call::study_allowance(N(20), T(u"chuyen mon"), N(1), M())), 600000);
    EXPECT_EQ(ok(call::study_allowance(N(0), T(u"professional"), N(1), N(1))), 0);
}

TEST(BT_6_5, ProfessionalEncouragementPerDay) {
    EXPECT_EQ(ok(call::study_allowance(N(20), T(u"professional"), N(0), N(1))), 600000);
    EXPECT_EQ(ok(call::study_allowance(N(20), T(u"professional"), N(1), N(1))), 800000);
}

TEST(BT_9, PoliticalMealsInProvinceOnly) {
    EXPECT_EQ(ok(call::study_allowance(N(20), T(u"political"), M(), M())), 400000);
    EXPECT_EQ(ok(call::study_allowance(N(20), T(u"lý luận chính trị"), N(1), M())), 0);
    EXPECT_EQ(ok(call::study_allowance(N(20), T(u"LLCT"), N(0), N(1))), 600000);
    // The encouragement is paid wherever the class is held (FUNCTIONS.md).
    EXPECT_EQ(ok(call::study_allowance(N(20), T(u"llct"), N(1), N(1))), 200000);
}

TEST(BT_6_4, StudyAllowanceErrors) {
    EXPECT_EQ(err(call::study_allowance(N(2.5), T(u"LLCT"), M(), M())), Errc::NotWhole);
    EXPECT_EQ(err(call::study_allowance(N(-1), T(u"LLCT"), M(), M())), Errc::Negative);
    EXPECT_EQ(err(call::study_allowance(T(u"20"), T(u"LLCT"), M(), M())), Errc::NotNumber);
    EXPECT_EQ(err(call::study_allowance(N(20), T(u"postgraduate"), M(), M())), Errc::UnknownCode);
    EXPECT_EQ(err(call::study_allowance(N(20), T(u"LLCT"), N(2), M())), Errc::OutOfRange);
    EXPECT_EQ(err(call::study_allowance(N(20), T(u"LLCT"), M(), N(-1))), Errc::OutOfRange);
    EXPECT_EQ(err(call::study_allowance(N(1e300), T(u"LLCT"), M(), M())), Errc::TooLarge);
}

TEST(BT_9, StudyMaterialsPerSchoolYear) {
    EXPECT_EQ(ok(call::study_materials(T(u"intermediate"), N(2))), 600000);
    EXPECT_EQ(ok(call::study_materials(T(u"trung cấp"), N(1))), 300000);
    EXPECT_EQ(ok(call::study_materials(T(u"cao cấp"), N(2))), 1000000);
    EXPECT_EQ(ok(call::study_materials(T(u"ADVANCED"), N(0))), 0);
    EXPECT_EQ(err(call::study_materials(T(u"cao cấp"), N(1.5))), Errc::NotWhole);
    EXPECT_EQ(err(call::study_materials(T(u"cao cấp"), N(-1))), Errc::Negative);
    EXPECT_EQ(err(call::study_materials(T(u"sơ cấp"), N(1))), Errc::UnknownCode);
}

TEST(BT_2_1, PostgraduateTuitionInFull) {
    EXPECT_EQ(ok(call::tuition_support(N(10000000), T(u"postgraduate"), M())), 10000000);
    EXPECT_EQ(ok(call::tuition_support(N(10000000), T(u"sau đại học"), T(u"Hàm Tân"))), 10000000);
}

TEST(BT_6_3, ProfessionalTuitionHalf) {
    EXPECT_EQ(ok(call::tuition_support(N(10000000), T(u"chuyên môn"), M())), 5000000);
    EXPECT_EQ(ok(call::tuition_support(N(10000000), T(u"professional"), T(u"Hàm Tân"))), 5000000);
    EXPECT_EQ(ok(call::tuition_support(N(10000000), T(u"professional"), T(u""))), 5000000);
    EXPECT_EQ(ok(call::tuition_support(N(10000000), T(u"professional"), N(0))), 5000000);
    // 10,000,001 × 50 % = 5,000,000.5 → 5,000,001 (half away from zero)
    EXPECT_EQ(ok(call::tuition_support(N(10000001), T(u"professional"), M())), 5000001);
}

TEST(BT_6_3, EachOfTheTwelveHighlandCommunes) {
    const std::u16string_view communes[] = {u"Phan Dũng", u"Phan Điền",  u"Phan Tiến", u"Phan Lâm",
                                            u"Phan Sơn",  u"Đông Giang", u"Đông Tiến", u"La Dạ",
                                            u"Đa Mi",     u"Hàm Cần",    u"Mỹ Thạnh",  u"La Ngâu"};
    for (const auto c : communes) {
        EXPECT_EQ(ok(call::tuition_support(N(10000000), T(u"chuyên môn"), T(c))), 10000000)
            << utf16_to_utf8(c);
    }
    EXPECT_EQ(policy_data().support->highland_communes.size(), 12u);
    // Folded like codes.
    EXPECT_EQ(ok(call::tuition_support(N(10000000), T(u"chuyên môn"), T(u" phan dung "))),
              10000000);
    EXPECT_EQ(ok(call::tuition_support(N(10000000), T(u"chuyên môn"), T(u"DONG GIANG"))), 10000000);
}

TEST(BT_6_3, TuitionErrors) {
    EXPECT_EQ(err(call::tuition_support(N(-1), T(u"professional"), M())), Errc::Negative);
    EXPECT_EQ(err(call::tuition_support(N(10), T(u"political"), M())), Errc::UnknownCode);
    EXPECT_EQ(err(call::tuition_support(N(10), T(u"professional"), N(5))), Errc::NotText);
    EXPECT_EQ(err(call::tuition_support(M(), T(u"professional"), M())), Errc::Missing);
}
