// Support as a multiple of the minimum / base wage: SUPPORT_LEVEL (BT.2.2-2.4, BT.3), its two
// installments (BT.4) and the KH2023 income top-up (KH.5.3-5.4). Each returns a trace: the
// amount with the terms and citations it came from (the *_EXPLAIN functions format it).
#pragma once

#include "common/date.hpp"
#include "data/policy_data.hpp"
#include "data/support_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

struct SupportLevelTrace {
    Degree degree = Degree::Doctorate;
    Programme programme = Programme::Standard;
    bool encouraged = false;
    CivilDate date;
    const Quantity* multiple = nullptr;
    const WageRow* wage = nullptr;  // in force on the date
    // The data's review date when the date is after it: the table may have a newer row since.
    const CivilDate* reviewed = nullptr;
    double base = 0;                    // multiple × wage
    const Quantity* bonus = nullptr;    // BT.2.4, when added
    bool bonus_not_applicable = false;  // Encouraged with `attraction` (BT.3 has no bonus)
    double amount = 0;                  // whole đồng
};

// The multiple of the minimum wage for a programme and degree (BT.2.2, BT.2.3, BT.3).
const Quantity& multiple_of(const SupportData& s, Programme p, Degree d) noexcept;

// Errors: BeforeWageTable ("Date").
Result<SupportLevelTrace> compute_support_level(Degree degree, Programme programme, DayNumber date,
                                                bool encouraged, const PolicyData& data) noexcept;

struct InstallmentTrace {
    Degree degree = Degree::Doctorate;
    Programme programme = Programme::Standard;
    int phase = 1;
    const Quantity* multiple = nullptr;
    const Quantity* share = nullptr;         // BT.4.2a
    const WageRow* decision_wage = nullptr;  // phase 1 wage
    const WageRow* diploma_wage = nullptr;   // phase 2 wage
    double phase1 = 0;                       // round(share × multiple × decision wage)
    double full = 0;                         // multiple × diploma wage
    double amount = 0;                       // phase 1, or full − phase 1
};

// Errors: OutOfRange ("Programme" attraction, paid once: BT.4.3; "Phase" not 1 or 2), DateOrder
// ("DiplomaDate" before DecisionDate), BeforeWageTable.
Result<InstallmentTrace> compute_support_installment(Degree degree, Programme programme,
                                                     DayNumber decision, DayNumber diploma,
                                                     int phase, const PolicyData& data) noexcept;

struct TopupTrace {
    int group = 0;
    const Quantity* multiple = nullptr;
    const WageRow* wage = nullptr;
    double target = 0;  // multiple × wage
    double income = 0;
    double amount = 0;  // max(0, target − income)
};

// Errors: OutOfRange ("Group" other than 4 or 5), BeforeWageTable ("Date").
Result<TopupTrace> compute_income_topup(double monthly_income, int group, DayNumber date,
                                        const PolicyData& data) noexcept;

}  // namespace vnpolicy
