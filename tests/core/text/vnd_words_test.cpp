// VND_TEXT (FUNCTIONS.md "Text"): the amount in Vietnamese words. Expected lines written by hand
// from the contract's rules; a property test round-trips generated amounts through a parser.
#include "text/vnd_words.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "call.hpp"
#include "test_util.hpp"
#include "vnpolicy/catalog.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {

std::string text(double amount, Arg style = M()) {
    const auto r = call::vnd_text(N(amount), style);
    EXPECT_TRUE(r.ok()) << amount;
    return r.ok() ? *r : std::string("<error>");
}

struct Case {
    double amount;
    const char* words;
};

void check_table(const std::vector<Case>& rows, Arg style) {
    for (const Case& c : rows) {
        EXPECT_EQ(text(c.amount, style), c.words) << "amount " << std::fixed << c.amount;
    }
}

}  // namespace

TEST(VND_TEXT, ContractExamples) {
    EXPECT_EQ(text(33333333), "Ba mươi ba triệu ba trăm ba mươi ba nghìn ba trăm ba mươi ba đồng");
    EXPECT_EQ(text(1005000), "Một triệu không trăm linh năm nghìn đồng");
    EXPECT_EQ(text(0), "Không đồng");
}

TEST(VND_TEXT, Units) {
    check_table({{1, "Một đồng"},
                 {2, "Hai đồng"},
                 {3, "Ba đồng"},
                 {4, "Bốn đồng"},
                 {5, "Năm đồng"},
                 {6, "Sáu đồng"},
                 {7, "Bảy đồng"},
                 {8, "Tám đồng"},
                 {9, "Chín đồng"}},
                M());
}

TEST(VND_TEXT, TeensSayMuoiAndLam) {
    check_table({{10, "Mười đồng"},
                 {11, "Mười một đồng"},  // no "mốt" after "mười"
                 {12, "Mười hai đồng"},
                 {14, "Mười bốn đồng"},
                 {15, "Mười lăm đồng"},
                 {16, "Mười sáu đồng"},
                 {19, "Mười chín đồng"}},
                M());
}

TEST(VND_TEXT, TensSayMuoiMotBonLam) {
    check_table({{20, "Hai mươi đồng"},
                 {21, "Hai mươi mốt đồng"},
                 {24, "Hai mươi bốn đồng"},  // "bốn", not "tư"
                 {25, "Hai mươi lăm đồng"},
                 {31, "Ba mươi mốt đồng"},
                 {44, "Bốn mươi bốn đồng"},
                 {55, "Năm mươi lăm đồng"},
                 {70, "Bảy mươi đồng"},
                 {81, "Tám mươi mốt đồng"},
                 {99, "Chín mươi chín đồng"}},
                M());
}

TEST(VND_TEXT, Hundreds) {
    check_table({{100, "Một trăm đồng"},
                 {101, "Một trăm linh một đồng"},  // "linh một", not "mốt"
                 {104, "Một trăm linh bốn đồng"},
                 {105, "Một trăm linh năm đồng"},  // "năm", not "lăm", after "linh"
                 {110, "Một trăm mười đồng"},
                 {111, "Một trăm mười một đồng"},
                 {115, "Một trăm mười lăm đồng"},
                 {121, "Một trăm hai mươi mốt đồng"},
                 {205, "Hai trăm linh năm đồng"},
                 {500, "Năm trăm đồng"},
                 {999, "Chín trăm chín mươi chín đồng"}},
                M());
}

TEST(VND_TEXT, Thousands) {
    check_table({{1000, "Một nghìn đồng"},
                 {1001, "Một nghìn không trăm linh một đồng"},
                 {1010, "Một nghìn không trăm mười đồng"},
                 {1015, "Một nghìn không trăm mười lăm đồng"},
                 {1021, "Một nghìn không trăm hai mươi mốt đồng"},
                 {1100, "Một nghìn một trăm đồng"},
                 {10000, "Mười nghìn đồng"},
                 {15000, "Mười lăm nghìn đồng"},
                 {21000, "Hai mươi mốt nghìn đồng"},
                 {100000, "Một trăm nghìn đồng"},
                 {105000, "Một trăm linh năm nghìn đồng"},
                 {999999, "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"}},
                M());
}

