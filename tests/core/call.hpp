// The spreadsheet functions as the add-in calls them — through the generated table of core calls
// (vnpolicy/dispatch.hpp: the catalog's reader, then the rule) — with the contract's arguments as
// Args, for the tests: call::compensation(N(50000000), N(108), N(36)) is =COMPENSATION(...).
// A function that takes the document passes its null date first.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/dispatch.hpp"
#include "vnpolicy/matrix.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::call {

// Calls catalog function `name` with `args` (missing trailing arguments are omitted ones).
inline CallResult run(std::string_view name, NullDate nd, std::vector<Arg> args) {
    const FunctionInfo* f = find_function(name);
    EXPECT_NE(f, nullptr) << name;
    CallResult out;
    if (f == nullptr) return out;
    args.resize(f->args.size(), Arg::missing());
    core_call(name)(nd, args.data(), out);
    return out;
}

inline Result<double> number(const CallResult& r) {
    if (r.kind == CallResult::Kind::Error) return r.error;
    return r.number;
}
inline Result<std::string> text(const CallResult& r) {
    if (r.kind == CallResult::Kind::Error) return r.error;
    return r.text;
}
inline Result<Matrix> array(const CallResult& r) {
    if (r.kind == CallResult::Kind::Error) return r.error;
    return r.matrix;
}

// A function with an array form: a number for single values, the array over ranges.
struct Cells {
    bool is_array = false;
    double scalar = 0;
    Matrix matrix;
};
template <class... A>
Result<Cells> cells(std::string_view name, NullDate nd, const A&... a) {
    const CallResult r = run(name, nd, {a...});
    if (r.kind == CallResult::Kind::Error) return r.error;
    if (r.kind == CallResult::Kind::Array) return Cells{true, 0, r.matrix};
    return Cells{false, r.number, {}};
}

#define VNP_CALL(fn, NAME, KIND)                    \
    template <class... A>                           \
    auto fn(const A&... a) {                        \
        return KIND(run(NAME, NullDate{}, {a...})); \
    }                                               \
    template <class... A>                           \
    auto fn(NullDate nd, const A&... a) {           \
        return KIND(run(NAME, nd, {a...}));         \
    }

VNP_CALL(compensation, "COMPENSATION", number)
VNP_CALL(commitment_months, "COMMITMENT_MONTHS", number)
VNP_CALL(service_months, "SERVICE_MONTHS", number)
VNP_CALL(compensation_explain, "COMPENSATION_EXPLAIN", text)
VNP_CALL(base_wage, "BASE_WAGE", number)
VNP_CALL(policy_info, "POLICY_INFO", text)
VNP_CALL(support_multiple, "SUPPORT_MULTIPLE", number)
VNP_CALL(support_level, "SUPPORT_LEVEL", number)
VNP_CALL(support_installment, "SUPPORT_INSTALLMENT", number)
VNP_CALL(study_allowance, "STUDY_ALLOWANCE", number)
VNP_CALL(study_materials, "STUDY_MATERIALS", number)
VNP_CALL(income_topup, "INCOME_TOPUP", number)
VNP_CALL(tuition_support, "TUITION_SUPPORT", number)
VNP_CALL(support_explain, "SUPPORT_EXPLAIN", text)
VNP_CALL(rotation_support, "ROTATION_SUPPORT", number)
VNP_CALL(rotation_explain, "ROTATION_EXPLAIN", text)
VNP_CALL(training_eligible, "TRAINING_ELIGIBLE", number)
VNP_CALL(eligibility_explain, "ELIGIBILITY_EXPLAIN", text)
VNP_CALL(quota_remaining, "QUOTA_REMAINING", number)
VNP_CALL(quota_progress, "QUOTA_PROGRESS", number)
VNP_CALL(quota_pace, "QUOTA_PACE", number)
VNP_CALL(quota_allocate, "QUOTA_ALLOCATE", array)
VNP_CALL(loan_tranche, "LOAN_TRANCHE", number)
VNP_CALL(vnd_text, "VND_TEXT", text)
#undef VNP_CALL

}  // namespace vnpolicy::call
