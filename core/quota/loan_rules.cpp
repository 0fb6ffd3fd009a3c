#include "quota/loan_rules.hpp"

#include "common/money.hpp"

namespace vnpolicy {

double loan_tranche(double amount, int tranche, const PolicyData& data) noexcept {
    // ST.V.1: 30 % then 70 % of the contract amount; the second tranche is what the first left,
    // so the two always add up to the amount.
    // The share taken in exact millionths (computed once, at load): 30 % of 5 is exactly 1.5 and
    // rounds to 2 as on paper.
    constexpr long double kMillion = 1e6L;
    const long double first =
        round_dong(static_cast<long double>(amount) *
                   static_cast<long double>(data.loan_tranche1_millionths) / kMillion);
    if (tranche == 1) return static_cast<double>(first);
    return static_cast<double>(round_dong(static_cast<long double>(amount) - first));
}

}  // namespace vnpolicy
