#include "rotation/rotation_sheet.hpp"

#include "rotation/rotation_explain.hpp"
#include "rotation/rotation_rules.hpp"

namespace vnpolicy::sheet {
namespace {

RotationInput input(Route route, MonthsArg months, Gender gender, MoveKind kind, bool island,
                    std::optional<double> distance_km) {
    RotationInput in;
    in.route = route;
    in.months = months.months;
    in.months_given = months.given;
    in.gender = gender;
    in.kind = kind;
    in.island = island;
    in.distance_given = distance_km.has_value();  // omitted: at least the BT.13 minimum
    in.distance_km = distance_km.value_or(0);
    return in;
}

}  // namespace

Result<double> rotation_support(Route route, MonthsArg months, Gender gender, MoveKind kind,
                                bool island, std::optional<double> distance_km,
                                RotationPart component) {
    const auto tr =
        compute_rotation(input(route, months, gender, kind, island, distance_km), policy_data());
    if (!tr) return tr.error();
    return tr->amount(component);
}

std::string rotation_explain(Route route, MonthsArg months, Gender gender, MoveKind kind,
                             bool island, std::optional<double> distance_km, Language lang) {
    const PolicyData& data = policy_data();
    const auto tr = compute_rotation(input(route, months, gender, kind, island, distance_km), data);
    if (!tr) return explain_rotation_error(tr.error(), lang, data);
    return explain_rotation(*tr, lang);
}

}  // namespace vnpolicy::sheet
