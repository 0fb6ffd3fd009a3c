// catalog_dump: the function catalog (vnpolicy::catalog(), the table behind the function wizard
// and the IDL) as JSON for scripts and tests, or as the Markdown function reference. Descriptions
// and argument help are printed as the wizard shows them: rendered from the policy data
// (description(), arg_help()), never as the raw templates.
//
//   vnpolicy_catalog_dump --json                      JSON array on stdout
//   vnpolicy_catalog_dump --markdown                  docs/FUNCTIONS-REFERENCE.md on stdout
//   vnpolicy_catalog_dump --markdown --write FILE     write FILE (only when it changes)
//   vnpolicy_catalog_dump --markdown --check FILE     exit 1 when FILE differs from the catalog
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

#include "vnpolicy/catalog.hpp"

namespace {

using vnpolicy::ArgInfo;
using vnpolicy::FunctionInfo;

constexpr std::string_view kRegenerate = "cmake --build build --target vnpolicy_reference";

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                    out += buf;
                } else {
                    out += c;  // UTF-8 passes through
                }
        }
    }
    return out + '"';
}

std::string_view result_name(vnpolicy::ResultKind kind) {
    switch (kind) {
        case vnpolicy::ResultKind::Text:
            return "text";
        case vnpolicy::ResultKind::Array:
            return "array";
        case vnpolicy::ResultKind::Number:
            break;
    }
    return "number";
}

std::string json() {
    std::ostringstream o;
    o << "[\n";
    bool first_fn = true;
    for (const FunctionInfo& f : vnpolicy::catalog()) {
        o << (first_fn ? "" : ",\n") << "  {\"name\": " << json_string(f.name)
          << ", \"result\": " << json_string(result_name(f.result))
          << ", \"needs_document\": " << (f.needs_document ? "true" : "false")
          << ",\n   \"args\": [";
        bool first_arg = true;
        for (const ArgInfo& a : f.args) {
            o << (first_arg ? "\n" : ",\n") << "     {\"name\": " << json_string(a.name)
              << ", \"name_vi\": " << json_string(a.name_vi)
              << ", \"optional\": " << (a.optional ? "true" : "false")
              << ",\n      \"help_en\": " << json_string(vnpolicy::arg_help(a, false))
              << ",\n      \"help_vi\": " << json_string(vnpolicy::arg_help(a, true)) << '}';
            first_arg = false;
        }
        o << "],\n   \"description_en\": " << json_string(vnpolicy::description(f, false))
          << ",\n   \"description_vi\": " << json_string(vnpolicy::description(f, true))
          << ",\n   \"rules\": " << json_string(f.rules)
          << ",\n   \"example\": " << json_string(f.example)
          << ",\n   \"example_result\": " << json_string(f.example_result) << '}';
        first_fn = false;
    }
    o << "\n]\n";
    return o.str();
}

// Text for a Markdown table cell.
std::string cell(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c == '|') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

// Appended piece by piece: GCC 12 at -O2 reports a false -Wrestrict for "[" + std::string(...).
std::string signature(const FunctionInfo& f) {
    std::string s(f.name);
    s += '(';
    for (std::size_t i = 0; i < f.args.size(); ++i) {
        if (i) s += "; ";
        const ArgInfo& a = f.args[i];
        if (a.optional) s += '[';
        s += a.name;
        if (a.optional) s += ']';
    }
    s += ')';
    return s;
}

std::string anchor(std::string_view name) {
    std::string out;
    for (const char c : name) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

std::string markdown() {
    std::ostringstream o;
    o << "# vnpolicy function reference\n\n"
      << "<!-- Generated from the function catalog (core/*/*_catalog.hpp) by "
         "core/tools/catalog_dump.cpp. Do not edit; regenerate with: "
      << kRegenerate << " -->\n\n"
      << "Generated from the same metadata that feeds LibreOffice's function wizard, so the two "
         "cannot disagree. The contract is `../shared/spec/FUNCTIONS.md`. Calc separates "
         "arguments with `;`; arguments in `[brackets]` are optional. Every function is in the "
         "**Add-In** category; bad input gives **Err:502**.\n\n"
      << "| function | returns | rules |\n| --- | --- | --- |\n";
    for (const FunctionInfo& f : vnpolicy::catalog()) {
        o << "| [`" << cell(signature(f)) << "`](#" << anchor(f.name) << ") | "
          << result_name(f.result) << " | " << cell(f.rules) << " |\n";
    }
    for (const FunctionInfo& f : vnpolicy::catalog()) {
        o << "\n## " << f.name << "\n\n`" << signature(f) << "` → " << result_name(f.result)
          << " · rules: " << f.rules << "\n\n"
          << "- **English:** " << vnpolicy::description(f, false) << "\n"
          << "- **Tiếng Việt:** " << vnpolicy::description(f, true) << "\n\n";
        if (f.args.empty()) {
            o << "No arguments.\n\n";
        } else {
            o << "| argument | tên (vi) | help | hướng dẫn |\n| --- | --- | --- | --- |\n";
            for (const ArgInfo& a : f.args) {
                o << "| `" << a.name << "`" << (a.optional ? " (optional)" : "") << " | "
                  << cell(a.name_vi) << " | " << cell(vnpolicy::arg_help(a, false)) << " | "
                  << cell(vnpolicy::arg_help(a, true)) << " |\n";
            }
            o << '\n';
        }
        o << "Example: `=" << f.example << "` → `" << f.example_result << "`\n";
        if (f.array_form) {
            o << "\nArray form: give ranges of one shape (single values are repeated) and enter "
                 "it as an array formula; it returns the results of every row in that shape, or "
                 "Err:502 when any row is invalid.\n";
        }
    }
    return o.str();
}

bool read_file(const char* path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

int usage(const char* argv0) {
    std::fprintf(stderr, "usage: %s --json | --markdown [--write FILE | --check FILE]\n", argv0);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    const char* self = argc > 0 ? argv[0] : "vnpolicy_catalog_dump";
    if (argc < 2) return usage(self);
    const std::string_view mode = argv[1];
    if (mode == "--json" && argc == 2) {
        std::fputs(json().c_str(), stdout);
        return 0;
    }
    if (mode != "--markdown") return usage(self);
    const std::string md = markdown();
    if (argc == 2) {
        std::fputs(md.c_str(), stdout);
        return 0;
    }
    if (argc != 4) return usage(self);
    const std::string_view action = argv[2];
    const char* path = argv[3];
    std::string old;
    const bool exists = read_file(path, old);
    if (action == "--check") {
        if (exists && old == md) return 0;
        std::fprintf(stderr,
                     "%s is out of date with the function catalog (core/*/*_catalog.hpp).\n"
                     "Regenerate it with: %.*s\n",
                     path, static_cast<int>(kRegenerate.size()), kRegenerate.data());
        return 1;
    }
    if (action != "--write") return usage(self);
    if (exists && old == md) return 0;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << md;
    out.close();
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", path);
        return 1;
    }
    return 0;
}
