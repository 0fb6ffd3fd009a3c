// COMPENSATION_EXPLAIN: the same trace as COMPENSATION, in Vietnamese and English.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "call.hpp"
#include "common/explain_text.hpp"
#include "test_util.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {
std::string explain(Arg cost, Arg t1, Arg t2, Arg c = M(), Arg p = M(), Arg lang = M(),
                    Arg g = M()) {
    const auto r = call::compensation_explain(cost, t1, t2, c, p, lang, g);
    EXPECT_TRUE(r.ok()) << "error " << static_cast<int>(r.error().code);
    return r.ok() ? *r : std::string("<error>");
}
}  // namespace

TEST(BT_16_2c, Explain_WorkedExample_vi) {
    EXPECT_EQ(explain(N(50000000), N(108), N(36)),
              "S = F/T1 × (T1 − T2) = 50.000.000 / 108 × (108 − 36) = 33.333.333 đồng (Điều 16 "
              "khoản 2 điểm c, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận)");
    EXPECT_EQ(explain(N(50000000), N(108), N(36), M(), M(), T(u"vi")),
              explain(N(50000000), N(108), N(36)));
    EXPECT_EQ(explain(N(50000000), N(108), N(36), M(), M(), T(u" VI ")),
              explain(N(50000000), N(108), N(36)));
}

TEST(BT_16_2c, Explain_WorkedExample_en) {
    EXPECT_EQ(explain(N(50000000), N(108), N(36), M(), M(), T(u"en")),
              "S = F/T1 × (T1 − T2) = 50,000,000 / 108 × (108 − 36) = 33,333,333 dong (Article "
              "16(2)(c), Decision 49/2012/QĐ-UBND of Bình Thuận province)");
    EXPECT_EQ(explain(N(50000000), N(108), N(36), M(), M(), T(u"EN")),
              explain(N(50000000), N(108), N(36), M(), M(), T(u" en")));
}

TEST(BT_16_2c, Explain_RoundedMonths) {
    EXPECT_EQ(explain(N(50000000), N(108), N(35.6)),
              "S = F/T1 × (T1 − T2) = 50.000.000 / 108 × (108 − 36) = 33.333.333 đồng (Điều 16 "
              "khoản 2 điểm c, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận); T2 = 36 (35,6 làm "
              "tròn)");
    EXPECT_EQ(explain(N(50000000), N(107.5), N(35.6), M(), M(), T(u"en")),
              "S = F/T1 × (T1 − T2) = 50,000,000 / 108 × (108 − 36) = 33,333,333 dong (Article "
              "16(2)(c), Decision 49/2012/QĐ-UBND of Bình Thuận province); T1 = 108 (107.5 "
              "rounded); T2 = 36 (35.6 rounded)");
}

TEST(BT_16_2c, Explain_NothingOwed) {
    EXPECT_EQ(explain(N(50000000), N(108), N(120)),
              "T2 = 120 ≥ T1 = 108: đã phục vụ đủ thời gian cam kết, không phải đền bù: S = 0 đồng "
              "(Điều 16 khoản 2 điểm c, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận)");
    EXPECT_EQ(explain(N(50000000), N(108), N(108), M(), M(), T(u"en")),
              "T2 = 108 ≥ T1 = 108: the commitment has been served, nothing is owed: S = 0 dong "
              "(Article 16(2)(c), Decision 49/2012/QĐ-UBND of Bình Thuận province)");
}

TEST(BT_16_2a, Explain_Case1) {
    EXPECT_EQ(explain(N(50000000), N(108), N(36), N(1)),
              "Trường hợp 1 (bỏ học, thôi việc hoặc bị buộc thôi học trong thời gian đào tạo): "
              "đền bù 100% chi phí đào tạo: S = 100% × 50.000.000 = 50.000.000 đồng (Điều 16 "
              "khoản 2 điểm a, Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận)");
    EXPECT_EQ(explain(N(50000000), N(108), N(36), N(1), M(), T(u"en")),
              "Case 1 (left during training (never attended, quit the course or the job, or "
              "expelled)): 100% of the training cost is repaid: S = 100% × 50,000,000 = "
              "50,000,000 dong (Article 16(2)(a), Decision 49/2012/QĐ-UBND of Bình Thuận "
              "province)");
}

