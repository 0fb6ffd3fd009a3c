// The policy data loader: the shipped file is valid; malformed variants are refused with a
// message naming the bad entry.
#include "vnpolicy/policy_data.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "data_fixture.hpp"

using namespace vnpolicy;

using vnpolicy::test::error_of;
using vnpolicy::test::replaced;

TEST(PolicyData, EmbeddedFileIsValid) {
    const LoadResult r = load_policy_data(embedded_policy_toml());
    ASSERT_TRUE(r.data.has_value()) << r.error;
    const PolicyData& d = *r.data;
    EXPECT_EQ(d.reviewed, (CivilDate{2026, 11, 23}));
    EXPECT_EQ(d.max_cost.value, 1e15);
    EXPECT_EQ(d.max_months.value, 1200);
    EXPECT_EQ(d.max_people.value, 1e9);
    EXPECT_EQ(d.month_round_days.value, 15);
    EXPECT_EQ(d.month_round_days.cite.rule, "BT.16.2c");
    EXPECT_EQ(d.base_wage.size(), 12u);
    EXPECT_EQ(d.policy(PolicyId::BT2012).code, "BT2012");
    EXPECT_TRUE(d.policy(PolicyId::KH2023).compensation);
    EXPECT_FALSE(d.policy(PolicyId::ST2023).compensation);
}

TEST(BT_16_2, DataValuesAndRuleIds) {
    const PolicyData& d = policy_data();
    const auto& bt = d.compensation[0];
    const auto& kh = d.compensation[1];
    EXPECT_EQ(bt.case1.value, 1.0);
    EXPECT_EQ(bt.case1.cite.rule, "BT.16.2a");
    EXPECT_EQ(bt.case2.value, 0.5);
    EXPECT_EQ(bt.case2.cite.rule, "BT.16.2b");
    EXPECT_EQ(bt.case3.rule, "BT.16.2c");
    EXPECT_EQ(bt.case3.vi, "Điều 16 khoản 2 điểm c, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận");
    EXPECT_EQ(kh.case1.cite.rule, "KH.5.1b");
    EXPECT_EQ(kh.case2.value, 1.0);
    EXPECT_EQ(kh.case3.rule, "KH.5.1a");
    EXPECT_EQ(d.bt_commitment_factor.value, 3);
    EXPECT_EQ(d.kh_group1_factor.value, 2);
    EXPECT_EQ(d.kh_group_months[0].value, 60);
    EXPECT_EQ(d.kh_group_months[1].value, 72);
    EXPECT_EQ(d.kh_group_months[2].value, 60);
    EXPECT_EQ(d.kh_group_months[3].value, 60);
}

TEST(PolicyData, CodeMatching) {
    const PolicyData& d = policy_data();
    EXPECT_EQ(match_policy(d, "bt2012"), PolicyId::BT2012);
    EXPECT_EQ(match_policy(d, "kh2023"), PolicyId::KH2023);
    EXPECT_EQ(match_policy(d, "st2023"), PolicyId::ST2023);
    EXPECT_EQ(match_policy(d, "khanhhoa"), std::nullopt);
    EXPECT_EQ(match_policy(d, "hanoi"), std::nullopt);
    EXPECT_EQ(match_language(d, "vi"), Language::Vi);
    EXPECT_EQ(match_language(d, "tiengviet"), std::nullopt);
    EXPECT_EQ(match_language(d, "en"), Language::En);
    EXPECT_EQ(match_language(d, "fr"), std::nullopt);
}

TEST(PolicyData, LoadedOnceAndStable) {
    const PolicyData* a = &policy_data();
    const PolicyData* b = &policy_data();
    EXPECT_EQ(a, b);
}

