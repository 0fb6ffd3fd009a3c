// TRAINING_ELIGIBLE and ELIGIBILITY_EXPLAIN (POLICY.md BT.1): the 41st / 46th birthday, the 5th
// service anniversary, good years, discipline, first course, and bad input.
#include <gtest/gtest.h>

#include <string>

#include "call.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {
Result<double> elig(CivilDate birth, CivilDate start, CivilDate send, std::u16string_view staff,
                    double good, Arg discipline = M(), Arg first = M()) {
    return call::training_eligible(kNull1899, N(serial(birth.year, birth.month, birth.day)),
                                   N(serial(start.year, start.month, start.day)),
                                   N(serial(send.year, send.month, send.day)), T(staff), N(good),
                                   discipline, first);
}
constexpr CivilDate kBirth{1980, 6, 15};
constexpr CivilDate kStart{2010, 3, 1};
}  // namespace

TEST(BT_1, ContractExample) {
    // 9 full years of service, age 39, 3 good years, civil servant.
    EXPECT_EQ(ok(elig(kBirth, kStart, {2019, 9, 1}, u"công chức", 3)), 1);
}

TEST(BT_1c, CivilServantOn41stBirthday) {
    EXPECT_EQ(ok(elig(kBirth, kStart, {2021, 6, 14}, u"công chức", 3)), 1);  // 40
    EXPECT_EQ(ok(elig(kBirth, kStart, {2021, 6, 15}, u"cán bộ", 3)), 0);     // 41 today
    EXPECT_EQ(ok(elig(kBirth, kStart, {2021, 6, 15}, u"civil servant", 3)), 0);
}

TEST(BT_1c, PublicEmployeeUntil45) {
    EXPECT_EQ(ok(elig(kBirth, kStart, {2021, 6, 15}, u"viên chức", 3)), 1);        // 41
    EXPECT_EQ(ok(elig(kBirth, kStart, {2026, 6, 14}, u"vien chuc", 3)), 1);        // 45
    EXPECT_EQ(ok(elig(kBirth, kStart, {2026, 6, 15}, u"public employee", 3)), 0);  // 46
}

TEST(BT_1c, AgeOnlyForAFirstPostgraduateCourse) {
    EXPECT_EQ(ok(elig(kBirth, kStart, {2030, 1, 1}, u"công chức", 3, M(), N(0))), 1);  // 49
    EXPECT_EQ(ok(elig(kBirth, kStart, {2030, 1, 1}, u"công chức", 3, M(), N(1))), 0);
}

TEST(BT_1a, FifthServiceAnniversary) {
    EXPECT_EQ(ok(elig({1990, 1, 1}, {2014, 9, 1}, {2019, 9, 1}, u"viên chức", 3)), 1);
    EXPECT_EQ(ok(elig({1990, 1, 1}, {2014, 9, 1}, {2019, 8, 31}, u"viên chức", 3)), 0);
    // 29 February start: the anniversary in a common year is 28 February (as EDATE).
    EXPECT_EQ(ok(elig({1990, 1, 1}, {2016, 2, 29}, {2021, 2, 28}, u"viên chức", 3)), 1);
    EXPECT_EQ(ok(elig({1990, 1, 1}, {2016, 2, 29}, {2021, 2, 27}, u"viên chức", 3)), 0);
}

TEST(BT_1dd, ThreeGoodYears) {
    EXPECT_EQ(ok(elig(kBirth, kStart, {2019, 9, 1}, u"công chức", 2)), 0);
    EXPECT_EQ(ok(elig(kBirth, kStart, {2019, 9, 1}, u"công chức", 7)), 1);
}

TEST(BT_1e, NotUnderDiscipline) {
    EXPECT_EQ(ok(elig(kBirth, kStart, {2019, 9, 1}, u"công chức", 3, N(1))), 0);
    EXPECT_EQ(ok(elig(kBirth, kStart, {2019, 9, 1}, u"công chức", 3, N(0))), 1);
}

TEST(BT_1, BadInput) {
    EXPECT_EQ(err(elig({2011, 1, 1}, kStart, {2019, 9, 1}, u"công chức", 3)), Errc::DateOrder);
    EXPECT_EQ(err(elig(kBirth, kStart, {2009, 9, 1}, u"công chức", 3)), Errc::DateOrder);
    EXPECT_EQ(err(elig(kBirth, kStart, {2019, 9, 1}, u"nhân viên", 3)), Errc::UnknownCode);
    EXPECT_EQ(err(elig(kBirth, kStart, {2019, 9, 1}, u"công chức", 2.5)), Errc::NotWhole);
    EXPECT_EQ(err(elig(kBirth, kStart, {2019, 9, 1}, u"công chức", -1)), Errc::Negative);
    EXPECT_EQ(err(elig(kBirth, kStart, {2019, 9, 1}, u"công chức", 3, N(2))), Errc::OutOfRange);
    EXPECT_EQ(err(elig(kBirth, kStart, {2019, 9, 1}, u"công chức", 3, M(), T(u"yes"))),
              Errc::NotNumber);
}

TEST(BT_1, ExplainEachCondition) {
    const double b = serial(1980, 6, 15), s = serial(2010, 3, 1), d = serial(2021, 6, 15);
    const auto vi = call::eligibility_explain(kNull1899, N(b), N(s), N(d), T(u"công chức"), N(3),
                                              M(), M(), M());
    ASSERT_TRUE(vi.ok());
    EXPECT_EQ(vi->rfind("Không đủ điều kiện", 0), 0u) << *vi;
    EXPECT_NE(vi->find("a) thời gian công tác 11 năm, cần từ 5 năm: đạt"), std::string::npos)
        << *vi;
    EXPECT_NE(vi->find("c) tuổi 41 khi được cử đi, cán bộ, công chức không quá 40 tuổi: không đạt"),
              std::string::npos)
        << *vi;
    EXPECT_NE(vi->find("b) ngành đào tạo"), std::string::npos) << *vi;
    EXPECT_NE(vi->find("do người dùng tự đánh giá"), std::string::npos) << *vi;
    EXPECT_NE(vi->find("ít nhất 3 lần"), std::string::npos) << *vi;
    const auto en = call::eligibility_explain(kNull1899, N(b), N(s), N(serial(2019, 9, 1)),
                                              T(u"civil servant"), N(3), M(), M(), T(u"en"));
    ASSERT_TRUE(en.ok());
    EXPECT_EQ(en->rfind("Eligible", 0), 0u) << *en;
    EXPECT_NE(en->find("c) age 39 when sent, at most 40 for a civil servant: met"),
              std::string::npos)
        << *en;
    EXPECT_NE(en->find("for the user to judge"), std::string::npos) << *en;
    const auto bad = call::eligibility_explain(kNull1899, N(b), N(s), N(serial(2009, 1, 1)),
                                               T(u"công chức"), N(3), M(), M(), T(u"en"));
    ASSERT_TRUE(bad.ok());
    EXPECT_EQ(*bad, "SendDate cannot be before ServiceStartDate");
    const auto code =
        call::eligibility_explain(kNull1899, N(b), N(s), N(d), T(u"x"), N(3), M(), M(), T(u"en"));
    ASSERT_TRUE(code.ok());
    EXPECT_NE(code->find("công chức, cán bộ, civil servant | viên chức, public employee"),
              std::string::npos)
        << *code;
    EXPECT_FALSE(call::eligibility_explain(kNull1899, N(b), N(s), N(d), T(u"công chức"), N(3), M(),
                                           M(), T(u"de"))
                     .ok());
}
