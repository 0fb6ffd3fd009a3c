// The one formatting of explanations (common/explain_text.hpp): numbers, and the reasons for
// refused arguments and rule errors in Vietnamese and English.
#include "common/explain_text.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "test_util.hpp"
#include "vnpolicy/catalog.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

TEST(Explain, FormatNumber) {
    EXPECT_EQ(format_number(33333333, Language::Vi), "33.333.333");
    EXPECT_EQ(format_number(33333333, Language::En), "33,333,333");
    EXPECT_EQ(format_number(999, Language::Vi), "999");
    EXPECT_EQ(format_number(1000, Language::Vi), "1.000");
    EXPECT_EQ(format_number(0, Language::En), "0");
    EXPECT_EQ(format_number(-1234567.25, Language::Vi), "-1.234.567,25");
    EXPECT_EQ(format_number(-1234567.25, Language::En), "-1,234,567.25");
    EXPECT_EQ(format_number(35.6, Language::Vi), "35,6");
}

TEST(Explain, OtherErrorSentences) {
    const PolicyData& d = policy_data();
    EXPECT_EQ(explain_error({Errc::DateOrder, "EndDate", 0}, Language::Vi, d),
              "Ngày kết thúc (EndDate) không được trước Ngày bắt đầu (StartDate)");
    EXPECT_EQ(explain_error({Errc::BeforeWageTable, "Date", 0}, Language::En, d),
              "Date is before the first row of the base-wage table (2008-01-01)");
    EXPECT_EQ(explain_error({Errc::BeforeWageTable, "Date", 0}, Language::Vi, d),
              "Ngày (Date) trước mốc đầu tiên của bảng lương cơ sở (01/01/2008)");
    EXPECT_EQ(explain_input_error({Errc::OutOfRange, "Group", 6}, Language::En, d,
                                  find_function("COMPENSATION")->args[5], N(6)),
              "Group must be a whole number from 1 to 5: 6");
    EXPECT_EQ(explain_error({Errc::DateInvalid, "StartDate", -1e6}, Language::En, d),
              "StartDate is not a valid date (years 1 to 9999): -1,000,000");
    EXPECT_EQ(explain_error({Errc::BadLanguage, "Language", 0}, Language::En, d),
              "Language must be \"vi\" or \"en\"");
    // Every code has a sentence in both languages.
    for (int c = 0; c <= static_cast<int>(Errc::BadLanguage); ++c) {
        for (const Language l : {Language::Vi, Language::En}) {
            EXPECT_FALSE(explain_error({static_cast<Errc>(c), "Cost", 1}, l, d).empty()) << c;
        }
    }
}

// Found by fuzz/fuzz_core_units: an Error carrying a value that is no PolicyId (NaN, negative,
// huge) was converted to an index (undefined behaviour); now it names the last policy.
TEST(ExplainError, NotCompensationPolicyWithAnyValue) {
    for (double v : {-6.0, 1e300, std::nan(""), 2.0}) {
        const std::string s = explain_error(Error{Errc::NotCompensationPolicy, "Policy", v},
                                            Language::En, policy_data());
        EXPECT_NE(s.find("ST2023"), std::string::npos) << v;
    }
}
