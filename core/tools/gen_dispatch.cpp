// gen_dispatch: writes, from vnpolicy::catalog() alone, the table of core calls
// (vnpolicy/dispatch.hpp). Entry i reads catalog()[i]'s arguments once, as the catalog declares
// them (read_as<type>), and calls vnpolicy::sheet::<name in lower case> with the checked, typed
// values — through over_cells for a function with an array form; an *_EXPLAIN function turns a
// refused argument into its reason (explain_input_error). A function added to the catalog is
// reachable from the add-in and the fuzzers with no edit anywhere else.
//
// Usage: gen_dispatch <dispatch_table.cpp>   (rewritten only when its content changes)
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "vnpolicy/catalog.hpp"

namespace {

using vnpolicy::ArgInfo;
using vnpolicy::ArgType;
using vnpolicy::CodeList;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// The C++ enum of a code list (data/support_data.hpp).
const char* code_enum(CodeList l) {
    switch (l) {
        case CodeList::Degree:
            return "Degree";
        case CodeList::Programme:
            return "Programme";
        case CodeList::StudyCourse:
            return "StudyCourse";
        case CodeList::TuitionCourse:
            return "TuitionCourse";
        case CodeList::Level:
            return "MaterialsLevel";
        case CodeList::Route:
            return "Route";
        case CodeList::Gender:
            return "Gender";
        case CodeList::Kind:
            return "MoveKind";
        case CodeList::Component:
            return "RotationPart";
        case CodeList::StaffType:
            return "StaffType";
        case CodeList::None:
            break;
    }
    return "int";
}

const char* type_name(ArgType t) {
    switch (t) {
        case ArgType::Number:
            return "Number";
        case ArgType::NonNegative:
            return "NonNegative";
        case ArgType::Money:
            return "Money";
        case ArgType::Months:
            return "Months";
        case ArgType::Count:
            return "Count";
        case ArgType::People:
            return "People";
        case ArgType::Whole:
            return "Whole";
        case ArgType::Bool:
            return "Bool";
        case ArgType::Date:
            return "Date";
        case ArgType::Code:
            return "Code";
        case ArgType::Policy:
            return "Policy";
        case ArgType::Language:
            return "Language";
        case ArgType::CodeOrBlank:
            return "CodeOrBlank";
        case ArgType::PeopleCells:
            return "PeopleCells";
        case ArgType::WeightCells:
            return "WeightCells";
    }
    return "Number";
}

// The reads of every argument of `f` from `src`, in order; `on_fail(i)` is the statement run
// when argument i is refused (the Error is in `e`).
template <class OnFail>
std::string reads(const vnpolicy::FunctionInfo& f, const std::string& src, const std::string& nd,
                  const std::string& indent, OnFail on_fail) {
    std::string out = indent + "Checked v[" + std::to_string(f.args.size()) + "];\n" + indent +
                      "Error e{Errc::Missing};\n";
    for (std::size_t i = 0; i < f.args.size(); ++i) {
        const std::string k = std::to_string(i);
        out += indent + "if (!read_as<ArgType::" + type_name(f.args[i].check.type) + ">(info[" + k +
               "], " + src + "[" + k + "], " + nd + ", d, v[" + k + "], e)) " + on_fail(i) + "\n";
    }
    return out;
}

// The typed value a rule takes for checked argument v[i].
std::string typed(const ArgInfo& a, std::size_t i) {
    const std::string v = "v[" + std::to_string(i) + "]";
    switch (a.check.type) {
        case ArgType::Number:
        case ArgType::Money:
        case ArgType::Count:
        case ArgType::People:
            return v + ".value";
        case ArgType::NonNegative:
            return v + ".present ? std::optional<double>(" + v + ".value) : std::nullopt";
        case ArgType::Months:
            return "MonthsArg{" + v + ".given, " + v + ".value}";
        case ArgType::Whole:
            return "static_cast<int>(" + v + ".value)";
        case ArgType::Bool:
            return v + ".value != 0";
        case ArgType::Date:
            return "DateArg{" + v + ".given, static_cast<DayNumber>(" + v + ".value)}";
        case ArgType::Code:
            return std::string("static_cast<") + code_enum(a.check.codes) + ">(" + v + ".value)";
        case ArgType::Policy:
            return "static_cast<PolicyId>(" + v + ".value)";
        case ArgType::Language:
            return "static_cast<Language>(" + v + ".value)";
        case ArgType::CodeOrBlank:
            return v + ".present ? " + v + ".arg->text : std::u16string_view{}";
        case ArgType::PeopleCells:
        case ArgType::WeightCells:
            return "*" + v + ".arg";
    }
    return v + ".value";
}

std::string table() {
    std::ostringstream o;
    o << "// Generated by core/tools/gen_dispatch.cpp from vnpolicy::catalog(). Do not edit.\n"
      << "// clang-format off\n"
      << "#include <optional>\n#include <string_view>\n\n"
      << "#include \"catalog/sheet_functions.hpp\"\n"
      << "#include \"common/cells.hpp\"\n"
      << "#include \"common/explain_text.hpp\"\n"
      << "#include \"common/read_args.hpp\"\n"
      << "#include \"vnpolicy/catalog.hpp\"\n"
      << "#include \"vnpolicy/dispatch.hpp\"\n\n"
      << "namespace vnpolicy {\nnamespace {\n\n";
    std::size_t index = 0;
    for (const vnpolicy::FunctionInfo& f : vnpolicy::catalog()) {
        const std::size_t n = f.args.size();
        std::string call = "sheet::" + lower(f.name) + "(";
        std::size_t language = n;
        for (std::size_t i = 0; i < n; ++i) {
            call += (i > 0 ? ", " : "") + typed(f.args[i], i);
            if (f.args[i].check.type == ArgType::Language) language = i;
        }
        call += ")";
        o << "// " << f.name << "\n[[gnu::flatten]] void call_" << index << "(NullDate"
          << (f.needs_document ? " nd" : "") << ", const Arg*" << (n > 0 ? " a" : "")
          << ", CallResult& out) {\n";
        if (n == 0) {
            o << "    out.set(" << call << ");\n}\n\n";
            ++index;
            continue;
        }
        const std::string nd = f.needs_document ? "nd" : "NullDate{}";
        o << "    const PolicyData& d = policy_data();\n"
          << "    const std::span<const ArgInfo> info = catalog()[" << index << "].args;\n";
        if (f.array_form) {
            o << "    const auto rule = [&](const Arg* r) -> Result<double> {\n"
              << reads(f, "r", nd, "        ", [](std::size_t) { return std::string("return e;"); })
              << "        return " << call << ";\n    };\n"
              << "    const Arg* range = first_range(a, " << n << ");\n"
              << "    if (range == nullptr) return out.set(rule(a));\n"
              << "    out.set(over_cells(info, a, *range, rule));\n}\n\n";
        } else if (language < n) {
            o << "    const auto lang = read_arg(info[" << language << "], a[" << language << "], "
              << nd << ", d);\n"
              << "    if (!lang) return out.fail(lang.error());\n"
              << "    const auto l = static_cast<Language>(lang->value);\n"
              << reads(f, "a", nd, "    ",
                       [](std::size_t i) {
                           const std::string k = std::to_string(i);
                           return "return out.set(explain_input_error(e, l, d, info[" + k +
                                  "], a[" + k + "]));";
                       })
              << "    out.set(" << call << ");\n}\n\n";
        } else {
            o << reads(f, "a", nd, "    ",
                       [](std::size_t) { return std::string("return out.fail(e);"); })
              << "    out.set(" << call << ");\n}\n\n";
        }
        ++index;
    }
    o << "constexpr CoreCall kCalls[] = {";
    for (std::size_t i = 0; i < index; ++i) o << (i > 0 ? ", " : "") << "call_" << i;
    o << "};\n\n}  // namespace\n\n"
      << "std::span<const CoreCall> core_calls() noexcept { return kCalls; }\n\n"
      << "CoreCall core_call(std::string_view name) noexcept {\n"
      << "    const FunctionInfo* f = find_function(name);\n"
      << "    return f == nullptr ? nullptr : kCalls[f - catalog().data()];\n}\n\n"
      << "}  // namespace vnpolicy\n";
    return o.str();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: gen_dispatch <dispatch_table.cpp>\n");
        return 2;
    }
    const std::string content = table();
    {
        std::ifstream in(argv[1], std::ios::binary);
        const std::string old((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
        if (in && old == content) return 0;
    }
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out) {
        std::fprintf(stderr, "gen_dispatch: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