TEST(PolicyData, RejectsMalformedVariants) {
    struct Row {
        std::string name;
        std::string text;
        std::string expected;  // a part of the message naming the bad entry
    };
    const std::vector<Row> rows = {
        {"missing rule id",
         replaced(R"(case2 = { value = 0.5, rule = "BT.16.2b", )", "case2 = { value = 0.5, "),
         "entry 'compensation.BT2012.case2' has no rule id"},
        {"missing rule id, other family", replaced(R"(rule = "KH.5.3", )", ""),
         "entry 'income_topup.group4_multiple' has no rule id"},
        {"empty rule id", replaced(R"(rule = "LIMIT.months")", R"(rule = "")"),
         "entry 'limits.max_months.rule' must be a non-empty string"},
        {"negative share",
         replaced("value = 0.5, rule = \"BT.16.2b\"", "value = -0.5, rule = \"BT.16.2b\""),
         "entry 'compensation.BT2012.case2.value' has a negative value"},
        {"negative wage", replaced("amount = 830000", "amount = -830000"),
         "entry 'base_wage[3] (2011-05-01).amount' has a negative value"},
        {"zero wage", replaced("amount = 830000", "amount = 0"),
         "entry 'base_wage[3] (2011-05-01).amount' must be above 0"},
        {"text amount", replaced("amount = 830000", "amount = \"830000\""),
         "entry 'base_wage[3] (2011-05-01).amount' must be a number"},
        {"unsorted wage dates", replaced("from = 2011-05-01", "from = 2013-05-01"),
         "entry 'base_wage[4] (2012-05-01)' is not after the previous row (2013-05-01)"},
        {"overlapping wage dates", replaced("from = 2010-05-01", "from = 2009-05-01"),
         "entry 'base_wage[2] (2009-05-01)' is not after the previous row (2009-05-01)"},
        {"wage without date", replaced("from = 2016-05-01\n", ""),
         "missing key 'base_wage[6].from'"},
        {"wage without decree", replaced("decree = \"Nghị định 47/2017/NĐ-CP\"\n", ""),
         "missing key 'base_wage[7] (2017-07-01).decree'"},
        {"wage without rule",
         replaced("decree = \"Nghị định 166/2007/NĐ-CP\"\nrule = \"BASE-WAGE\"",
                  "decree = \"Nghị định 166/2007/NĐ-CP\""),
         "entry 'base_wage[0] (2008-01-01)' has no rule id"},
        {"missing limit", replaced("max_months = {", "max_monthz = {"),
         "missing key 'limits.max_months'"},
        {"missing group", replaced("group3_months = {", "group3_month = {"),
         "missing key 'commitment.KH2023.group3_months'"},
        {"missing value", replaced("factor = { value = 3, ", "factor = { "),
         "missing key 'commitment.BT2012.factor.value'"},
        {"missing citation",
         replaced("case1 = { value = 1.0, rule = \"BT.16.2a\", vi = ",
                  "case1 = { value = 1.0, rule = \"BT.16.2a\", vx = "),
         "missing key 'compensation.BT2012.case1.vi'"},
        {"missing policy", replaced("[policies.KH2023]", "[policies.KH2024]"),
         "missing key 'policies.KH2023'"},
        {"missing reviewed date", replaced("reviewed = 2026-11-23", "reviewd = 2026-11-23"),
         "missing key 'meta.reviewed'"},
        {"reviewed not a date", replaced("reviewed = 2026-11-23", "reviewed = \"2026-11-23\""),
         "entry 'meta.reviewed' must be a date"},
        {"share above 1",
         replaced("value = 0.5, rule = \"BT.16.2b\"", "value = 50, rule = \"BT.16.2b\""),
         "entry 'compensation.BT2012.case2' must be a share 0..1"},
        {"rounding days", replaced("month_days = { value = 15,", "month_days = { value = 45,"),
         "entry 'rounding.month_days' must be between 1 and 31"},
        {"ambiguous spelling",
         replaced(R"(spellings = ["BT2012"])", R"(spellings = ["KH2023", "BT2012"])"),
         "spelling 'kh2023' is accepted by both 'policies.BT2012' and 'policies.KH2023'"},
        {"unfoldable spelling",
         replaced(R"(spellings = ["BT2012"])", R"(spellings = ["日本", "BT2012"])"),
         "entry 'policies.BT2012.spellings[0]'"},
        {"no wage table", "[meta]\nreviewed = 2026-11-23\n", "missing key 'limits'"},
        {"empty text", "", "missing key 'meta'"},
        {"syntax error", std::string(embedded_policy_toml()) + "\nbroken = = 1\n", "policy.toml:"},
    };
    for (const Row& r : rows) {
        SCOPED_TRACE(r.name);
        const std::string e = error_of(r.text);
        EXPECT_NE(e.find(r.expected), std::string::npos) << "message: " << e;
    }
}

TEST(PolicyData, SyntaxErrorNamesTheLine) {
    const std::string e = error_of("[meta]\nreviewed = 2026-11-23\nx = = 1\n");
    EXPECT_NE(e.find("policy.toml:3:"), std::string::npos) << e;
}
