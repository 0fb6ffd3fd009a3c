// Rotation and transfer support (BT.12.2-12.5) and its distance condition (BT.13): rent, initial
// support, family-visit travel and meals, each with its rate, months and citation.
#pragma once

#include <array>

#include "data/policy_data.hpp"
#include "data/support_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

struct RotationInput {
    Route route = Route::HT;
    double months = 0;        // rounded half-up, in [0, limits.max_months] (read_args.hpp)
    double months_given = 0;  // as given, for the explanation's rounding note
    Gender gender = Gender::Male;
    MoveKind kind = MoveKind::Rotation;
    bool island = false;
    bool distance_given = false;
    double distance_km = 0;  // >= 0 when given
};

struct RotationPartTrace {
    double amount = 0;
    double rate = 0;    // per month (rent, visit, meals) or the one-off amount (initial)
    double months = 0;  // months paid (rent, visit, meals); 0 for initial
    const Quantity* cite = nullptr;   // the rate's entry
    const Quantity* limit = nullptr;  // the cap or share that applied: 36 months, 6 months, 50 %
};

struct RotationTrace {
    RotationInput in;
    double months = 0;       // rounded half-up
    bool too_close = false;  // DistanceKm below the BT.13 minimum: every part 0
    const Quantity* min_distance = nullptr;
    std::array<RotationPartTrace, 4> parts;  // [RotationPart − 1]: rent, initial, visit, meals
    double total = 0;

    [[nodiscard]] const RotationPartTrace& part(RotationPart p) const noexcept {
        return parts[static_cast<std::size_t>(p) - 1];
    }
    [[nodiscard]] double amount(RotationPart p) const noexcept {
        return p == RotationPart::Total ? total : part(p).amount;
    }
};

// Errors: Negative/NotFinite/TooLarge ("Months"), OutOfRange ("Kind": transfer only with H-X;
// "Island": not with H-X), Negative/NotFinite ("DistanceKm").
Result<RotationTrace> compute_rotation(const RotationInput& in, const PolicyData& data) noexcept;

}  // namespace vnpolicy
