// Internal: the checked readers of the policy data files (policy_data.cpp), shared with the
// loaders of the function families. Every failure names the entry ("missing key 'rotation.visit'");
// load_policy_data prefixes the file.
#pragma once

#define TOML_HEADER_ONLY 1
#define TOML_ENABLE_FORMATTERS 0
// toml++'s own internal assertions stay off in every build, also where ours are on (sanitizer
// and fuzz builds): 3.3.0 asserts on some malformed input the fuzzer finds (a control byte in a
// table header) where it otherwise reports a parse error. Only our own, validated files are ever
// parsed in the add-in.
#define TOML_ASSERT(expr) static_cast<void>(0)
#include <toml++/toml.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/policy_data.hpp"

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
std::vector<TableRow> need_rows(const toml::table& parent, std::string_view key,
                                const std::string& path);
std::string need_string(const toml::table& parent, std::string_view key, const std::string& path);
// An optional string: empty when the key is absent.
std::string maybe_string(const toml::table& parent, std::string_view key, const std::string& path);
double need_number(const toml::node* node, const std::string& path);
CivilDate need_date(const toml::table& parent, std::string_view key, const std::string& path);
std::optional<CivilDate> maybe_date(const toml::table& parent, std::string_view key,
                                    const std::string& path);
void check_all_values(const toml::table& table, const std::string& path);
std::vector<std::string> need_spellings(const toml::table& parent, std::string_view key,
                                        const std::string& path);
void check_unique(const std::vector<std::vector<std::string>*>& lists,
                  const std::vector<std::string>& names);

// "Điều 16 khoản 2 điểm c" -> "Article 16(2)(c)"; "Điều 1 khoản 2 điểm d và Điều 15 khoản 3" ->
// "Articles 1(2)(d) and 15(3)"; "Mục V.1" -> "Section V.1". Nothing for other wordings (the
// entry then needs article_en).
std::optional<std::string> article_in_english(std::string_view vi);

// Reads the citations and values of one data file. In a policy file (decree set) a citation is
// { rule, article [, article_en] [, note_vi, note_en] [, also_vi, also_en] }, composed with the
// decree's name; in meta.toml it is { rule, vi, en }.
struct Reader {
    const Decree* decree = nullptr;
    PolicyData* data = nullptr;  // where quantities read with into() are listed (values)

    [[nodiscard]] Citation citation(const toml::table& entry, const std::string& path) const;
    [[nodiscard]] Quantity quantity(const toml::table& parent, std::string_view key,
                                    const std::string& path) const;
    // quantity() stored in `out` and listed in PolicyData::values under "section.key".
    void into(Quantity& out, const toml::table& parent, std::string_view section,
              std::string_view key) const;
};

}  // namespace data_reader

// support_data.cpp: the SUPPORT_LEVEL family's tables, from the policy serving "support" and the
// one serving "income_topup". `commitment_factor` is the support policy's commitment (BT.1d).
std::shared_ptr<const SupportData> load_support_data(const toml::table& support_root,
                                                     const data_reader::Reader& support,
                                                     const toml::table& topup_root,
                                                     const data_reader::Reader& topup,
                                                     const Quantity& commitment_factor);

}  // namespace vnpolicy
