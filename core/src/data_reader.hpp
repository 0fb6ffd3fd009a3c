// Internal: the checked readers of data/policy.toml (policy_data.cpp), shared with the loaders
// of the function families. Every failure names the entry ("missing key 'rotation.visit'").
#pragma once

#define TOML_HEADER_ONLY 1
#define TOML_ENABLE_FORMATTERS 0
// toml++'s own internal assertions stay off in every build, also where ours are on (sanitizer
// and fuzz builds): 3.3.0 asserts on some malformed input the fuzzer finds (a control byte in a
// table header) where it otherwise reports a parse error. Only our own, validated file is ever
// parsed in the add-in.
#define TOML_ASSERT(expr) static_cast<void>(0)
#include <toml++/toml.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vnpolicy/policy_data.hpp"

namespace vnpolicy {
namespace data_reader {

// Thrown inside the loader only; load_policy_data turns it into LoadResult::error.
struct DataError {
    std::string message;
};

[[noreturn]] void fail(std::string message);
std::string date_text(CivilDate d);
const toml::table& need_table(const toml::table& parent, std::string_view key,
                              const std::string& path);
// The rows of a non-empty array of tables ([[key]] in the file), each with its path "key[i]".
struct TableRow {
    const toml::table* table;
    std::string path;
};
std::vector<TableRow> need_rows(const toml::table& parent, std::string_view key);
std::string need_string(const toml::table& parent, std::string_view key, const std::string& path);
double need_number(const toml::node* node, const std::string& path);
CivilDate need_date(const toml::table& parent, std::string_view key, const std::string& path);
Citation need_citation(const toml::table& entry, const std::string& path);
Quantity need_quantity(const toml::table& parent, std::string_view key, const std::string& path);
void check_all_values(const toml::table& table, const std::string& path);
std::vector<std::string> need_spellings(const toml::table& parent, std::string_view key,
                                        const std::string& path);
void check_unique(const std::vector<std::vector<std::string>*>& lists,
                  const std::vector<std::string>& names);

}  // namespace data_reader

// support_data.cpp: the SUPPORT_LEVEL family's tables.
std::shared_ptr<const SupportData> load_support_data(const toml::table& root);

}  // namespace vnpolicy
