#include "rotation/rotation_explain.hpp"

#include <fmt/format.h>

#include "common/explain_text.hpp"

namespace vnpolicy {
namespace {

std::string_view route_name(Route r, bool vi) {
    switch (r) {
        case Route::HT:
            return vi ? "H-T (huyện → tỉnh)" : "H-T (district → province)";
        case Route::TH:
            return vi ? "T-H (tỉnh → huyện)" : "T-H (province → district)";
        case Route::HH:
            return vi ? "H-H (huyện → huyện khác)" : "H-H (district → another district)";
        case Route::HX:
            return vi ? "H-X (huyện → xã)" : "H-X (district → commune)";
    }
    return {};
}

}  // namespace

std::string explain_rotation(const RotationTrace& tr, Language lang) {
    const bool vi = lang == Language::Vi;
    const auto n = [lang](double v) { return format_number(v, lang); };
    const RotationInput& in = tr.in;
    const std::string_view kind = in.kind == MoveKind::Transfer ? (vi ? "Điều động" : "Transfer")
                                                                : (vi ? "Luân chuyển" : "Rotation");
    const std::string_view gender =
        in.gender == Gender::Male ? (vi ? "nam" : "male") : (vi ? "nữ" : "female");
    std::string out = fmt::format("{} {}, {}, {} {}", kind, route_name(in.route, vi), gender,
                                  n(tr.months), vi ? "tháng" : "months");
    if (tr.months != in.months_given) {
        out += fmt::format(" ({} {})", n(in.months_given), vi ? "làm tròn" : "rounded");
    }
    if (in.island) out += vi ? ", đất liền ↔ Phú Quý" : ", mainland ↔ Phú Quý";
    out += ": ";
    if (tr.too_close) {
        out += say(vi, "khoảng cách {} km dưới {} km nên không có khoản hỗ trợ nào ({}); ",
                   "the distance {} km is below {} km, so no support is paid ({}); ",
                   n(in.distance_km), n(tr.min_distance->value), cite(tr.min_distance->cite, lang));
    }
    // Below the BT.13 distance the rates are shown but nothing is paid: "→ 0", not "= 0".
    const std::string_view gives = tr.too_close ? "→" : "=";
    const auto monthly = [&](std::string_view label, const RotationPartTrace& p,
                             std::string_view limit_note) {
        return say(vi, "{} {}/tháng × {} tháng{} {} {} ({})",
                   "{} {}/month × {} months{} {} {} ({})", label, money(p.rate, lang), n(p.months),
                   limit_note, gives, money(p.amount, lang), cite(p.cite->cite, lang));
    };
    const RotationPartTrace& rent = tr.part(RotationPart::Rent);
    std::string rent_note;
    if (rent.limit != nullptr) {
        rent_note =
            say(vi, " (điều động: tối đa {} tháng, {})", " (transfer: at most {} months, {})",
                n(rent.limit->value), cite(rent.limit->cite, lang));
    }
    out += monthly(vi ? "thuê nhà" : "rent", rent, rent_note);
    const RotationPartTrace& initial = tr.part(RotationPart::Initial);
    if (initial.limit != nullptr) {
        out +=
            say(vi, "; hỗ trợ ban đầu (một lần) {}% × {} {} {} ({}; {})",
                "; initial support (once) {}% × {} {} {} ({}; {})", n(initial.limit->value * 100),
                money(initial.rate, lang), gives, money(initial.amount, lang),
                cite(initial.cite->cite, lang), cite(initial.limit->cite, lang));
    } else if (tr.too_close) {
        out += say(vi, "; hỗ trợ ban đầu (một lần) {} → {} ({})",
                   "; initial support (once) {} → {} ({})", money(initial.rate, lang),
                   money(initial.amount, lang), cite(initial.cite->cite, lang));
    } else {
        out += say(vi, "; hỗ trợ ban đầu (một lần) {} ({})", "; initial support (once) {} ({})",
                   money(initial.amount, lang), cite(initial.cite->cite, lang));
    }
    out += "; " + monthly(vi ? "thăm gia đình" : "family visits", tr.part(RotationPart::Visit), "");
    const RotationPartTrace& meals = tr.part(RotationPart::Meals);
    std::string meals_note;
    if (meals.limit != nullptr) {
        meals_note = say(vi, " ({} tháng đầu)", " (the first {} months)", n(meals.limit->value));
    }
    out += "; " + monthly(vi ? "tiền ăn" : "meals", meals, meals_note);
    out += say(vi, ". Tổng cộng: {}", ". Total: {}", money(tr.total, lang));
    if (tr.months == 0) out += empty_cell_hint("Months", lang);
    return out;
}

std::string explain_rotation_error(const Error& e, Language lang, const PolicyData& data) {
    const bool vi = lang == Language::Vi;
    const std::string who = arg_label(e.arg, lang);
    const SupportData& s = *data.support;
    if (e.code == Errc::OutOfRange && e.arg == "Kind") {
        return vi ? fmt::format("{} điều động chỉ áp dụng cho tuyến H-X (huyện → xã) ({})", who,
                                cite(s.transfer_rent_max_months.cite, lang))
                  : fmt::format("{} transfer applies only to route H-X (district → commune) ({})",
                                who, cite(s.transfer_rent_max_months.cite, lang));
    }
    if (e.code == Errc::OutOfRange && e.arg == "Island") {
        return vi ? fmt::format("{}: hỗ trợ đất liền ↔ Phú Quý không áp dụng cho tuyến H-X ({})",
                                who, cite(s.visit_island.cite, lang))
                  : fmt::format(
                        "{}: the mainland ↔ Phú Quý support does not apply to route H-X ({})", who,
                        cite(s.visit_island.cite, lang));
    }
    return explain_error(e, lang, data);
}

}  // namespace vnpolicy