TEST(BT_16_2b, Explain_Case2) {
    EXPECT_EQ(explain(N(50000000), N(108), N(36), N(2)),
              "Trường hợp 2 (không được cấp bằng tốt nghiệp): đền bù 50% chi phí đào tạo: S = 50% "
              "× 50.000.000 = 25.000.000 đồng (Điều 16 khoản 2 điểm b, Quyết định "
              "49/2012/QĐ-UBND tỉnh Bình Thuận)");
    EXPECT_EQ(explain(N(50000000), N(108), N(36), N(2), M(), T(u"en")),
              "Case 2 (no diploma): 50% of the training cost is repaid: S = 50% × 50,000,000 = "
              "25,000,000 dong (Article 16(2)(b), Decision 49/2012/QĐ-UBND of Bình Thuận "
              "province)");
}

TEST(KH_5_Reading, Explain_Case2_Full) {
    EXPECT_EQ(explain(N(50000000), N(108), N(36), N(2), T(u"KH2023"), T(u"en")),
              "Case 2 (no diploma): 100% of the training cost is repaid: S = 100% × 50,000,000 = "
              "50,000,000 dong (Article 4(2), Decision of 4 August 2023 of Khánh Hòa province; "
              "amount as Decree 101/2017/NĐ-CP Article 8(2)(a))");
}

TEST(KH_5_1a, Explain_Proportional) {
    EXPECT_EQ(explain(N(60000000), N(72), N(24), M(), T(u"KH2023")),
              "S = F × (T1 − T2) / T1 = 60.000.000 × (72 − 24) / 72 = 40.000.000 đồng; F là tổng "
              "kinh phí hỗ trợ đào tạo do ngân sách chi trả (nhóm 1) (Điều 5 khoản 1 điểm a, Quyết "
              "định ngày 04/08/2023 của UBND tỉnh Khánh Hòa)");
}

TEST(COMPENSATION_EXPLAIN, SameNumberAsCompensation) {
    // The explanation quotes the amount of the very trace COMPENSATION returns.
    const std::vector<std::vector<double>> inputs = {
        {12345678.9, 7, 3, 3}, {100, 3, 1, 3}, {50000001, 0, 0, 2}, {7, 9, 2, 3}};
    for (const auto& in : inputs) {
        const auto n = call::compensation(N(in[0]), N(in[1]), N(in[2]), N(in[3]), M(), M());
        ASSERT_TRUE(n.ok());
        const std::string text = explain(N(in[0]), N(in[1]), N(in[2]), N(in[3]), M(), T(u"en"));
        EXPECT_NE(text.find("= " + format_number(*n, Language::En) + " dong"), std::string::npos)
            << text;
    }
}

