#include "rotation/rotation_rules.hpp"

#include <algorithm>
#include <cmath>

#include "common/money.hpp"

namespace vnpolicy {
namespace {
RotationPartTrace monthly(const Quantity& rate, double months, const Quantity* limit) noexcept {
    RotationPartTrace p;
    p.rate = rate.value;
    p.months = months;
    p.cite = &rate;
    p.limit = limit;
    p.amount = static_cast<double>(round_dong(static_cast<long double>(rate.value) * months));
    return p;
}
}  // namespace

Result<RotationTrace> compute_rotation(const RotationInput& in, const PolicyData& data) noexcept {
    const SupportData& s = *data.support;
    const bool commune = in.route == Route::HX;
    if (in.kind == MoveKind::Transfer && !commune) {  // BT.12.2e: transfer = district → commune
        return Error{Errc::OutOfRange, "Kind", static_cast<double>(in.kind)};
    }
    if (in.island && commune) return Error{Errc::OutOfRange, "Island", 1};  // BT.12.4a

    RotationTrace tr;
    tr.in = in;
    tr.months = in.months;
    tr.min_distance = &s.min_distance_km;
    tr.too_close = in.distance_given && in.distance_km < s.min_distance_km.value;  // BT.13

    // BT.12.2: rent for the whole rotation; a transfer at most 36 months (12.2e).
    const bool capped =
        in.kind == MoveKind::Transfer && tr.months > s.transfer_rent_max_months.value;
    tr.parts[0] = monthly(s.rent[static_cast<std::size_t>(in.route)],
                          capped ? s.transfer_rent_max_months.value : tr.months,
                          capped ? &s.transfer_rent_max_months : nullptr);
    // BT.12.3: once, by gender; district → commune 50 % of it (12.3b).
    RotationPartTrace& initial = tr.parts[1];
    initial.cite = &s.initial[static_cast<std::size_t>(in.gender)];
    initial.rate = initial.cite->value;
    initial.limit = commune ? &s.initial_commune_share : nullptr;
    initial.amount = static_cast<double>(round_dong(
        static_cast<long double>(initial.rate) * (commune ? s.initial_commune_share.value : 1.0)));
    // BT.12.4: per month of the move; Phú Quý island 500,000, district → commune 200,000.
    const Quantity& visit = commune ? s.visit_commune : in.island ? s.visit_island : s.visit;
    tr.parts[2] = monthly(visit, tr.months, nullptr);
    // BT.12.5: meals for the first 6 months.
    const bool short_meals = tr.months > s.meals_months.value;
    tr.parts[3] = monthly(s.meals, short_meals ? s.meals_months.value : tr.months,
                          short_meals ? &s.meals_months : nullptr);

    if (tr.too_close) {
        for (RotationPartTrace& p : tr.parts) p.amount = 0;
    }
    for (const RotationPartTrace& p : tr.parts) tr.total += p.amount;
    return tr;
}

}  // namespace vnpolicy
