#include "data/base_wage.hpp"

namespace vnpolicy {

Result<const WageRow*> wage_row_on(DayNumber day, const PolicyData& data,
                                   std::string_view arg) noexcept {
    const WageRow* found = nullptr;
    for (const WageRow& row : data.base_wage) {
        if (row.from_day > day) break;
        found = &row;
    }
    if (found == nullptr) return Error{Errc::BeforeWageTable, arg, static_cast<double>(day)};
    return found;
}

}  // namespace vnpolicy
