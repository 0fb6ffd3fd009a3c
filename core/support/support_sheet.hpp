// The SUPPORT_LEVEL family as the contract states it (FUNCTIONS.md "Support"): BT2012's training
// support and allowances and KH2023's INCOME_TOPUP, on values the generic reader has checked as
// support_catalog.hpp declares.
#pragma once

#include <string>
#include <string_view>

#include "common/read_args.hpp"
#include "data/support_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// SUPPORT_MULTIPLE(Degree; [Programme]) — BT.2.2, 2.3, 3
Result<double> support_multiple(Degree degree, Programme programme);

// SUPPORT_LEVEL(Degree; Date; [Programme]; [Encouraged]) — BT.2.2-2.4, BT.3
Result<double> support_level(Degree degree, DateArg date, Programme programme, bool encouraged);

// SUPPORT_INSTALLMENT(Degree; DecisionDate; DiplomaDate; Phase; [Programme]) — BT.4
Result<double> support_installment(Degree degree, DateArg decision_date, DateArg diploma_date,
                                   int phase, Programme programme);

// STUDY_ALLOWANCE(Days; Course; [OutOfProvince]; [Encouraged]) — BT.6.4-6.5, BT.9
Result<double> study_allowance(double days, StudyCourse course, bool out_of_province,
                               bool encouraged);

// STUDY_MATERIALS(Level; SchoolYears) — BT.9
Result<double> study_materials(MaterialsLevel level, double school_years);

// INCOME_TOPUP(MonthlyIncome; Group; Date) — KH.5.3-5.4
Result<double> income_topup(double monthly_income, int group, DateArg date);

// TUITION_SUPPORT(Tuition; Course; [Commune]) — BT.2.1, BT.6.3; `commune` empty when blank
Result<double> tuition_support(double tuition, TuitionCourse course, std::u16string_view commune);

// SUPPORT_EXPLAIN(Degree; Date; [Programme]; [Encouraged]; [Language]) — SUPPORT_LEVEL in words
std::string support_explain(Degree degree, DateArg date, Programme programme, bool encouraged,
                            Language lang);

}  // namespace vnpolicy::sheet
