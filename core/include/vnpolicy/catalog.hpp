// The one metadata table of the spreadsheet functions: names, arguments, vi/en wizard text,
// rule ids and an example. The IDL, the function-wizard help (XAddIn) and the README reference
// are generated from it, so they cannot drift apart.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace vnpolicy {

// Number: a double; Text: a string; Array: a Matrix (vnpolicy/matrix.hpp), which an array
// formula spreads over its cells (the IDL returns `any`: a sequence<sequence<double>>).
enum class ResultKind : unsigned char { Number, Text, Array };

// What an argument accepts (FUNCTIONS.md "Conventions"), declared once per argument: one generic
// reader applies it (core/common/read_args.hpp) before any rule runs, and the explanations name
// the allowed values from it. Limits named "limits.*" are the policy data's sanity limits.
enum class ArgType : unsigned char {
    Number,       // a finite number
    NonNegative,  // a finite number >= 0 (a distance); optional ones have no default
    Money,        // đồng: >= 0 and below limits.max_cost
    Months,       // >= 0, at most limits.max_months; rounded half-up to whole months (BT.16.2c)
    Count,        // a whole number >= 0 (days, school years, good years)
    People,       // a whole number >= 0, at most limits.max_people; a single value, not a range
    Whole,        // a whole number in [lo, hi]; hi == kMaxGroup: the data's largest group
    Bool,         // TRUE/FALSE: 1 or 0 (an empty cell is 0)
    Date,         // a date serial of the document (its null date)
    Code,         // a text code of the code list `codes`, folded (case, accents, spaces)
    Policy,       // a policy code of the data (default: the default compensation policy)
    Language,     // "vi" or "en" (default "vi")
    CodeOrBlank,  // a text code or a blank cell (0): looked up by the rule (Commune)
    PeopleCells,  // people per district: a whole number or a range of them (empty cells 0)
    WeightCells,  // weights: a number >= 0 or a range of them (empty cells 0)
};

// The code lists of the support data (data/policies/*.toml [support.codes]).
enum class CodeList : unsigned char {
    None,
    Degree,
    Programme,
    StudyCourse,
    TuitionCourse,
    Level,
    Route,
    Gender,
    Kind,
    Component,
    StaffType
};

inline constexpr int kMaxGroup = -1;  // ArgCheck::hi of a Group: the data's largest group

struct ArgCheck {
    ArgType type = ArgType::Number;
    CodeList codes = CodeList::None;  // Code
    int lo = 0;                       // Whole: the allowed range
    int hi = 0;
    int fallback = 0;  // an optional Whole, Bool or Code when omitted (a code: its index)
};

// Descriptions and argument help are templates: "{study.meal_professional_in}" and the other
// placeholders of help_text.cpp are filled in from the policy data (description(), arg_help()),
// so the help states no policy number of its own.
struct ArgInfo {
    std::string_view name;     // contract name, e.g. "ServedMonths" (also the IDL parameter)
    std::string_view name_vi;  // wizard name in a Vietnamese UI
    std::string_view help_en;  // template
    std::string_view help_vi;  // template
    bool optional;             // may be omitted (then ArgCheck::fallback or the type's default)
    ArgCheck check;
    // What the argument means in full (codes and their meaning, the rule behind a default):
    // templates too, appended in argument order to the description of every function that takes
    // the argument, so the short help above fits Calc's one-line hint and the detail is written
    // once.
    std::string_view detail_en{};
    std::string_view detail_vi{};
};

struct FunctionInfo {
    std::string_view name;  // e.g. "COMPENSATION": the Calc name and the IDL method name
    ResultKind result;
    bool needs_document;  // takes the document's options (null date) as hidden first argument
    std::span<const ArgInfo> args;
    std::string_view description_en;
    std::string_view description_vi;
    std::string_view rules;           // rule ids of POLICY.md, e.g. "BT.15-17, KH.4-5"
    std::string_view example;         // e.g. "COMPENSATION(50000000;108;36)"
    std::string_view example_result;  // e.g. "33333333"
    // Number results that are always whole (đồng, months, people): the fuzzers check it. Last and
    // defaulted, so a catalog row that leaves it out means "may be fractional".
    bool whole_result = false;
    // A per-row Number function with an array form (vnpolicy/cells.hpp): given ranges it returns
    // the array of per-row results ({=COMPENSATION(A2:A9;B2:B9;C2:C9)}); the IDL returns `any`.
    bool array_form = false;
};

std::span<const FunctionInfo> catalog() noexcept;
const FunctionInfo* find_function(std::string_view name) noexcept;

// Added for explanations and the add-in: the Vietnamese wizard label of a contract argument name
// (e.g. "ServedMonths" -> "Số tháng đã phục vụ"), taken from the catalog above; the name itself
// when unknown.
std::string_view arg_label_vi(std::string_view arg_name) noexcept;

// The wizard text in the UI language (Vietnamese when `vietnamese_ui`, English otherwise), its
// placeholders filled in from the shipped policy data; a description ends with the details of
// its arguments (ArgInfo::detail_*).
std::string description(const FunctionInfo& f, bool vietnamese_ui);
std::string arg_help(const ArgInfo& a, bool vietnamese_ui);
inline std::string_view display_arg_name(const ArgInfo& a, bool vietnamese_ui) noexcept {
    return vietnamese_ui ? a.name_vi : a.name;
}

}  // namespace vnpolicy
