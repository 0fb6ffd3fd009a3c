// The function catalog: the COMPENSATION family consistent with FUNCTIONS.md, every text a
// template that states no policy number of its own and renders from the data, every example
// giving its result.
#include "vnpolicy/catalog.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "catalog/help_text.hpp"
#include "catalog/sheet_functions.hpp"
#include "common/fold.hpp"
#include "data/policy_data.hpp"
#include "data/support_data.hpp"
#include "test_util.hpp"
#include "vnpolicy/dispatch.hpp"
#include "vnpolicy/matrix.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

namespace {

// Every template of the catalog: descriptions, argument help and argument details, both
// languages, with where it is.
struct Template {
    std::string where;  // "SUPPORT_LEVEL description_en", "STUDY_ALLOWANCE Course help_vi", …
    std::string_view text;
};

std::vector<Template> all_templates() {
    std::vector<Template> out;
    for (const FunctionInfo& f : catalog()) {
        const std::string fn(f.name);
        out.push_back({fn + " description_en", f.description_en});
        out.push_back({fn + " description_vi", f.description_vi});
        for (const ArgInfo& a : f.args) {
            const std::string arg = fn + " " + std::string(a.name);
            out.push_back({arg + " help_en", a.help_en});
            out.push_back({arg + " help_vi", a.help_vi});
            if (!a.detail_en.empty()) out.push_back({arg + " detail_en", a.detail_en});
            if (!a.detail_vi.empty()) out.push_back({arg + " detail_vi", a.detail_vi});
        }
    }
    return out;
}

// The contexts in which a template may write digits itself: codes the user types, bounds and
// references, never a value of the policy data. Matched case-insensitively after every
// placeholder has been replaced by "{}"; whatever digits remain are a policy number stated in C++.
struct Allowed {
    const char* pattern;
    const char* why;
};
const Allowed kAllowed[] = {
    {R"(\b[0-9] = )",
     "a code the user types and its meaning (Case, Rounding, Phase, Tranche, "
     "Style: \"1 = left during training\", \"0 = \"nghìn\"\")"},
    {R"((default|mặc định) [0-9]\b)", "the default code of an optional argument"},
    {R"(TRUE \(1\)|FALSE \(0\))", "booleans written as numbers"},
    {R"((case|trường hợp) [1-3]\b)", "a compensation case (a code of Case)"},
    {R"((phase|đợt|tranche) [12]\b)", "an installment or loan tranche (a code of Phase, Tranche)"},
    {R"((group|nhóm) [0-9]\b)", "a beneficiary group (a code of Group)"},
    {R"((1 to|từ 1 đến) \{\})", "the lowest Group, up to {groups.max}"},
    {R"((at least|ít nhất) 1\b)", "at least one month (T1 of case 3)"},
    {R"(\bT[12]\b)", "the decision's symbols for the required and served months"},
    {R"(>= 0\b)", "the lower bound of an amount or a count"},
    {R"(\b0-1\b)", "the range of a share"},
    {R"(max\(0,)", "nothing below zero (QUOTA_REMAINING)"},
    {R"((\bis|\bas|\ball|\belse|bằng|là|lại) 0\b)", "a result or a cell that is zero"},
    {R"(\b0 (when|under)\b)", "a result that is zero"},
    {R"(^1 (when|nếu)\b)", "TRAINING_ELIGIBLE's result 1"},
    {R"(× 12 /)", "months in a year (QUOTA_PACE)"},
    {R"(10\^15 \(999[.,]999 tỷ\))", "the range VND_TEXT can write in words, not a policy limit"},
    {R"(\b(BT|KH|ST)\.[0-9A-Za-z.\-]*[0-9A-Za-z])", "a rule id of POLICY.md (BT.2.2)"},
    {R"(\b[IVX]+\.[0-9]+)", "a section of a plan (II.2, V.1)"},
    {R"(\bArticles? [0-9]+(\([0-9]+\))*(-[0-9]+)?)", "an article reference (Article 6(3))"},
    {R"(Điều [0-9]+(-[0-9]+)?( khoản [0-9]+)?)", "an article reference (Điều 6 khoản 3)"},
};

// The numbers `text` states outside placeholders and allowed contexts ("20,000", "45").
std::vector<std::string> stated_numbers(std::string_view text) {
    static const std::regex placeholder(R"(\{[^{}]*\})");
    static const std::vector<std::regex> allowed = [] {
        std::vector<std::regex> out;
        for (const Allowed& a : kAllowed) {
            out.emplace_back(a.pattern, std::regex::ECMAScript | std::regex::icase);
        }
        return out;
    }();
    static const std::regex number(R"([0-9]+([.,][0-9]+)*)");
    std::string rest = std::regex_replace(std::string(text), placeholder, "{}");
    for (const std::regex& re : allowed) rest = std::regex_replace(rest, re, " ");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(rest.begin(), rest.end(), number);
         it != std::sregex_iterator(); ++it) {
        out.push_back(it->str());
    }
    return out;
}