TEST(COMPENSATION_EXPLAIN, ErrorReasons) {
    struct Row {
        Arg cost, t1, t2, c, p, lang;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {N(50000000), N(108), N(-3), M(), M(), M(),
         "Số tháng đã phục vụ (ServedMonths) không được âm: -3"},
        {N(50000000), N(108), N(-3), M(), M(), T(u"en"), "ServedMonths cannot be negative: -3"},
        {N(-1.5), N(108), N(3), M(), M(), M(), "Chi phí (Cost) không được âm: -1,5"},
        {N(-1.5), N(108), N(3), M(), M(), T(u"en"), "Cost cannot be negative: -1.5"},
        {M(), N(108), N(3), M(), M(), T(u"en"), "Cost is required"},
        {M(), N(108), N(3), M(), M(), M(), "Thiếu đối số bắt buộc Chi phí (Cost)"},
        {N(1), T(u"abc"), N(3), M(), M(), T(u"en"),
         "RequiredMonths must be a number, not text: \"abc\""},
        {N(1), N(kNaN), N(3), M(), M(), M(),
         "Số tháng phải phục vụ (RequiredMonths) không phải là một số hữu hạn"},
        {N(1), N(108), N(3), N(2.5), M(), T(u"en"), "Case must be a whole number: 2.5"},
        {N(1), N(108), N(3), N(4), M(), M(), "Trường hợp (Case) phải là 1, 2 hoặc 3: 4"},
        {N(1), N(108), N(3), M(), N(2012), T(u"en"),
         "Policy must be a text code, not a number: 2,012"},
        {N(1), N(108), N(3), M(), T(u"Hà Nội"), T(u"en"),
         "Policy is not an accepted code: \"Hà Nội\" (accepted: BT2012, KH2023, ST2023)"},
        {N(1), N(108), N(3), M(), T(u"ST2023"), M(),
         "Chính sách (Policy) ST2023 (Kế hoạch năm 2023 của UBND tỉnh Sóc Trăng) không có quy "
         "định đền bù chi phí đào tạo"},
        {N(1), N(108), N(3), M(), T(u"ST2023"), T(u"en"),
         "Policy ST2023 (Sóc Trăng province plan of 2023) has no compensation rules"},
        {N(1), N(0.2), N(0), M(), M(), T(u"en"),
         "RequiredMonths must be at least 1 month after rounding: 0.2"},
        {N(1e15), N(108), N(3), M(), M(), T(u"en"),
         "Cost is beyond the sanity limit for a cost (below 10^15 dong): 1,000,000,000,000,000"},
        {N(1), N(1300), N(3), M(), M(), M(),
         "Số tháng phải phục vụ (RequiredMonths) vượt quá giới hạn hợp lý của số tháng (100 "
         "năm): 1.300"},
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(testing::Message() << "row " << i);
        const Row& r = rows[i];
        EXPECT_EQ(explain(r.cost, r.t1, r.t2, r.c, r.p, r.lang), r.expected);
    }
}

TEST(COMPENSATION_EXPLAIN, BadLanguageIsTheOnlyError) {
    for (const Arg lang : {T(u"fr"), T(u""), T(u"vn"), N(1), O()}) {
        const auto r = call::compensation_explain(N(50000000), N(108), N(36), M(), M(), lang, M());
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, Errc::BadLanguage);
        EXPECT_EQ(r.error().arg, "Language");
    }
    // Bad language wins even when other arguments are bad too.
    const auto r = call::compensation_explain(N(-1), N(-1), N(-1), N(9), T(u"?"), T(u"de"), M());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::BadLanguage);
}