TEST(VND_TEXT, MillionsAndZeroGroups) {
    check_table({{1000000, "Một triệu đồng"},
                 {1000005, "Một triệu không trăm linh năm đồng"},  // zero nghìn group skipped
                 {1000100, "Một triệu một trăm đồng"},
                 {1001000, "Một triệu không trăm linh một nghìn đồng"},
                 {1500000, "Một triệu năm trăm nghìn đồng"},
                 {2050000, "Hai triệu không trăm năm mươi nghìn đồng"},
                 {25000000, "Hai mươi lăm triệu đồng"},
                 {50000000, "Năm mươi triệu đồng"},
                 {101000000, "Một trăm linh một triệu đồng"},
                 {999999999,
                  "Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín "
                  "mươi chín đồng"}},
                M());
}

TEST(VND_TEXT, TyAndNghinTy) {
    check_table(
        {{1e9, "Một tỷ đồng"},
         {1000000001, "Một tỷ không trăm linh một đồng"},
         {1000001000, "Một tỷ không trăm linh một nghìn đồng"},
         {1001000000, "Một tỷ không trăm linh một triệu đồng"},
         {2500000000, "Hai tỷ năm trăm triệu đồng"},
         {21e9, "Hai mươi mốt tỷ đồng"},
         {999e9, "Chín trăm chín mươi chín tỷ đồng"},
         {1e12, "Một nghìn tỷ đồng"},
         {1000000000001, "Một nghìn tỷ không trăm linh một đồng"},
         {1000005000000, "Một nghìn tỷ không trăm linh năm triệu đồng"},
         {1005000000000, "Một nghìn không trăm linh năm tỷ đồng"},
         {1234567890123,
          "Một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi "
          "nghìn một trăm hai mươi ba đồng"},
         {15e12, "Mười lăm nghìn tỷ đồng"},
         {999999e9, "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ đồng"},
         {999999999999999,
          "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín "
          "triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"}},
        M());
}

TEST(VND_TEXT, Style1SaysNganAndLe) {
    check_table({{0, "Không đồng"},
                 {105, "Một trăm lẻ năm đồng"},
                 {1000, "Một ngàn đồng"},
                 {1005000, "Một triệu không trăm lẻ năm ngàn đồng"},
                 {21000, "Hai mươi mốt ngàn đồng"},
                 {1e12, "Một ngàn tỷ đồng"},
                 {2001001, "Hai triệu không trăm lẻ một ngàn không trăm lẻ một đồng"}},
                N(1));
    // Style 0 given explicitly is the default.
    check_table({{1005000, "Một triệu không trăm linh năm nghìn đồng"}}, N(0));
}

TEST(VND_TEXT, Negatives) {
    EXPECT_EQ(text(-1), "Âm một đồng");
    EXPECT_EQ(text(-21000), "Âm hai mươi mốt nghìn đồng");
    EXPECT_EQ(text(-1005000, N(1)), "Âm một triệu không trăm lẻ năm ngàn đồng");
    EXPECT_EQ(text(-999999999999999),
              "Âm chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi "
              "chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng");
}

TEST(VND_TEXT, RoundedHalfAwayFromZero) {
    EXPECT_EQ(text(0.5), "Một đồng");
    EXPECT_EQ(text(-0.5), "Âm một đồng");
    EXPECT_EQ(text(0.49), "Không đồng");
    EXPECT_EQ(text(-0.4), "Không đồng");  // no "Âm không"
    EXPECT_EQ(text(-0.0), "Không đồng");
    EXPECT_EQ(text(1004.5), "Một nghìn không trăm linh năm đồng");
    EXPECT_EQ(text(20.7), "Hai mươi mốt đồng");
    EXPECT_EQ(text(999999999999999.4), text(999999999999999));
}

