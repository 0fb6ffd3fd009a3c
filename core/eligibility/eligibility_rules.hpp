// Eligibility to be sent for postgraduate training (BT.1): the conditions the add-in can check
// (a service years, c age, đ good years, e discipline). b, d and g are the user's to judge.
#pragma once

#include "common/date.hpp"
#include "data/policy_data.hpp"
#include "data/support_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

struct EligibilityInput {
    DayNumber birth = 0;
    DayNumber service_start = 0;
    DayNumber send = 0;
    StaffType staff = StaffType::CivilServant;
    double good_years = 0;  // whole, >= 0
    bool under_discipline = false;
    bool first_postgraduate = true;
};

struct EligibilityTrace {
    EligibilityInput in;
    std::int64_t service_years = 0;  // full years from service start to the send date
    std::int64_t age = 0;            // full years of age on the send date
    bool service_ok = false;         // BT.1a
    bool good_ok = false;            // BT.1đ
    bool discipline_ok = false;      // BT.1e
    bool age_checked = false;        // BT.1c applies to a first postgraduate course only
    bool age_ok = true;              // BT.1c
    const Quantity* min_service = nullptr;
    const Quantity* min_good = nullptr;
    const Quantity* max_age = nullptr;  // by staff type
    bool eligible = false;
};

// Errors: DateOrder ("ServiceStartDate" before BirthDate; "SendDate" before ServiceStartDate).
Result<EligibilityTrace> compute_eligibility(const EligibilityInput& in,
                                             const PolicyData& data) noexcept;

}  // namespace vnpolicy
