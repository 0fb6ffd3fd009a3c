// The policy data loader: the shipped files are valid; malformed variants are refused with a
// message naming the file and the bad entry.
#include "data/policy_data.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "data/support_data.hpp"
#include "data_fixture.hpp"

using namespace vnpolicy;

using vnpolicy::test::DataSet;
using vnpolicy::test::error_of;
using vnpolicy::test::replaced;
using vnpolicy::test::shipped;

TEST(PolicyData, EmbeddedFilesAreValid) {
    const LoadResult r = load_policy_data(embedded_policy_files());
    ASSERT_NE(r.data, nullptr) << r.error;
    const PolicyData& d = *r.data;
    EXPECT_EQ(d.reviewed, (CivilDate{2026, 12, 1}));
    EXPECT_EQ(d.max_cost.value, 1e15);
    EXPECT_EQ(d.max_months.value, 1200);
    EXPECT_EQ(d.max_people.value, 1e9);
    EXPECT_EQ(d.month_round_days.value, 15);
    EXPECT_EQ(d.month_round_days.cite.rule, "BT.16.2c");
    EXPECT_EQ(d.base_wage.size(), 13u);
    ASSERT_EQ(d.policies.size(), 3u);
    EXPECT_EQ(d.policies[0].code, "BT2012");
    EXPECT_EQ(d.policies[1].code, "KH2023");
    EXPECT_EQ(d.policies[2].code, "ST2023");
    EXPECT_TRUE(d.policies[0].compensation.has_value());
    EXPECT_TRUE(d.policies[1].compensation.has_value());
    EXPECT_FALSE(d.policies[2].compensation.has_value());
    EXPECT_EQ(d.policy(d.default_compensation).code, "BT2012");
    EXPECT_EQ(d.max_group, 5);
    EXPECT_EQ(d.serving("support")->code, "BT2012");
    EXPECT_EQ(d.serving("income_topup")->code, "KH2023");
    EXPECT_EQ(d.serving("quota")->code, "ST2023");
}

// The decree record is written once; citations are composed from it and the article.
TEST(PolicyData, DecreeRecordsAndComposedCitations) {
    const PolicyData& d = policy_data();
    const Decree& bt = d.policies[0].decree;
    EXPECT_EQ(bt.name_vi, "Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận");
    EXPECT_EQ(bt.number, "49/2012/QĐ-UBND");
    EXPECT_EQ(bt.signed_on, (CivilDate{2012, 11, 20}));
    EXPECT_EQ(bt.in_force, (CivilDate{2012, 11, 30}));
    EXPECT_EQ(d.policies[1].decree.in_force, (CivilDate{2023, 8, 15}));
    EXPECT_FALSE(d.policies[2].decree.signed_on.has_value());
    EXPECT_NE(d.policies[2].decree.since_2025_vi.find("Cần Thơ"), std::string::npos);

    const Quantity& f = d.policies[0].compensation->for_group(1)->commitment;
    EXPECT_EQ(f.cite.vi,
              "Điều 1 khoản 2 điểm d và Điều 15 khoản 3, Quyết định 49/2012/QĐ-UBND tỉnh Bình "
              "Thuận");
    EXPECT_EQ(f.cite.en,
              "Articles 1(2)(d) and 15(3), Decision 49/2012/QĐ-UBND of Bình Thuận province");
    const Citation& kh2 = *&d.policies[1].compensation->for_group(1)->case2->cite;
    EXPECT_EQ(kh2.vi,
              "Điều 4 khoản 2, Quyết định ngày 04/08/2023 của UBND tỉnh Khánh Hòa; mức theo Điều 8 "
              "khoản 2 điểm a, Nghị định 101/2017/NĐ-CP");
    EXPECT_EQ(kh2.en,
              "Article 4(2), Decision of 4 August 2023 of Khánh Hòa province; amount as Decree "
              "101/2017/NĐ-CP Article 8(2)(a)");
    EXPECT_EQ(d.month_round_days.cite.en,
              "Article 16(2)(c), Decision 49/2012/QĐ-UBND of Bình Thuận province (months "
              "rounded: 15 days or more count as a month)");
    EXPECT_EQ(d.support->users_judgement.en,
              "Article 1(2)(b), (d), (g), Decision 49/2012/QĐ-UBND of Bình Thuận province");
    EXPECT_EQ(d.loan_tranche1.cite.vi, "Mục V.1, Kế hoạch năm 2023 của UBND tỉnh Sóc Trăng");
    EXPECT_EQ(d.loan_tranche1.cite.en, "Section V.1, Sóc Trăng province plan of 2023");
}