TEST(VND_TEXT, Errors) {
    const auto code = [](Arg amount, Arg style) {
        const auto r = call::vnd_text(amount, style);
        return r.ok() ? std::optional<Errc>{} : std::optional<Errc>{r.error().code};
    };
    EXPECT_EQ(code(N(1e15), M()), Errc::TooLarge);
    EXPECT_EQ(code(N(-1e15), M()), Errc::TooLarge);
    EXPECT_EQ(code(N(999999999999999.5), M()), Errc::TooLarge);  // rounds to 10^15
    EXPECT_EQ(code(N(1e300), M()), Errc::TooLarge);
    EXPECT_EQ(code(N(kNaN), M()), Errc::NotFinite);
    EXPECT_EQ(code(N(kInf), M()), Errc::NotFinite);
    EXPECT_EQ(code(N(-kInf), M()), Errc::NotFinite);
    EXPECT_EQ(code(T(u"1000"), M()), Errc::NotNumber);
    EXPECT_EQ(code(O(), M()), Errc::NotNumber);
    EXPECT_EQ(code(M(), M()), Errc::Missing);
    EXPECT_EQ(code(N(1), N(2)), Errc::OutOfRange);
    EXPECT_EQ(code(N(1), N(-1)), Errc::OutOfRange);
    EXPECT_EQ(code(N(1), N(0.5)), Errc::NotWhole);
    EXPECT_EQ(code(N(1), T(u"1")), Errc::NotNumber);
    EXPECT_EQ(code(N(1), N(kNaN)), Errc::NotFinite);
    const auto r = call::vnd_text(N(2e15), M());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().arg, "Amount");
}

// ---- property test: shape of the text, and a parser that reads the number back ---------------

namespace {

// Reads a line VND_TEXT wrote back into its number; nullopt when a word is out of place.
std::optional<std::int64_t> parse_words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> w;
    for (std::string s; in >> s;) w.push_back(s);
    if (w.size() < 2 || w.back() != "đồng") return std::nullopt;
    w.pop_back();
    bool negative = false;
    if (w.front() == "Âm") {
        negative = true;
        w.erase(w.begin());
        if (w.empty()) return std::nullopt;
    }
    if (w.front()[0] >= 'A' && w.front()[0] <= 'Z') {
        w.front()[0] = static_cast<char>(w.front()[0] - 'A' + 'a');
    } else if (!negative) {
        return std::nullopt;  // the first letter must be a capital
    }
    static const std::map<std::string, int> digit{
        {"không", 0}, {"một", 1}, {"hai", 2}, {"ba", 3},   {"bốn", 4}, {"năm", 5},
        {"sáu", 6},   {"bảy", 7}, {"tám", 8}, {"chín", 9}, {"mốt", 1}, {"lăm", 5}};
    std::int64_t total = 0, tail = 0, group = 0;  // tail: below the last "tỷ"
    for (std::size_t i = 0; i < w.size(); ++i) {
        const std::string& s = w[i];
        const std::string& prev = i > 0 ? w[i - 1] : std::string();
        // Words that only follow certain words: mốt after mươi, lăm after mười/mươi, linh/lẻ
        // after trăm.
        if (s == "mốt" && prev != "mươi") return std::nullopt;
        if (s == "lăm" && prev != "mười" && prev != "mươi") return std::nullopt;
        if ((s == "linh" || s == "lẻ") && prev != "trăm") return std::nullopt;
        if (auto d = digit.find(s); d != digit.end()) {
            group += d->second;
        } else if (s == "trăm") {
            group *= 100;  // the digit before it
        } else if (s == "mười") {
            group += 10;
        } else if (s == "mươi") {
            group = group / 10 * 10 + group % 10 * 10;
        } else if (s == "linh" || s == "lẻ") {
        } else if (s == "nghìn" || s == "ngàn") {
            tail += group * 1000;
            group = 0;
        } else if (s == "triệu") {
            tail += group * 1000000;
            group = 0;
        } else if (s == "tỷ") {
            total += (tail + group) * 1000000000;
            tail = group = 0;
        } else {
            return std::nullopt;
        }
    }
    total += tail + group;
    return negative ? -total : total;
}

}  // namespace

