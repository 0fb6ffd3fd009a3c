#include "info/info_sheet.hpp"

#include <fmt/format.h>

#include "common/version.hpp"
#include "data/base_wage.hpp"
#include "data/policy_data.hpp"

namespace vnpolicy::sheet {

Result<double> base_wage(DateArg date) {
    const auto row = wage_row_on(date.day, policy_data(), "Date");
    if (!row) return Error{row.error().code, "Date", date.serial};
    return (*row)->amount;
}

std::string policy_info() {
    const PolicyData& data = policy_data();
    const auto iso = [](CivilDate c) {
        return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
    };
    std::string policies;
    for (const PolicyEntry& p : data.policies) {
        if (!policies.empty()) policies += ", ";
        policies += fmt::format("{} ({}{}{})", p.code, p.decree.short_name,
                                p.decree.since_2025_en.empty() ? "" : "; ", p.decree.since_2025_en);
    }
    const WageRow& last = data.base_wage.back();
    return fmt::format(
        "vnpolicy {} · policy data reviewed {} · base wage {} from {} ({}), table from {} · {}",
        kVersion, iso(data.reviewed), fmt::group_digits(static_cast<long long>(last.amount)),
        iso(last.from), last.decree, iso(data.base_wage.front().from), policies);
}

}  // namespace vnpolicy::sheet
