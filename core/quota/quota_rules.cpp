#include "quota/quota_rules.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numeric>

#include "common/money.hpp"

namespace vnpolicy {
namespace {

__extension__ typedef unsigned __int128 U128;  // exact products of 53-bit whole numbers

// Largest whole number a double holds exactly (2^53): the bound of the exact integer path.
constexpr double kExactLimit = 9007199254740992.0;

// Gives `left` extra units to the positions with the largest remainders (ties: earlier first).
template <class Rem>
void hand_out(std::vector<double>& shares, const std::vector<Rem>& rem, std::size_t left) {
    std::vector<std::size_t> order(shares.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rem[a] > rem[b]; });
    for (std::size_t k = 0; k < left && k < order.size(); ++k) shares[order[k]] += 1;
}

}  // namespace

double quota_remaining(std::span<const double> target, std::span<const double> done) noexcept {
    double sum = 0;
    for (std::size_t i = 0; i < target.size(); ++i) sum += std::max(0.0, target[i] - done[i]);
    return sum;
}

Result<double> quota_progress(std::span<const double> target,
                              std::span<const double> done) noexcept {
    double reached = 0;
    double total = 0;
    for (std::size_t i = 0; i < target.size(); ++i) {
        reached += std::min(done[i], target[i]);
        total += target[i];
    }
    if (total <= 0) return Error{Errc::OutOfRange, "Target", total};
    return reached / total;
}

Result<double> quota_pace(double remaining, DayNumber as_of, DayNumber deadline,
                          const PolicyData& data) noexcept {
    if (remaining <= 0) return 0.0;
    if (deadline <= as_of) {
        return Error{Errc::DateOrder, "Deadline", static_cast<double>(deadline - as_of)};
    }
    const double months =
        static_cast<double>(deadline - as_of) * 12.0 / data.quota_days_per_year.value;
    return remaining / months;
}

std::vector<double> allocate_largest_remainders(double total, std::span<const double> weights) {
    std::vector<double> shares(weights.size(), 0.0);
    // Σw in long double: weights near DBL_MAX would overflow a double sum to +inf and every
    // share would then come out wrong (found by fuzz_quota).
    const long double wsum = std::accumulate(weights.begin(), weights.end(), 0.0L);
    const bool whole =
        wsum <= kExactLimit && total <= kExactLimit &&
        std::all_of(weights.begin(), weights.end(), [](double w) { return is_whole(w); });
    double given = 0;
    if (whole) {
        // total × wᵢ = qᵢ × Σw + rᵢ exactly; the remainders rᵢ compare exactly.
        const auto t = static_cast<U128>(static_cast<std::uint64_t>(total));
        const auto s = static_cast<U128>(static_cast<std::uint64_t>(wsum));
        std::vector<U128> rem(weights.size());
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const U128 p = t * static_cast<std::uint64_t>(weights[i]);
            shares[i] = static_cast<double>(static_cast<std::uint64_t>(p / s));
            rem[i] = p % s;
            given += shares[i];
        }
        hand_out(shares, rem, static_cast<std::size_t>(total - given));
        return shares;
    }
    std::vector<long double> rem(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const long double exact = static_cast<long double>(total) * weights[i] / wsum;
        const long double q = std::floor(exact);
        shares[i] = static_cast<double>(q);
        rem[i] = exact - q;
        given += shares[i];
    }
    // Rounding of fractional weights could overshoot by a unit: take it back from the smallest
    // remainders (later positions first), so the shares still sum to total.
    while (given > total) {
        std::size_t pick = shares.size();
        for (std::size_t i = shares.size(); i-- > 0;) {
            if (shares[i] > 0 && (pick == shares.size() || rem[i] < rem[pick])) pick = i;
        }
        shares[pick] -= 1;
        rem[pick] += 1;
        given -= 1;
    }
    hand_out(shares, rem, static_cast<std::size_t>(total - given));
    return shares;
}

}  // namespace vnpolicy