// Characters as the screen shows them: Unicode code points (UTF-8 lead bytes).
std::size_t code_points(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) {
        if (!out.empty()) out += ", ";
        out += s;
    }
    return out;
}

// --- Examples: "NAME(arg;arg;...)" parsed and called through vnpolicy::sheet ------------------

// The arguments of an example as Args (texts and ranges kept alive here).
class ExampleArgs {
public:
    explicit ExampleArgs(std::string_view call) {
        const std::size_t open = call.find('(');
        EXPECT_NE(open, std::string_view::npos) << call;
        EXPECT_EQ(call.back(), ')') << call;
        if (open == std::string_view::npos) return;
        name_ = call.substr(0, open);
        for (const std::string& raw : split(call.substr(open + 1, call.size() - open - 2))) {
            args_.push_back(parse(raw));
        }
        if (args_.size() == 1 && args_[0].kind == Arg::Kind::Missing) args_.clear();  // NAME()
    }

    [[nodiscard]] std::string_view name() const { return name_; }
    [[nodiscard]] std::size_t size() const { return args_.size(); }
    // The arguments given, then missing ones up to `count` (as Calc passes omitted ones).
    [[nodiscard]] std::vector<Arg> padded(std::size_t count) const {
        std::vector<Arg> out = args_;
        out.resize(std::max(count, out.size()), M());
        return out;
    }

    // Splits "a;b;c" at the top level (not inside quotes, parentheses or braces).
    static std::vector<std::string> split(std::string_view s) {
        std::vector<std::string> out(1);
        int depth = 0;
        bool quoted = false;
        for (const char c : s) {
            if (c == '"') quoted = !quoted;
            if (!quoted && (c == '(' || c == '{')) ++depth;
            if (!quoted && (c == ')' || c == '}')) --depth;
            if (!quoted && depth == 0 && c == ';') {
                out.emplace_back();
            } else {
                out.back() += c;
            }
        }
        return out;
    }

private:
    Arg parse(const std::string& raw) {
        if (raw.empty()) return M();
        if (raw.front() == '"') {  // "text", with "" for a quote inside
            std::string text;
            for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
                text += raw[i];
                if (raw[i] == '"') ++i;
            }
            const auto utf16 = utf8_to_utf16(text);
            EXPECT_TRUE(utf16.has_value()) << raw;
            return T(texts_.emplace_back(utf16.value_or(u"")));
        }
        if (raw.starts_with("DATE(")) {
            const auto parts = split(raw.substr(5, raw.size() - 6));
            EXPECT_EQ(parts.size(), 3u) << raw;
            if (parts.size() != 3) return O();
            return N(serial(std::stoi(parts[0]), std::stoi(parts[1]), std::stoi(parts[2])));
        }
        if (raw.front() == '{') {  // an inline array, one value a row: {1;1;1}
            std::vector<Arg>& cells = ranges_.emplace_back();
            for (const std::string& v : split(raw.substr(1, raw.size() - 2))) {
                cells.push_back(N(std::stod(v)));
            }
            return Arg::range(cells.data(), static_cast<std::uint32_t>(cells.size()), 1);
        }
        if (raw == "TRUE") return N(1);
        if (raw == "FALSE") return N(0);
        std::size_t used = 0;
        const double v = std::stod(raw, &used);
        EXPECT_EQ(used, raw.size()) << raw;
        return N(v);
    }

    std::string name_;
    std::vector<Arg> args_;
    std::deque<std::u16string> texts_;     // stable: Args view them
    std::deque<std::vector<Arg>> ranges_;  // stable: Args point into them
};

