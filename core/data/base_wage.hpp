// The base-wage table (mức lương tối thiểu chung / mức lương cơ sở) of the policy data.
#pragma once

#include "common/date.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// The row in force on `day`; after the last row the last row applies. BeforeWageTable (with
// `arg`) before the first row.
Result<const WageRow*> wage_row_on(DayNumber day, const PolicyData& data,
                                   std::string_view arg = "Date") noexcept;

}  // namespace vnpolicy
