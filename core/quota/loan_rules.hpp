// Loans of the Sóc Trăng 2023 plan (ST.V.1): a contract amount disbursed in two tranches.
#pragma once

#include "data/policy_data.hpp"

namespace vnpolicy {

// ST.V.1: tranche 1 = share (data: quota.loan_tranche1, 30 %) × amount rounded to đồng;
// tranche 2 = amount − tranche 1 (rounded to đồng). amount is checked (>= 0, finite); tranche is
// 1 or 2.
double loan_tranche(double amount, int tranche, const PolicyData& data) noexcept;

}  // namespace vnpolicy
