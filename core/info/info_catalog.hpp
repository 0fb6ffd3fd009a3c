// BASE_WAGE and POLICY_INFO's catalog rows (FUNCTIONS.md "Compensation"): what the policy data
// holds — wizard text (templates filled in from the policy data, help_text.hpp), the argument's
// declared check, examples.
#pragma once

#include <array>

#include "catalog/common_args.hpp"

namespace vnpolicy::catalog_data {

inline constexpr ArgInfo kDate{"Date",
                               "Ngày",
                               "The date on which the wage is wanted (from {base_wage.first}).",
                               "Ngày cần biết mức lương (từ {base_wage.first}).",
                               false,
                               {ArgType::Date}};
// Added after the first release, so it comes last in COMPENSATION and COMPENSATION_EXPLAIN.
inline constexpr std::array kBaseWageArgs{kDate};

inline constexpr std::array kInfoFamily{
    FunctionInfo{"BASE_WAGE", ResultKind::Number, true, kBaseWageArgs,
                 "General minimum wage / base wage in force on a date, dong per month (from "
                 "{base_wage.first}; the last row of the table applies after it).",
                 "Mức lương tối thiểu chung / lương cơ sở áp dụng vào một ngày, đồng/tháng (từ "
                 "{base_wage.first}; sau mốc cuối cùng thì áp dụng mức cuối cùng).",
                 "BASE WAGE", "BASE_WAGE(DATE(2012;12;1))", "1050000", true, true},
    FunctionInfo{"POLICY_INFO",
                 ResultKind::Text,
                 false,
                 {},
                 "Add-in version, the date the policy data was last reviewed, its last "
                 "base-wage row and its policies.",
                 "Phiên bản add-in, ngày rà soát dữ liệu chính sách, mức lương cơ sở mới nhất "
                 "trong dữ liệu và các chính sách.",
                 "—",
                 "POLICY_INFO()",
                 "vnpolicy 0.2.0 · policy data reviewed 2026-12-01 …"},
};

}  // namespace vnpolicy::catalog_data
