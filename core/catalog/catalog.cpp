// The one catalog: every function family's table, concatenated at compile time, and lookups.
#include "vnpolicy/catalog.hpp"

#include "catalog/common_args.hpp"
#include "compensation/compensation_catalog.hpp"
#include "eligibility/eligibility_catalog.hpp"
#include "info/info_catalog.hpp"
#include "quota/quota_catalog.hpp"
#include "rotation/rotation_catalog.hpp"
#include "support/support_catalog.hpp"
#include "text/text_catalog.hpp"

namespace vnpolicy {
namespace {

// One family per folder, its rows in <family>/<family>_catalog.hpp; a new family is one more
// header and one more argument.
constexpr auto kCatalog = catalog_data::concat(
    catalog_data::kCompensationFamily, catalog_data::kInfoFamily, catalog_data::kSupportFamily,
    catalog_data::kRotationFamily, catalog_data::kEligibilityFamily, catalog_data::kQuotaFamily,
    catalog_data::kTextFamily);
}  // namespace

std::span<const FunctionInfo> catalog() noexcept { return kCatalog; }

const FunctionInfo* find_function(std::string_view name) noexcept {
    for (const FunctionInfo& f : kCatalog) {
        if (f.name == name) return &f;
    }
    return nullptr;
}

std::string_view arg_label_vi(std::string_view arg_name) noexcept {
    for (const FunctionInfo& f : kCatalog) {
        for (const ArgInfo& a : f.args) {
            if (a.name == arg_name) return a.name_vi;
        }
    }
    return arg_name;
}

}  // namespace vnpolicy
