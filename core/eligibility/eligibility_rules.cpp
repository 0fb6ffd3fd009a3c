#include "eligibility/eligibility_rules.hpp"

namespace vnpolicy {
namespace {
// Full years from `from` to `to` (to >= from): anniversaries as EDATE counts them, so the day of
// the anniversary counts and 29 February anniversaries fall on 28 February.
std::int64_t full_years(DayNumber from, DayNumber to) noexcept {
    return months_between(from, to).months / 12;
}
}  // namespace

Result<EligibilityTrace> compute_eligibility(const EligibilityInput& in,
                                             const PolicyData& data) noexcept {
    const SupportData& s = *data.support;
    if (in.service_start < in.birth) return Error{Errc::DateOrder, "ServiceStartDate"};
    if (in.send < in.service_start) return Error{Errc::DateOrder, "SendDate"};
    EligibilityTrace tr;
    tr.in = in;
    tr.min_service = &s.min_service_years;
    tr.min_good = &s.min_good_years;
    tr.max_age = &s.max_age[static_cast<std::size_t>(in.staff)];
    tr.service_years = full_years(in.service_start, in.send);
    tr.age = full_years(in.birth, in.send);
    tr.service_ok = static_cast<double>(tr.service_years) >= tr.min_service->value;  // BT.1a
    tr.good_ok = in.good_years >= tr.min_good->value;                                // BT.1đ
    tr.discipline_ok = !in.under_discipline;                                         // BT.1e
    tr.age_checked = in.first_postgraduate;                                          // BT.1c
    tr.age_ok = !tr.age_checked || static_cast<double>(tr.age) <= tr.max_age->value;
    tr.eligible = tr.service_ok && tr.good_ok && tr.discipline_ok && tr.age_ok;
    return tr;
}

}  // namespace vnpolicy