// A number as the catalog writes it: up to 15 significant digits, as Calc shows it.
std::string shown(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

// True when `text` matches `pattern`, where each "…" of the pattern stands for any text.
bool matches_elided(std::string_view text, std::string_view pattern) {
    static constexpr std::string_view kEllipsis = "…";
    std::vector<std::string_view> pieces;
    for (std::size_t at = 0;;) {
        const std::size_t next = pattern.find(kEllipsis, at);
        pieces.push_back(pattern.substr(at, next - at));
        if (next == std::string_view::npos) break;
        at = next + kEllipsis.size();
    }
    if (pieces.size() == 1) return text == pattern;
    if (!text.starts_with(pieces.front()) || !text.ends_with(pieces.back())) return false;
    std::size_t pos = pieces.front().size();
    for (std::size_t i = 1; i + 1 < pieces.size(); ++i) {
        pos = text.find(pieces[i], pos);
        if (pos == std::string_view::npos) return false;
        pos += pieces[i].size();
    }
    return pos + pieces.back().size() <= text.size();
}

}  // namespace

TEST(Catalog, SixFunctionsInOrder) {
    const auto cat = catalog();
    const std::vector<std::string_view> names = {"COMPENSATION",   "COMMITMENT_MONTHS",
                                                 "SERVICE_MONTHS", "COMPENSATION_EXPLAIN",
                                                 "BASE_WAGE",      "POLICY_INFO"};
    ASSERT_GE(cat.size(), names.size());  // the other families follow
    for (std::size_t i = 0; i < names.size(); ++i) EXPECT_EQ(cat[i].name, names[i]);
}

TEST(Catalog, ArgumentsAsTheContract) {
    struct Expect {
        std::string_view fn;
        std::vector<std::pair<std::string_view, bool>> args;  // name, optional
        bool needs_document;
        ResultKind result;
    };
    const std::vector<Expect> rows = {
        {"COMPENSATION",
         {{"Cost", false},
          {"RequiredMonths", false},
          {"ServedMonths", false},
          {"Case", true},
          {"Policy", true},
          {"Group", true}},
         false,
         ResultKind::Number},
        {"COMMITMENT_MONTHS",
         {{"TrainingMonths", false}, {"Policy", true}, {"Group", true}},
         false,
         ResultKind::Number},
        {"SERVICE_MONTHS",
         {{"StartDate", false}, {"EndDate", false}, {"Rounding", true}},
         true,
         ResultKind::Number},
        {"COMPENSATION_EXPLAIN",
         {{"Cost", false},
          {"RequiredMonths", false},
          {"ServedMonths", false},
          {"Case", true},
          {"Policy", true},
          {"Language", true},
          {"Group", true}},
         false,
         ResultKind::Text},
        {"BASE_WAGE", {{"Date", false}}, true, ResultKind::Number},
        {"POLICY_INFO", {}, false, ResultKind::Text},
    };
    for (const Expect& e : rows) {
        SCOPED_TRACE(std::string(e.fn));
        const FunctionInfo* f = find_function(e.fn);
        ASSERT_NE(f, nullptr);
        EXPECT_EQ(f->needs_document, e.needs_document);
        EXPECT_EQ(f->result, e.result);
        ASSERT_EQ(f->args.size(), e.args.size());
        for (std::size_t i = 0; i < e.args.size(); ++i) {
            EXPECT_EQ(f->args[i].name, e.args[i].first);
            EXPECT_EQ(f->args[i].optional, e.args[i].second);
        }
    }
    EXPECT_EQ(find_function("NOPE"), nullptr);
}

TEST(Catalog, EveryTextPresentInBothLanguages) {
    for (const FunctionInfo& f : catalog()) {
        SCOPED_TRACE(std::string(f.name));
        EXPECT_FALSE(f.description_en.empty());
        EXPECT_FALSE(f.description_vi.empty());
        EXPECT_NE(f.description_en, f.description_vi);
        EXPECT_FALSE(f.rules.empty());
        EXPECT_FALSE(f.example.empty());
        EXPECT_FALSE(f.example_result.empty());
        EXPECT_EQ(f.example.substr(0, f.name.size()), f.name);
        bool seen_optional = false;
        for (const ArgInfo& a : f.args) {
            EXPECT_FALSE(a.name.empty());
            EXPECT_FALSE(a.name_vi.empty());
            EXPECT_FALSE(a.help_en.empty());
            EXPECT_FALSE(a.help_vi.empty());
            if (a.optional) {
                seen_optional = true;
                EXPECT_NE(a.help_en.find("default"), std::string_view::npos) << a.name;
                EXPECT_NE(a.help_vi.find("mặc định"), std::string_view::npos) << a.name;
            } else {
                EXPECT_FALSE(seen_optional) << "required " << a.name << " after an optional one";
            }
        }
    }
}

