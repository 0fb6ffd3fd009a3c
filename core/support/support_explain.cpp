#include "support/support_explain.hpp"

#include <fmt/format.h>

#include <utility>

#include "common/explain_text.hpp"
#include "common/fold.hpp"
#include "vnpolicy/catalog.hpp"

namespace vnpolicy {
namespace {

// The sentence in the language asked for; both templates take the same arguments (tests cover
// both languages, so a template that does not fit its arguments is caught there).
template <class... A>
std::string say(bool vi, std::string_view vi_text, std::string_view en_text, A&&... args) {
    return fmt::format(fmt::runtime(vi ? vi_text : en_text), std::forward<A>(args)...);
}

std::string_view cite(const Citation& c, Language lang) {
    return lang == Language::Vi ? std::string_view(c.vi) : std::string_view(c.en);
}

std::string_view degree_name(Degree d, bool vi) {
    if (d == Degree::Doctorate) return vi ? "Tiến sĩ / chuyên khoa II" : "Doctorate / CKII";
    return vi ? "Thạc sĩ / chuyên khoa I" : "Master / CKI";
}

std::string_view programme_name(Programme p, bool vi) {
    switch (p) {
        case Programme::Standard:
            return vi ? "hỗ trợ sinh hoạt" : "living support";
        case Programme::Priority:
            return vi ? "chương trình ưu tiên" : "priority programme";
        case Programme::Attraction:
            return vi ? "thu hút" : "attraction";
    }
    return {};
}

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

bool is_boolean_arg(std::string_view a) {
    return a == "Encouraged" || a == "OutOfProvince" || a == "Island" || a == "UnderDiscipline" ||
           a == "FirstPostgraduate";
}

}  // namespace

std::string explain_support_level(const SupportLevelTrace& tr, Language lang) {
    const bool vi = lang == Language::Vi;
    const auto n = [lang](double v) { return format_number(v, lang); };
    // A date after the data's review date: say up to when the wage table was checked.
    const std::string reviewed = tr.reviewed == nullptr ? std::string{}
                                                        : say(vi, "; bảng lương rà soát đến {}",
                                                              "; wage table reviewed up to {}",
                                                              date_text(*tr.reviewed, lang));
    std::string out =
        say(vi, "{}, {}: {} × {} (lương tối thiểu chung / lương cơ sở ngày {}, {}{}) = {} ({})",
            "{}, {}: {} × {} (minimum / base wage on {}, {}{}) = {} ({})",
            degree_name(tr.degree, vi), programme_name(tr.programme, vi), n(tr.multiple->value),
            money(tr.wage->amount, lang), date_text(tr.date, lang), tr.wage->decree, reviewed,
            money(tr.base, lang), cite(tr.multiple->cite, lang));
    if (tr.bonus != nullptr) {
        out +=
            say(vi, " + {} khuyến khích (dân tộc thiểu số, nữ hoặc Phú Quý; {}) = {}",
                " + {} encouragement (ethnic minority, female or Phú Quý; {}) = {}",
                money(tr.bonus->value, lang), cite(tr.bonus->cite, lang), money(tr.amount, lang));
    } else if (tr.bonus_not_applicable) {
        out += vi ? "; hỗ trợ thu hút không có khoản khuyến khích (chỉ Điều 2 khoản 4 có)"
                  : "; attraction support has no encouragement bonus (only Article 2(4) has one)";
    }
    return out;
}

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
    if (tr.months != in.months) {
        out += fmt::format(" ({} {})", n(in.months), vi ? "làm tròn" : "rounded");
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
    return out;
}

std::string explain_eligibility(const EligibilityTrace& tr, Language lang, const PolicyData& data) {
    const bool vi = lang == Language::Vi;
    const auto n = [lang](double v) { return format_number(v, lang); };
    const auto met = [vi](bool ok) {
        return ok ? (vi ? "đạt" : "met") : (vi ? "không đạt" : "not met");
    };
    const SupportData& s = *data.support;
    std::string out = tr.eligible ? (vi ? "Đủ điều kiện" : "Eligible")
                                  : (vi ? "Không đủ điều kiện" : "Not eligible");
    out += vi ? " được cử đi đào tạo sau đại học: " : " to be sent for postgraduate training: ";
    out += say(vi, "a) thời gian công tác {} năm, cần từ {} năm: {} ({}); ",
               "a) {} full years of service, at least {} needed: {} ({}); ", tr.service_years,
               n(tr.min_service->value), met(tr.service_ok), cite(tr.min_service->cite, lang));
    const bool civil = tr.in.staff == StaffType::CivilServant;
    if (tr.age_checked) {
        const std::string_view staff = civil ? (vi ? "cán bộ, công chức" : "civil servant")
                                             : (vi ? "viên chức" : "public employee");
        out += say(vi, "c) tuổi {0} khi được cử đi, {2} không quá {1} tuổi: {3} ({4}); ",
                   "c) age {0} when sent, at most {1} for a {2}: {3} ({4}); ", tr.age,
                   n(tr.max_age->value), staff, met(tr.age_ok), cite(tr.max_age->cite, lang));
    } else {
        out += say(vi,
                   "c) giới hạn tuổi chỉ áp dụng cho khóa sau đại học đầu tiên, "
                   "không xét ({}); ",
                   "c) the age limit applies to a first postgraduate course only, "
                   "not checked ({}); ",
                   cite(tr.max_age->cite, lang));
    }
    out += say(vi, "đ) {} năm liên tục hoàn thành tốt nhiệm vụ, cần {}: {} ({}); ",
               "đ) {} consecutive years rated 'hoàn thành tốt nhiệm vụ', {} needed: "
               "{} ({}); ",
               n(tr.in.good_years), n(tr.min_good->value), met(tr.good_ok),
               cite(tr.min_good->cite, lang));
    out += say(vi, "e) không bị kỷ luật, điều tra, truy tố: {} ({}). ",
               "e) not under discipline, investigation or prosecution: {} ({}). ",
               met(tr.discipline_ok), cite(s.no_discipline, lang));
    out +=
        say(vi,
            "Các điều kiện b) ngành đào tạo phù hợp vị trí việc làm, d) cam kết phục vụ ít nhất {} "
            "lần thời gian đào tạo và g) có trong kế hoạch đào tạo được duyệt do người dùng tự "
            "đánh giá ({}).",
            "Conditions b) field matching the job position, d) commitment to serve at least {} × "
            "the training time and g) being in the approved training plan are for the user to "
            "judge ({}).",
            n(s.commitment_factor.value), cite(s.users_judgement, lang));
    return out;
}

std::string explain_support_error(const Error& e, Language lang, const PolicyData& data,
                                  std::u16string_view text, const CodeSet* codes) {
    const bool vi = lang == Language::Vi;
    const std::string who = arg_label(e.arg, lang);
    const SupportData& s = *data.support;
    switch (e.code) {
        case Errc::UnknownCode:
            if (codes != nullptr) {
                const std::string t = utf16_to_utf8(text);
                return vi ? fmt::format(
                                "{} không phải là mã được chấp nhận: \"{}\" (chấp nhận: {})", who,
                                t, codes->accepted())
                          : fmt::format("{} is not an accepted code: \"{}\" (accepted: {})", who, t,
                                        codes->accepted());
            }
            break;
        case Errc::NotNumber:
            if (is_boolean_arg(e.arg)) {
                const std::string t = utf16_to_utf8(text);
                return vi ? fmt::format("{} phải là TRUE/FALSE (1 hoặc 0), không phải chữ: \"{}\"",
                                        who, t)
                          : fmt::format("{} must be TRUE/FALSE (1 or 0), not text: \"{}\"", who, t);
            }
            break;
        case Errc::OutOfRange:
            if (is_boolean_arg(e.arg)) {
                return vi ? fmt::format("{} phải là TRUE/FALSE (1 hoặc 0): {}", who,
                                        format_number(e.value, lang))
                          : fmt::format("{} must be TRUE/FALSE (1 or 0): {}", who,
                                        format_number(e.value, lang));
            }
            if (e.arg == "Kind") {
                return vi ? fmt::format("{} điều động chỉ áp dụng cho tuyến H-X (huyện → xã) ({})",
                                        who, cite(s.transfer_rent_max_months.cite, lang))
                          : fmt::format(
                                "{} transfer applies only to route H-X (district → "
                                "commune) ({})",
                                who, cite(s.transfer_rent_max_months.cite, lang));
            }
            if (e.arg == "Island") {
                return vi ? fmt::format(
                                "{}: hỗ trợ đất liền ↔ Phú Quý không áp dụng cho tuyến H-X "
                                "({})",
                                who, cite(s.visit_island.cite, lang))
                          : fmt::format(
                                "{}: the mainland ↔ Phú Quý support does not apply to "
                                "route H-X ({})",
                                who, cite(s.visit_island.cite, lang));
            }
            if (e.arg == "Programme") {
                return vi ? fmt::format("{} thu hút được chi trả một lần, không chia đợt ({})", who,
                                        cite(s.attraction_paid_once, lang))
                          : fmt::format("{} attraction is paid once, not in installments ({})", who,
                                        cite(s.attraction_paid_once, lang));
            }
            break;
        case Errc::DateOrder: {
            const std::string before = arg_label(e.arg == "ServiceStartDate" ? "BirthDate"
                                                 : e.arg == "SendDate"       ? "ServiceStartDate"
                                                                             : "DecisionDate",
                                                 lang);
            return vi ? fmt::format("{} không được trước {}", who, before)
                      : fmt::format("{} cannot be before {}", who, before);
        }
        case Errc::TooLarge:
            if (e.arg != "Months") {
                return vi ? fmt::format("{} quá lớn: số tiền vượt quá {}: {}", who,
                                        data.max_cost.cite.vi, format_number(e.value, lang))
                          : fmt::format("{} is too large: the amount is beyond the {}: {}", who,
                                        data.max_cost.cite.en, format_number(e.value, lang));
            }
            break;
        default:
            break;
    }
    return explain_error(e, lang, data, text);
}

}  // namespace vnpolicy
