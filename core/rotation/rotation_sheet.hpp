// The rotation functions as the contract states them (FUNCTIONS.md "Support"): BT.12-13 support
// for officials rotated or transferred, on values the generic reader has checked as
// rotation_catalog.hpp declares.
#pragma once

#include <optional>
#include <string>

#include "common/read_args.hpp"
#include "data/support_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::sheet {

// ROTATION_SUPPORT(Route; Months; Gender; [Kind]; [Island]; [DistanceKm]; [Component]) — BT.12-13
Result<double> rotation_support(Route route, MonthsArg months, Gender gender, MoveKind kind,
                                bool island, std::optional<double> distance_km,
                                RotationPart component);

// ROTATION_EXPLAIN(Route; Months; Gender; [Kind]; [Island]; [DistanceKm]; [Language])
std::string rotation_explain(Route route, MonthsArg months, Gender gender, MoveKind kind,
                             bool island, std::optional<double> distance_km, Language lang);

}  // namespace vnpolicy::sheet