TEST(Catalog, RuleIds) {
    EXPECT_EQ(find_function("COMPENSATION")->rules, "BT.15-17, KH.4-5");
    EXPECT_EQ(find_function("COMMITMENT_MONTHS")->rules, "BT.1d, BT.15.3, KH.3");
    EXPECT_EQ(find_function("SERVICE_MONTHS")->rules, "BT.16.2c");
}

// The Policy help names every policy it accepts; the description names every policy, with its
// decree, and the ones without compensation rules.
TEST(Catalog, PolicyHelpNamesTheCodes) {
    for (const std::string_view fn :
         {"COMPENSATION", "COMMITMENT_MONTHS", "COMPENSATION_EXPLAIN"}) {
        const FunctionInfo* f = find_function(fn);
        for (const PolicyEntry& p : policy_data().policies) {
            const std::string decree = p.code + "\" (" + p.decree.short_name + ")";
            EXPECT_NE(description(*f, false).find(decree), std::string::npos)
                << fn << " " << decree;
            EXPECT_NE(description(*f, true).find(decree), std::string::npos) << fn << " " << decree;
        }
        for (const ArgInfo& a : f->args) {
            if (a.name != "Policy") continue;
            for (const PolicyEntry& p : policy_data().policies) {
                if (!p.compensation) continue;
                EXPECT_NE(arg_help(a, false).find(p.code), std::string::npos)
                    << fn << " " << p.code;
                EXPECT_NE(arg_help(a, true).find(p.code), std::string::npos) << fn << " " << p.code;
            }
        }
    }
}

// (a) Every description and argument help renders completely: no unknown key ("{?key}"), no
// brace left over.
TEST(Catalog, EveryTemplateRendersCompletely) {
    for (const FunctionInfo& f : catalog()) {
        for (const bool vi : {false, true}) {
            std::vector<std::pair<std::string, std::string>> texts = {
                {"description", description(f, vi)}};
            for (const ArgInfo& a : f.args)
                texts.emplace_back(std::string(a.name), arg_help(a, vi));
            for (const auto& [what, text] : texts) {
                SCOPED_TRACE(std::string(f.name) + " " + what + (vi ? " (vi)" : " (en)"));
                EXPECT_EQ(text.find("{?"), std::string::npos) << text;
                EXPECT_EQ(text.find('{'), std::string::npos) << text;
                EXPECT_EQ(text.find('}'), std::string::npos) << text;
                EXPECT_FALSE(text.empty());
            }
        }
    }
}

// (b) The templates state no policy number and no policy name themselves: every digit outside a
// placeholder sits in an allowed context (kAllowed), and no highland commune or policy code is
// written out.
TEST(Catalog, TemplatesStateNoPolicyNumber) {
    const PolicyData& data = policy_data();
    ASSERT_FALSE(data.support->highland_communes.empty());
    for (const Template& t : all_templates()) {
        SCOPED_TRACE(t.where);
        const std::vector<std::string> numbers = stated_numbers(t.text);
        EXPECT_TRUE(numbers.empty()) << "states " << joined(numbers) << " in: " << t.text;
        for (const HighlandCommune& c : data.support->highland_communes) {
            EXPECT_EQ(t.text.find(c.name), std::string_view::npos) << c.name << " in: " << t.text;
        }
        for (const PolicyEntry& p : data.policies) {
            EXPECT_EQ(t.text.find(p.code), std::string_view::npos) << p.code << " in: " << t.text;
        }
    }
}