TEST(BT_16_2, DataValuesAndRuleIds) {
    const PolicyData& d = policy_data();
    const CompensationRules& bt = *d.policies[0].compensation;
    ASSERT_EQ(bt.rules.size(), 1u);  // one rule for every group
    for (int g = 1; g <= 5; ++g) EXPECT_EQ(bt.for_group(g), &bt.rules[0]) << g;
    EXPECT_EQ(bt.for_group(6), nullptr);
    const GroupRules& r = bt.rules[0];
    EXPECT_EQ(r.case1->value, 1.0);
    EXPECT_EQ(r.case1->cite.rule, "BT.16.2a");
    EXPECT_EQ(r.case2->value, 0.5);
    EXPECT_EQ(r.case2->cite.rule, "BT.16.2b");
    EXPECT_EQ(r.case3.rule, "BT.16.2c");
    EXPECT_EQ(r.case3.vi, "Điều 16 khoản 2 điểm c, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận");
    EXPECT_EQ(r.form, ProportionalForm::QuotientFirst);
    EXPECT_TRUE(r.commitment_by_factor);
    EXPECT_EQ(r.commitment.value, 3);
}

// KH.3, KH.5: each group its commitment and its own clause; groups 2-5 have case 3 only.
TEST(KH_5, GroupsInData) {
    const CompensationRules& kh = *policy_data().policies[1].compensation;
    struct Row {
        int group;
        bool by_factor;
        double commitment;
        bool cases_1_2;
        const char* rule;
        const char* article;
        const char* symbol;
    };
    const Row rows[] = {
        {1, true, 2, true, "KH.5.1a", "Điều 5 khoản 1 điểm a,", "F"},
        {2, false, 60, false, "KH.5.2", "Điều 5 khoản 2,", "A"},
        {3, false, 72, false, "KH.5.2", "Điều 5 khoản 2,", "A"},
        {4, false, 60, false, "KH.5.3", "Điều 5 khoản 3 điểm b,", "A"},
        {5, false, 60, false, "KH.5.4", "Điều 5 khoản 4 điểm b,", "A"},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.group);
        const GroupRules* g = kh.for_group(row.group);
        ASSERT_NE(g, nullptr);
        EXPECT_EQ(g->commitment_by_factor, row.by_factor);
        EXPECT_EQ(g->commitment.value, row.commitment);
        EXPECT_EQ(g->commitment.cite.rule, "KH.3");
        EXPECT_EQ(g->case1.has_value(), row.cases_1_2);
        EXPECT_EQ(g->case2.has_value(), row.cases_1_2);
        EXPECT_EQ(g->case3.rule, row.rule);
        EXPECT_EQ(g->case3.vi.rfind(row.article, 0), 0u) << g->case3.vi;
        EXPECT_EQ(g->symbol, row.symbol);
        EXPECT_EQ(g->form, ProportionalForm::ProductFirst);
        EXPECT_FALSE(g->cost_vi.empty());
    }
    EXPECT_EQ(kh.for_group(1)->case1->cite.rule, "KH.5.1b");
    EXPECT_EQ(kh.for_group(1)->case2->value, 1.0);
    EXPECT_EQ(kh.for_group(6), nullptr);
}