// KH.5: each group's explanation cites its own clause and says what Cost stands for.
TEST(KH_5, ExplainCitesTheGroupsClause) {
    const Arg kh = T(u"KH2023");
    EXPECT_EQ(explain(N(80000000), N(72), N(31), N(3), kh, M(), N(3)),
              "S = A × (T1 − T2) / T1 = 80.000.000 × (72 − 31) / 72 = 45.555.556 đồng; A là khoản "
              "trợ cấp đã nhận (nhóm 3) (Điều 5 khoản 2, Quyết định ngày 04/08/2023 của UBND tỉnh "
              "Khánh Hòa)");
    EXPECT_EQ(explain(N(80000000), N(72), N(31), N(3), kh, T(u"en"), N(3)),
              "S = A × (T1 − T2) / T1 = 80,000,000 × (72 − 31) / 72 = 45,555,556 dong; A is the "
              "allowance received (group 3) (Article 5(2), Decision of 4 August 2023 of Khánh Hòa "
              "province)");
    EXPECT_EQ(explain(N(60000000), N(60), N(24), N(3), kh, T(u"en"), N(2)),
              "S = A × (T1 − T2) / T1 = 60,000,000 × (60 − 24) / 60 = 36,000,000 dong; A is the "
              "allowance received (group 2) (Article 5(2), Decision of 4 August 2023 of Khánh Hòa "
              "province)");
    EXPECT_EQ(explain(N(120000000), N(60), N(45), N(3), kh, T(u"en"), N(4)),
              "S = A × (T1 − T2) / T1 = 120,000,000 × (60 − 45) / 60 = 30,000,000 dong; A is the "
              "initial allowance plus the monthly income top-ups received (group 4) (Article "
              "5(3)(b), Decision of 4 August 2023 of Khánh Hòa province)");
    EXPECT_EQ(explain(N(250000000), N(60), N(59), M(), kh, M(), N(5)),
              "S = A × (T1 − T2) / T1 = 250.000.000 × (60 − 59) / 60 = 4.166.667 đồng; A là trợ "
              "cấp ban đầu cộng các khoản hỗ trợ bù thu nhập hằng tháng đã nhận (nhóm 5) (Điều 5 "
              "khoản 4 điểm b, Quyết định ngày 04/08/2023 của UBND tỉnh Khánh Hòa)");
    EXPECT_EQ(explain(N(60000000), N(72), N(24), N(3), kh, T(u"en")),
              "S = F × (T1 − T2) / T1 = 60,000,000 × (72 − 24) / 72 = 40,000,000 dong; F is the "
              "total training support paid by the budget (group 1) (Article 5(1)(a), Decision of "
              "4 August 2023 of Khánh Hòa province)");
    // BT2012 ignores Group: the same sentence as without it.
    EXPECT_EQ(explain(N(50000000), N(108), N(36), M(), M(), M(), N(4)),
              explain(N(50000000), N(108), N(36)));
}

TEST(KH_5, ExplainWhyAGroupHasNoCase1Or2) {
    EXPECT_EQ(explain(N(80000000), N(72), N(31), N(1), T(u"KH2023"), M(), N(3)),
              "Trường hợp (Case) 1 không áp dụng cho nhóm 3 của KH2023: trường hợp 1 và 2 chỉ dành "
              "cho người được cử đi đào tạo; nhóm 3 chỉ có trường hợp 3 (Điều 5 khoản 2, Quyết "
              "định ngày 04/08/2023 của UBND tỉnh Khánh Hòa)");
    EXPECT_EQ(explain(N(80000000), N(72), N(31), N(2), T(u"KH2023"), T(u"en"), N(4)),
              "Case 2 does not apply to group 4 of KH2023: cases 1 and 2 concern people sent to "
              "study; group 4 has only case 3 (Article 5(3)(b), Decision of 4 August 2023 of Khánh "
              "Hòa province)");
    EXPECT_EQ(explain(N(1), N(72), N(31), M(), T(u"KH2023"), T(u"en"), N(6)),
              "Group must be a whole number from 1 to 5: 6");
}

// A zero cost is most often an empty cell (a reference to an empty cell is 0): the explanation
// says to check it (issue 14).
TEST(BT_16_2c, ExplainZeroCostPointsAtAnEmptyCell) {
    EXPECT_EQ(explain(N(0), N(108), N(36)),
              "S = F/T1 × (T1 − T2) = 0 / 108 × (108 − 36) = 0 đồng (Điều 16 khoản 2 điểm c, "
              "Quyết định 49/2012/QĐ-UBND tỉnh Bình Thuận) — Chi phí (Cost) bằng 0: nếu ô nhập "
              "đang để trống, hãy nhập giá trị");
    EXPECT_NE(explain(N(0), N(108), N(36), M(), M(), T(u"en"))
                  .find("Cost is 0: if its cell is empty, enter the value"),
              std::string::npos);
    EXPECT_EQ(explain(N(1), N(108), N(36)).find("bằng 0"), std::string::npos);
}