// The check above catches what it is meant to catch (and lets the allowed contexts through).
TEST(Catalog, StatedNumbersCatchesPolicyNumbers) {
    for (const std::string_view bad :
         {"\"professional\" (20,000 a day in the province, 30,000 outside)",
          "(20.000 đồng/ngày trong tỉnh)", "adds 5,000,000 once", "(45 × or 25 ×, BT.2.2)",
          "(age limit 40)", "(3 needed)", "under 15 every component is 0", "(from 2008-01-01)",
          "(từ 01/01/2008)", "50 %", "× 12 / 365.25", "KH2023 beneficiary group 4",
          "1 = advance of 50 % at the decision-date wage", "The 12 highland communes"}) {
        EXPECT_FALSE(stated_numbers(bad).empty()) << bad;
    }
    for (const std::string_view good :
         {"Optional, default 3. 1 = left during training; 2 = no diploma: {case2.shares}",
          "TRUE (1): adds {support.encouragement_bonus} once (BT.2.4)", "T1 × (T1 − T2), >= 0",
          "group 4 (up to {income_topup.group4_multiple} ×)", "Article 6(3), Điều 6 khoản 3",
          "under {rotation.min_distance_km} every component is 0", "phase 1, đợt 2",
          "Conditions b, d, g", "Share of the target reached, 0-1"}) {
        EXPECT_TRUE(stated_numbers(good).empty()) << good << ": " << joined(stated_numbers(good));
    }
}

// (c) Every catalog function's example, called through the table of core calls (as the add-in
// and the fuzzers call it) with the example's
// arguments, gives the catalog's example_result: numbers as written (15 significant digits),
// texts exactly ("…" elides a part; POLICY_INFO's version is not compared), arrays element by
// element. A data change that makes an
// example stale fails here.
TEST(Catalog, ExamplesGiveTheirResults) {
    std::size_t checked = 0;
    for (const FunctionInfo& f : catalog()) {
        SCOPED_TRACE(std::string(f.example));
        const ExampleArgs args(f.example);
        EXPECT_EQ(args.name(), f.name);
        EXPECT_LE(args.size(), f.args.size());
        const std::vector<Arg> given = args.padded(f.args.size());
        ASSERT_LT(checked, core_calls().size());
        CallResult got;
        core_calls()[checked](kNull1899, given.data(), got);
        ASSERT_NE(got.kind, CallResult::Kind::Error)
            << "error " << static_cast<int>(got.error.code) << " in " << got.error.arg;
        const std::string expected(f.example_result);
        switch (f.result) {
            case ResultKind::Number:
                ASSERT_EQ(got.kind, CallResult::Kind::Number);
                EXPECT_EQ(shown(got.number), expected);
                if (f.whole_result) {
                    EXPECT_EQ(got.number, std::stod(expected));
                }
                break;
            case ResultKind::Text:
                ASSERT_EQ(got.kind, CallResult::Kind::Text);
                if (f.name == "POLICY_INFO") {
                    // Its prefix, whatever the add-in's version: "vnpolicy … · policy data …".
                    const std::size_t rest = expected.find(" · ");
                    ASSERT_NE(rest, std::string::npos) << expected;
                    ASSERT_TRUE(expected.starts_with("vnpolicy ")) << expected;
                    EXPECT_TRUE(matches_elided(got.text, "vnpolicy …" + expected.substr(rest)))
                        << got.text;
                } else {
                    EXPECT_TRUE(matches_elided(got.text, expected)) << got.text;
                }
                break;
            case ResultKind::Array: {
                ASSERT_EQ(got.kind, CallResult::Kind::Array);
                ASSERT_TRUE(expected.starts_with("{") && expected.ends_with("}"));
                const auto values = ExampleArgs::split(expected.substr(1, expected.size() - 2));
                ASSERT_EQ(got.matrix.values.size(), values.size());
                EXPECT_EQ(got.matrix.cols, 1u);
                for (std::size_t i = 0; i < values.size(); ++i) {
                    EXPECT_EQ(shown(got.matrix.values[i]), values[i]) << "element " << i;
                }
                break;
            }
        }
        ++checked;
    }
    EXPECT_EQ(checked, core_calls().size()) << "the table and the catalog differ";
}