TEST(VND_TEXT, ParserReadsTheTable) {
    EXPECT_EQ(parse_words("Một triệu không trăm linh năm nghìn đồng"), 1005000);
    EXPECT_EQ(parse_words("Hai mươi mốt đồng"), 21);
    EXPECT_EQ(parse_words("Một nghìn tỷ không trăm linh năm triệu đồng"), 1000005000000);
    EXPECT_EQ(parse_words("Một nghìn không trăm linh năm tỷ đồng"), 1005000000000);
    EXPECT_EQ(parse_words("Không đồng"), 0);
    EXPECT_EQ(parse_words("Âm một trăm mười lăm đồng"), -115);
    EXPECT_EQ(parse_words("một đồng"), std::nullopt);
    EXPECT_EQ(parse_words("Mười mốt đồng"), std::nullopt);
    EXPECT_EQ(parse_words("Một trăm linh lăm đồng"), std::nullopt);
}

TEST(VND_TEXT, PropertyShapeAndRoundTrip) {
    std::mt19937_64 rng(20240501);
    std::vector<std::int64_t> amounts;
    // Every digit count, many zero patterns: random digits where each is 0 with chance 1/2.
    for (int n = 0; n < 20000; ++n) {
        const int digits = 1 + static_cast<int>(rng() % 15);
        std::int64_t v = 0;
        for (int d = 0; d < digits; ++d) {
            const bool zero = rng() % 2 == 0;
            v = v * 10 + (zero ? 0 : static_cast<std::int64_t>(1 + rng() % 9));
        }
        amounts.push_back(rng() % 4 == 0 ? -v : v);
    }
    for (std::int64_t v = 0; v < 2100; ++v) amounts.push_back(v);
    for (const std::int64_t v : amounts) {
        for (const int style : {0, 1}) {
            const auto r = call::vnd_text(N(static_cast<double>(v)), N(style));
            ASSERT_TRUE(r.ok()) << v;
            const std::string& s = *r;
            EXPECT_EQ(s.find("  "), std::string::npos) << s;
            EXPECT_NE(s.front(), ' ') << s;
            EXPECT_TRUE(s.ends_with(" đồng")) << s;
            EXPECT_FALSE(s.ends_with("  đồng")) << s;
            EXPECT_EQ(s.find("tư"), std::string::npos) << s;
            EXPECT_EQ(s.find(style == 0 ? "ngàn" : "nghìn"), std::string::npos) << s;
            EXPECT_EQ(s.find(style == 0 ? " lẻ " : " linh "), std::string::npos) << s;
            if (v != 0) {
                EXPECT_EQ(s.find("Không"), std::string::npos) << s;
            }
            EXPECT_EQ(parse_words(s), v) << s;
        }
    }
}

TEST(VND_TEXT, CatalogEntry) {
    const FunctionInfo* f = find_function("VND_TEXT");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->result, ResultKind::Text);
    EXPECT_FALSE(f->needs_document);
    ASSERT_EQ(f->args.size(), 2u);
    EXPECT_EQ(f->args[0].name, "Amount");
    EXPECT_FALSE(f->args[0].optional);
    EXPECT_EQ(f->args[1].name, "Style");
    EXPECT_TRUE(f->args[1].optional);
    EXPECT_EQ(f->example, "VND_TEXT(33333333)");
    EXPECT_EQ(*call::vnd_text(N(33333333), M()), f->example_result);
}
