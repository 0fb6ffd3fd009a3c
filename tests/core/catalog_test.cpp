// The function catalog: the six COMPENSATION-family functions, consistent with FUNCTIONS.md.
#include "vnpolicy/catalog.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "vnpolicy/sheet_functions.hpp"

using namespace vnpolicy;
using namespace vnpolicy::test;

TEST(Catalog, SixFunctionsInOrder) {
    const auto cat = catalog();
    const std::vector<std::string_view> names = {"COMPENSATION",   "COMMITMENT_MONTHS",
                                                 "SERVICE_MONTHS", "COMPENSATION_EXPLAIN",
                                                 "BASE_WAGE",      "POLICY_INFO"};
    ASSERT_GE(cat.size(), names.size());  // the other families follow (support_test.cpp, ...)
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
          {"Policy", true}},
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
          {"Language", true}},
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

TEST(Catalog, PolicyHelpNamesTheCodes) {
    for (const std::string_view fn :
         {"COMPENSATION", "COMMITMENT_MONTHS", "COMPENSATION_EXPLAIN"}) {
        const FunctionInfo* f = find_function(fn);
        for (const ArgInfo& a : f->args) {
            if (a.name != "Policy") continue;
            for (const std::string_view code : {"BT2012", "KH2023", "ST2023"}) {
                EXPECT_NE(a.help_en.find(code), std::string_view::npos) << fn << " " << code;
                EXPECT_NE(a.help_vi.find(code), std::string_view::npos) << fn << " " << code;
            }
        }
    }
}

TEST(Catalog, ExamplesGiveTheirResults) {
    const auto num = [](std::string_view fn) {
        return std::stod(std::string(find_function(fn)->example_result));
    };
    EXPECT_EQ(*sheet::compensation(N(50000000), N(108), N(36), M(), M()), num("COMPENSATION"));
    EXPECT_EQ(*sheet::commitment_months(N(36), M(), M()), num("COMMITMENT_MONTHS"));
    EXPECT_EQ(
        *sheet::service_months(kNull1899, N(serial(2020, 1, 15)), N(serial(2023, 1, 30)), M()),
        num("SERVICE_MONTHS"));
    EXPECT_EQ(*sheet::base_wage(kNull1899, N(serial(2012, 12, 1))), num("BASE_WAGE"));
    EXPECT_EQ(*sheet::compensation_explain(N(50000000), N(108), N(36), M(), M(), M()),
              find_function("COMPENSATION_EXPLAIN")->example_result);
    EXPECT_EQ(sheet::policy_info().substr(0, 9), "vnpolicy ");
}

TEST(Catalog, VietnameseLabelsFromOnePlace) {
    EXPECT_EQ(arg_label_vi("ServedMonths"), "Số tháng đã phục vụ");
    EXPECT_EQ(arg_label_vi("Cost"), "Chi phí");
    EXPECT_EQ(arg_label_vi("Unknown"), "Unknown");
    EXPECT_EQ(description(*find_function("BASE_WAGE"), true),
              find_function("BASE_WAGE")->description_vi);
    EXPECT_EQ(display_arg_name(find_function("BASE_WAGE")->args[0], false), "Date");
    // Every argument name maps to the same Vietnamese label wherever it appears.
    for (const FunctionInfo& f : catalog()) {
        for (const ArgInfo& a : f.args) EXPECT_EQ(arg_label_vi(a.name), a.name_vi) << a.name;
    }
}
