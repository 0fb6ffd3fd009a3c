// The compensation rules on typed values: COMPENSATION (BT.15-17, KH.4-5), COMMITMENT_MONTHS
// (BT.1d, BT.15.3, KH.3) and SERVICE_MONTHS (BT.16.2c). Each returns a trace — the result with
// the terms and the rule that produced it — from which *_EXPLAIN builds its text.
#pragma once

#include <cstdint>

#include "vnpolicy/date.hpp"
#include "vnpolicy/policy_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

struct CompensationInput {
    double cost = 0;             // F, đồng
    double required_months = 0;  // T1 before rounding
    double served_months = 0;    // T2 before rounding
    int case_no = 3;             // 1, 2 or 3 (BT.15 / KH.4)
    PolicyId policy = PolicyId::BT2012;
};

enum class CompensationKind : unsigned char {
    Share,         // cases 1 and 2: share × F
    Proportional,  // case 3: F × (T1 − T2) / T1
    NothingOwed,   // case 3 with T2 >= T1
};

struct CompensationTrace {
    PolicyId policy = PolicyId::BT2012;
    int case_no = 3;
    CompensationKind kind = CompensationKind::Proportional;
    double cost = 0;
    double required_in = 0;  // as given
    double served_in = 0;
    double t1 = 0;  // rounded half-up
    double t2 = 0;
    double share = 0;                // cases 1, 2: the share of F (1.0 = 100 %)
    double amount = 0;               // whole đồng
    const Citation* cite = nullptr;  // the rule applied (points into the PolicyData)
};

// Errors: Negative/NotFinite/TooLarge (Cost, RequiredMonths, ServedMonths), OutOfRange (Case),
// NotCompensationPolicy (Policy), ZeroCommitment (RequiredMonths < 1 after rounding, case 3).
Result<CompensationTrace> compute_compensation(const CompensationInput& in,
                                               const PolicyData& data) noexcept;

struct CommitmentTrace {
    PolicyId policy = PolicyId::BT2012;
    int group = 1;
    double training_in = 0;
    double training_months = 0;  // rounded half-up
    bool by_factor = true;       // months = factor × training months; else fixed months
    double factor = 0;
    double months = 0;
    const Citation* cite = nullptr;
};

// Errors: as months (TrainingMonths), OutOfRange (Group 1..5), NotCompensationPolicy (ST2023).
Result<CommitmentTrace> compute_commitment_months(double training_months, PolicyId policy,
                                                  int group, const PolicyData& data) noexcept;

enum class MonthRounding : unsigned char { Nearest = 0, Down = 1, Up = 2 };

struct ServiceMonthsTrace {
    std::int64_t whole_months = 0;
    std::int64_t remainder_days = 0;
    MonthRounding rounding = MonthRounding::Nearest;
    double threshold_days = 0;  // for Nearest: remainder >= threshold counts as a month
    double months = 0;
    const Citation* cite = nullptr;
};

// Errors: DateOrder (EndDate before StartDate).
Result<ServiceMonthsTrace> compute_service_months(DayNumber start, DayNumber end,
                                                  MonthRounding rounding,
                                                  const PolicyData& data) noexcept;

}  // namespace vnpolicy