TEST(PolicyData, CodeMatching) {
    const PolicyData& d = policy_data();
    EXPECT_EQ(match_policy(d, "bt2012"), PolicyId{0});
    EXPECT_EQ(match_policy(d, "kh2023"), PolicyId{1});
    EXPECT_EQ(match_policy(d, "st2023"), PolicyId{2});
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
        DataSet data;
        std::string expected;  // a part of the message naming the file and the bad entry
    };
    const std::string bt = "policies/BT2012.toml";
    const std::string kh = "policies/KH2023.toml";
    const std::string wage = "base_wage.toml";
    const std::vector<Row> rows = {
        {"missing rule id",
         replaced(bt, R"(case2 = { share = 0.5, rule = "BT.16.2b", )", "case2 = { share = 0.5, "),
         "policies/BT2012.toml: entry 'compensation.group[0].case2' has no rule id"},
        {"missing rule id, other family",
         replaced(kh, R"(rule = "KH.5.3", article = "Điều 5 khoản 3" })",
                  R"(article = "Điều 5 khoản 3" })"),
         "entry 'income_topup.group4_multiple' has no rule id"},
        {"empty rule id", replaced("meta.toml", R"(rule = "LIMIT.months")", R"(rule = "")"),
         "meta.toml: entry 'limits.max_months.rule' must be a non-empty string"},
        {"negative share", replaced(bt, "share = 0.5,", "share = -0.5,"),
         "entry 'compensation.group[0].case2.share' has a negative value"},
        {"share above 1", replaced(bt, "share = 0.5,", "share = 50,"),
         "entry 'compensation.group[0].case2.share' must be a share 0..1"},
        {"negative wage", replaced(wage, "amount = 830000", "amount = -830000"),
         "base_wage.toml: entry 'base_wage[3] (2011-05-01).amount' has a negative value"},
        {"zero wage", replaced(wage, "amount = 830000", "amount = 0"),
         "entry 'base_wage[3] (2011-05-01).amount' must be above 0"},
        {"text amount", replaced(wage, "amount = 830000", "amount = \"830000\""),
         "entry 'base_wage[3] (2011-05-01).amount' must be a number"},
        {"unsorted wage dates", replaced(wage, "from = 2011-05-01", "from = 2013-05-01"),
         "entry 'base_wage[4] (2012-05-01)' is not after the previous row (2013-05-01)"},
        {"overlapping wage dates", replaced(wage, "from = 2010-05-01", "from = 2009-05-01"),
         "entry 'base_wage[2] (2009-05-01)' is not after the previous row (2009-05-01)"},
        {"2026 row before 2024", replaced(wage, "from = 2026-07-01", "from = 2024-06-30"),
         "entry 'base_wage[12] (2024-06-30)' is not after the previous row (2024-07-01)"},
        {"wage without date", replaced(wage, "from = 2016-05-01\n", ""),
         "missing key 'base_wage[6].from'"},
        {"wage without decree", replaced(wage, "decree = \"Nghị định 47/2017/NĐ-CP\"\n", ""),
         "missing key 'base_wage[7] (2017-07-01).decree'"},
        {"wage without rule",
         replaced(wage, "decree = \"Nghị định 166/2007/NĐ-CP\"\nrule = \"BASE-WAGE\"",
                  "decree = \"Nghị định 166/2007/NĐ-CP\""),
         "entry 'base_wage[0] (2008-01-01)' has no rule id"},
        {"missing limit", replaced("meta.toml", "max_months = {", "max_monthz = {"),
         "missing key 'limits.max_months'"},
        {"commitment without value", replaced(bt, "commitment = { factor = 3, ", "commitment = { "),
         "entry 'compensation.group[0].commitment' needs either 'factor' or 'months'"},
        {"commitment with both",
         replaced(kh, "commitment = { months = 72,", "commitment = { months = 72, factor = 2,"),
         "policies/KH2023.toml: entry 'compensation.group[2].commitment' needs either"},
        {"group twice", replaced(kh, "groups = [3]", "groups = [2]"),
         "entry 'compensation.group[2]': group 2 twice"},
        {"group out of range", replaced(kh, "groups = [5]", "groups = [10]"),
         "entry 'compensation.group[4].groups' must hold whole numbers from 1 to 9"},
        {"no group 1", replaced(kh, "groups = [1]", "groups = [6]"), "has no rules for group 1"},
        {"bad form", replaced(kh, "form = \"product_first\"", "form = \"product\""),
         "entry 'compensation.group[0].case3.form' must be"},
        {"citation written out",
         replaced(
             bt,
             R"(case1 = { share = 1.0, rule = "BT.16.2a", article = "Điều 16 khoản 2 điểm a" })",
             R"(case1 = { share = 1.0, rule = "BT.16.2a", vi = "Điều 16", en = "Article 16" })"),
         "a policy's citation is composed from 'article'"},
        {"article not understood",
         replaced(bt, R"(article = "Điều 16 khoản 2 điểm a")", R"(article = "Phụ lục I")"),
         "(\"Phụ lục I\") is not of the form"},
        {"note without English", replaced(kh, "note_en = \"group 3: 6 years\"", "x = 1"),
         "needs both note_vi and note_en"},
        {"missing decree name", replaced(kh, "name_en = ", "nam_en = "),
         "policies/KH2023.toml: missing key 'decree.name_en'"},
        {"in force before signed", replaced(bt, "in_force = 2012-11-30", "in_force = 2012-11-01"),
         "entry 'decree.in_force' is before 'decree.signed'"},
        {"unknown family",
         replaced(kh, R"(serves = ["compensation", "income_topup"])",
                  R"(serves = ["compensation", "income"])"),
         "entry 'policy.serves' names an unknown family"},
        {"section not served",
         replaced(kh, R"(serves = ["compensation", "income_topup"])",
                  R"(serves = ["compensation"])"),
         "section 'income_topup' belongs to 'income_topup', which policy.serves does not list"},
        {"unknown section", replaced(kh, "[income_topup]", "[income_top_up]"),
         "section 'income_top_up' is not a section of a policy file"},
        {"family served twice",
         shipped().with("policies/XX2030.toml",
                        "[policy]\ncode = \"XX2030\"\nspellings = "
                        "[\"XX2030\"]\nserves = [\"quota\"]\n[decree]\n"
                        "name_vi = \"a\"\nname_en = \"a\"\nshort = \"a\"\n"
                        "issuer_vi = \"a\"\nissuer_en = \"a\"\n[quota]\n"),
         "policies ST2023 and XX2030 both serve 'quota'"},
        {"family not served", shipped().without("policies/ST2023.toml"),
         "no policy serves 'quota'"},
        {"missing reviewed date",
         replaced("meta.toml", "reviewed = 2026-12-01", "reviewd = 2026-12-01"),
         "meta.toml: missing key 'meta.reviewed'"},
        {"reviewed not a date",
         replaced("meta.toml", "reviewed = 2026-12-01", "reviewed = \"2026-12-01\""),
         "entry 'meta.reviewed' must be a date"},
        {"default policy not compensating",
         replaced("meta.toml", R"(compensation_policy = "BT2012")",
                  R"(compensation_policy = "ST2023")"),
         "entry 'defaults.compensation_policy' (\"ST2023\") is not a policy that serves"},
        {"rounding days", replaced(bt, "month_days = { value = 15,", "month_days = { value = 45,"),
         "entry 'service_months.month_days' must be between 1 and 31"},
        {"ambiguous spelling",
         replaced(bt, R"(spellings = ["BT2012"])", R"(spellings = ["KH2023", "BT2012"])"),
         "spelling 'kh2023' is accepted by both 'policy BT2012' and 'policy KH2023'"},
        {"unfoldable spelling",
         replaced(bt, R"(spellings = ["BT2012"])", R"(spellings = ["日本", "BT2012"])"),
         "entry 'policy.spellings[0]'"},
        {"no base wage file", shipped().without(wage), "base_wage.toml: missing"},
        {"empty meta", shipped().with("meta.toml", ""), "meta.toml: missing key 'meta'"},
        {"stray file", shipped().with("notes.toml", ""), "notes.toml: not a data file"},
        {"syntax error", shipped().with(wage, shipped().text(wage) + "\nbroken = = 1\n"),
         "base_wage.toml:"},
    };
    for (const Row& r : rows) {
        SCOPED_TRACE(r.name);
        const std::string e = error_of(r.data);
        EXPECT_NE(e.find(r.expected), std::string::npos) << "message: " << e;
    }
}

TEST(PolicyData, SyntaxErrorNamesTheFileAndLine) {
    const std::string e =
        error_of(shipped().with("meta.toml", "[meta]\nreviewed = 2026-11-23\nx = = 1\n"));
    EXPECT_NE(e.find("meta.toml: 3:"), std::string::npos) << e;
}
