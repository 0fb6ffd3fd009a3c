#include "support/support_explain.hpp"

#include <fmt/format.h>

#include "common/explain_text.hpp"

namespace vnpolicy {
namespace {

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

}  // namespace vnpolicy
