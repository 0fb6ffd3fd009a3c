#include "support/study_rules.hpp"

#include "common/money.hpp"

namespace vnpolicy {

Result<StudyAllowanceTrace> compute_study_allowance(double days, StudyCourse course,
                                                    bool out_of_province, bool encouraged,
                                                    const PolicyData& data) noexcept {
    const SupportData& s = *data.support;
    const auto c = static_cast<std::size_t>(course);
    StudyAllowanceTrace tr;
    tr.course = course;
    tr.out_of_province = out_of_province;
    tr.encouraged = encouraged;
    tr.days = days;
    tr.meal = &s.meal[c][out_of_province ? 1 : 0];  // BT.6.4a/b, BT.9 (nothing outside)
    tr.rate = tr.meal->value;
    if (encouraged) {  // BT.6.5, BT.9: once per day, wherever the class is held
        tr.bonus = &s.meal_encouragement[c];
        tr.rate += tr.bonus->value;
    }
    tr.amount = static_cast<double>(round_dong(static_cast<long double>(days) * tr.rate));
    if (tr.amount >= data.max_cost.value) return Error{Errc::TooLarge, "Days", days};
    return tr;
}

Result<MaterialsTrace> compute_study_materials(MaterialsLevel level, double years,
                                               const PolicyData& data) noexcept {
    MaterialsTrace tr;
    tr.level = level;
    tr.years = years;
    tr.rate = &data.support->materials[static_cast<std::size_t>(level)];  // BT.9
    tr.amount = static_cast<double>(round_dong(static_cast<long double>(years) * tr.rate->value));
    if (tr.amount >= data.max_cost.value) return Error{Errc::TooLarge, "SchoolYears", years};
    return tr;
}

TuitionTrace compute_tuition_support(double tuition, TuitionCourse course,
                                     std::string_view commune_folded,
                                     const PolicyData& data) noexcept {
    const SupportData& s = *data.support;
    TuitionTrace tr;
    tr.course = course;
    tr.tuition = tuition;
    if (course == TuitionCourse::Postgraduate) {
        tr.share = &s.tuition_postgraduate;  // BT.2.1
    } else if (!commune_folded.empty() && (tr.commune = s.highland(commune_folded)) != nullptr) {
        tr.share = &s.tuition_highland;  // BT.6.3: the named highland communes
    } else {
        tr.share = &s.tuition_professional;  // BT.6.3
    }
    tr.amount =
        static_cast<double>(round_dong(static_cast<long double>(tuition) * tr.share->value));
    return tr;
}

}  // namespace vnpolicy
