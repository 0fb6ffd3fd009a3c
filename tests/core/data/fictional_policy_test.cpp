// A new decree is data only: vnpolicy_core_fictional embeds the shipped data plus a fictitious
// fourth policy, XX2030 (tests/core/data/policies/XX2030.toml: commitment 4 × the training time,
// case 2 at 70 %, a second group with fixed months and case 3 only). The same C++ computes and
// explains it, and the help names it; the shipped policies are unchanged.
#include <gtest/gtest.h>

#include <string>

#include "call.hpp"
#include "data/policy_data.hpp"
#include "test_util.hpp"
#include "vnpolicy/catalog.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {
double comp(Arg cost, Arg t1, Arg t2, Arg c, Arg g = M()) {
    const auto r = call::compensation(cost, t1, t2, c, T(u"XX2030"), g);
    EXPECT_TRUE(r.ok()) << "error " << static_cast<int>(r.error().code) << " on " << r.error().arg;
    return r.ok() ? *r : -1;
}
std::string explain(Arg cost, Arg t1, Arg t2, Arg c, Arg lang, Arg g = M()) {
    const auto r = call::compensation_explain(cost, t1, t2, c, T(u"xx-2030"), lang, g);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : std::string("<error>");
}
}  // namespace

TEST(XX2030, LoadedAsAFourthPolicy) {
    const PolicyData& d = policy_data();
    ASSERT_EQ(d.policies.size(), 4u);
    EXPECT_EQ(d.policies[3].code, "XX2030");
    EXPECT_EQ(d.policy(d.default_compensation).code, "BT2012");
    EXPECT_EQ(d.max_group, 5);  // KH2023 still has the most groups
}

TEST(XX2030, CommitmentMonths) {
    EXPECT_EQ(*call::commitment_months(N(24), T(u"XX2030"), M()), 96);      // 4 × 24
    EXPECT_EQ(*call::commitment_months(N(24.5), T(u"XX2030"), N(1)), 100);  // 4 × 25
    EXPECT_EQ(*call::commitment_months(N(24), T(u"XX2030"), N(2)), 48);     // fixed
    const auto r = call::commitment_months(N(24), T(u"XX2030"), N(3));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::GroupNotInPolicy);
}

TEST(XX2030, Compensation) {
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(2)), 35000000);      // 70 %
    EXPECT_EQ(comp(N(50000000), N(108), N(36), N(1)), 50000000);      // 100 %
    EXPECT_EQ(comp(N(40000000), N(96), N(24), M()), 30000000);        // 40M / 96 × 72
    EXPECT_EQ(comp(N(10000000), N(48), N(12), N(3), N(2)), 7500000);  // 10M × 36 / 48
    EXPECT_EQ(comp(N(10000000), N(48), N(50), N(3), N(2)), 0);
    const auto g3 = call::compensation(N(1), N(48), N(12), M(), T(u"XX2030"), N(3));
    ASSERT_FALSE(g3.ok());
    EXPECT_EQ(g3.error().code, Errc::GroupNotInPolicy);
    const auto c1 = call::compensation(N(1), N(48), N(12), N(1), T(u"XX2030"), N(2));
    ASSERT_FALSE(c1.ok());
    EXPECT_EQ(c1.error().code, Errc::CaseNotForGroup);
    // The shipped policies are unchanged by the new file.
    EXPECT_EQ(*call::compensation(N(50000000), N(108), N(36), M(), M(), M()), 33333333);
}

TEST(XX2030, Explanations) {
    EXPECT_EQ(explain(N(50000000), N(108), N(36), N(2), M()),
              "Trường hợp 2 (không được cấp bằng tốt nghiệp): đền bù 70% chi phí đào tạo: S = 70% "
              "× 50.000.000 = 35.000.000 đồng (Điều 7 khoản 2, Quyết định 99/2030/QĐ-UBND tỉnh Hư "
              "Cấu)");
    EXPECT_EQ(explain(N(40000000), N(96), N(24), M(), T(u"en")),
              "S = F/T1 × (T1 − T2) = 40,000,000 / 96 × (96 − 24) = 30,000,000 dong (Article "
              "7(3), Decision 99/2030/QĐ-UBND of Hư Cấu province)");
    EXPECT_EQ(explain(N(10000000), N(48), N(12), N(3), T(u"en"), N(2)),
              "S = B × (T1 − T2) / T1 = 10,000,000 × (48 − 12) / 48 = 7,500,000 dong; B is the "
              "attraction bonus received (group 2) (Article 8, Decision 99/2030/QĐ-UBND of Hư Cấu "
              "province)");
    EXPECT_EQ(explain(N(1), N(48), N(12), N(2), T(u"en"), N(2)),
              "Case 2 does not apply to group 2 of XX2030: cases 1 and 2 concern people sent to "
              "study; group 2 has only case 3 (Article 8, Decision 99/2030/QĐ-UBND of Hư Cấu "
              "province)");
    EXPECT_EQ(explain(N(1), N(48), N(12), N(3), M(), N(4)),
              "Chính sách (Policy) XX2030 không có nhóm 4 (các nhóm: 1, 2)");
}

TEST(XX2030, HelpNamesItFromTheData) {
    const FunctionInfo* f = find_function("COMMITMENT_MONTHS");
    ASSERT_NE(f, nullptr);
    const std::string en = description(*f, false);
    EXPECT_NE(en.find("XX2030 group 1 → 4 × the training months, group 2 → 48 months"),
              std::string::npos)
        << en;
    const std::string policy_help = arg_help(find_function("COMPENSATION")->args[4], true);
    EXPECT_NE(policy_help.find("\"XX2030\""), std::string::npos) << policy_help;
    const std::string compensation = description(*find_function("COMPENSATION"), true);
    EXPECT_NE(compensation.find("\"XX2030\" (99/2030/QĐ-UBND Hư Cấu)"), std::string::npos)
        << compensation;
    const std::string cases = description(*find_function("COMPENSATION"), false);
    EXPECT_NE(cases.find("70 % under XX2030"), std::string::npos) << cases;
    EXPECT_NE(call::policy_info()->find("XX2030 (99/2030/QĐ-UBND Hư Cấu)"), std::string::npos);
}