TEST(Catalog, ElidedExampleResults) {
    EXPECT_TRUE(matches_elided("abc", "abc"));
    EXPECT_FALSE(matches_elided("abcd", "abc"));
    EXPECT_TRUE(matches_elided("vnpolicy 0.1.0 · more", "vnpolicy 0.1.0 …"));
    EXPECT_FALSE(matches_elided("vnpolicy 0.2.0 · more", "vnpolicy 0.1.0 …"));
    EXPECT_TRUE(matches_elided("x 47.250.000 đồng y", "… 47.250.000 đồng …"));
    EXPECT_FALSE(matches_elided("x 47.250.001 đồng y", "… 47.250.000 đồng …"));
    EXPECT_TRUE(matches_elided("x = 25.600.000 đồng", "… 25.600.000 đồng"));
    EXPECT_FALSE(matches_elided("x = 25.600.000 đồng.", "… 25.600.000 đồng"));
    EXPECT_FALSE(matches_elided("ab", "ab…b"));
}

// (d) The help follows the data: the same template rendered against edited data says the new
// value.
TEST(Catalog, HelpFollowsTheData) {
    const FunctionInfo* f = find_function("STUDY_ALLOWANCE");
    ASSERT_NE(f, nullptr);
    ASSERT_GE(f->args.size(), 2u);
    const ArgInfo& course = f->args[1];
    ASSERT_EQ(course.name, "Course");

    std::vector<DataFile> files(embedded_policy_files().begin(), embedded_policy_files().end());
    std::string edited;
    for (DataFile& file : files) {
        if (file.name != "policies/BT2012.toml") continue;
        edited = std::string(file.text);
        const std::string_view from = "meal_professional_in  = { value = 20000";
        const std::size_t at = edited.find(from);
        ASSERT_NE(at, std::string::npos);
        edited.replace(at, from.size(), "meal_professional_in  = { value = 21000");
        file.text = edited;
    }
    ASSERT_FALSE(edited.empty()) << "no policies/BT2012.toml among the embedded files";
    const LoadResult loaded = load_policy_data(files);
    ASSERT_TRUE(loaded.data) << loaded.error;

    // Shipped data: 20,000; edited data: 21,000, in the argument help and the description.
    EXPECT_NE(arg_help(course, false).find("(20,000 a day"), std::string::npos);
    EXPECT_NE(arg_help(course, true).find("(20.000 đồng/ngày"), std::string::npos);
    const std::string en = render_help(course.help_en, Language::En, *loaded.data);
    const std::string vi = render_help(course.help_vi, Language::Vi, *loaded.data);
    EXPECT_NE(en.find("(21,000 a day"), std::string::npos) << en;
    EXPECT_NE(vi.find("(21.000 đồng/ngày"), std::string::npos) << vi;
    EXPECT_EQ(en.find("\"chuyên môn\" (20,000"), std::string::npos) << en;
    EXPECT_NE(render_help(f->description_en, Language::En, *loaded.data).find("21,000"),
              std::string::npos);
    EXPECT_NE(render_help(f->description_vi, Language::Vi, *loaded.data).find("21.000"),
              std::string::npos);
}

TEST(Catalog, PlaceholdersOfTheSupportFamily) {
    const FunctionInfo* degree_fn = find_function("SUPPORT_MULTIPLE");
    ASSERT_NE(degree_fn, nullptr);
    const std::string degree = description(*degree_fn, false);
    for (const std::string& s : policy_data().support->degree.shown[0]) {
        EXPECT_NE(degree.find("\"" + s + "\""), std::string::npos) << s;
    }
    const PolicyData& data = policy_data();
    EXPECT_EQ(render_help("{codes.route.h_x}", Language::En, data), "\"H-X\" / \"huyện-xã\"");
    EXPECT_EQ(render_help("{codes.route.nope}", Language::En, data), "{?codes.route.nope}");
    EXPECT_EQ(render_help("{codes.nope.h_x}", Language::En, data), "{?codes.nope.h_x}");
    EXPECT_EQ(render_help("{codes.route.h_x.1}", Language::En, data), "\"huyện-xã\"");
    EXPECT_EQ(render_help("{codes.route.h_x.2}", Language::En, data), "{?codes.route.h_x.2}");
    EXPECT_EQ(render_help("{codes.route.h_x.x}", Language::En, data), "{?codes.route.h_x.x}");
    EXPECT_EQ(render_help("{policies.compensation.codes}", Language::En, data),
              "\"BT2012\", \"KH2023\"");
    EXPECT_EQ(render_help("{decree_name.quota}", Language::Vi, data),
              data.serving("quota")->decree.name_vi);
    EXPECT_EQ(render_help("{decree_name.quota}", Language::En, data),
              data.serving("quota")->decree.name_en);
    EXPECT_EQ(render_help("{support.phase1_share%}", Language::En, data), "50 %");
    const std::string communes = description(*find_function("TUITION_SUPPORT"), true);
    for (const HighlandCommune& c : data.support->highland_communes) {
        EXPECT_NE(communes.find(c.name), std::string::npos) << c.name;
    }
}

TEST(Catalog, VietnameseLabelsFromOnePlace) {
    EXPECT_EQ(arg_label_vi("ServedMonths"), "Số tháng đã phục vụ");
    EXPECT_EQ(arg_label_vi("Cost"), "Chi phí");
    EXPECT_EQ(arg_label_vi("Unknown"), "Unknown");
    const FunctionInfo& base_wage = *find_function("BASE_WAGE");
    EXPECT_EQ(description(base_wage, true),
              render_help(base_wage.description_vi, Language::Vi, policy_data()));
    EXPECT_EQ(description(base_wage, false),
              render_help(base_wage.description_en, Language::En, policy_data()));
    EXPECT_EQ(display_arg_name(base_wage.args[0], false), "Date");
    // Every argument name maps to the same Vietnamese label wherever it appears.
    for (const FunctionInfo& f : catalog()) {
        for (const ArgInfo& a : f.args) EXPECT_EQ(arg_label_vi(a.name), a.name_vi) << a.name;
    }
}

// Calc's argument hint (ScInputHandler::ShowArgumentsTip) is one line: the signature with the
// argument names of the UI language, " : ", then the current argument's help. On a 1366-pixel
// screen about 180 characters fit, so the help says what the value is, its unit, its default and
// the allowed values in brief, at most 110 characters; the detail (what each code means, a
// policy's groups, every accepted spelling) is in the function's description.
//
// One signature leaves less room than the shortest help of an optional argument
// ("Không bắt buộc, mặc định FALSE."): ELIGIBILITY_EXPLAIN in Vietnamese, whose eight argument
// labels alone take 153 characters. Its helps are held to that shortest help instead.
TEST(Catalog, ArgumentHintFitsA1366PixelScreen) {
    constexpr std::size_t kMaxHint = 180;
    constexpr std::size_t kMaxHelp = 110;
    const std::size_t shortest_optional = code_points("Không bắt buộc, mặc định FALSE.");
    for (const FunctionInfo& f : catalog()) {
        for (const bool vi : {false, true}) {
            std::string signature = std::string(f.name) + "(";
            for (std::size_t i = 0; i < f.args.size(); ++i) {
                if (i > 0) signature += "; ";
                signature += display_arg_name(f.args[i], vi);
            }
            signature += ") : ";
            const std::size_t room = kMaxHint - std::min(kMaxHint, code_points(signature));
            const std::size_t limit = std::min(kMaxHelp, std::max(room, shortest_optional));
            for (const ArgInfo& a : f.args) {
                const std::string help = arg_help(a, vi);
                const std::string hint = signature + help;
                EXPECT_LE(code_points(help), limit)
                    << f.name << " " << a.name << (vi ? " (vi)" : " (en)") << ": help of "
                    << code_points(help) << " characters (at most " << limit << "), hint of "
                    << code_points(hint) << ": " << hint;
            }
        }
    }
}

// An argument's detail is written once (ArgInfo::detail_*) and ends the description of every
// function that takes the argument: COMPENSATION and COMPENSATION_EXPLAIN both explain Case.
TEST(Catalog, ArgumentDetailEndsEveryDescriptionThatTakesIt) {
    for (const FunctionInfo& f : catalog()) {
        for (const bool vi : {false, true}) {
            const std::string d = description(f, vi);
            for (const ArgInfo& a : f.args) {
                const std::string_view detail = vi ? a.detail_vi : a.detail_en;
                if (detail.empty()) continue;
                const std::string rendered =
                    render_help(detail, vi ? Language::Vi : Language::En, policy_data());
                EXPECT_NE(d.find(rendered), std::string::npos) << f.name << " " << a.name;
            }
        }
    }
    const std::string case_en = "Case: 1 = left during training";
    EXPECT_NE(description(*find_function("COMPENSATION"), false).find(case_en), std::string::npos);
    EXPECT_NE(description(*find_function("COMPENSATION_EXPLAIN"), false).find(case_en),
              std::string::npos);
}
