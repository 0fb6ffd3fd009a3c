// COMPENSATION_EXPLAIN's sentences in Vietnamese and English, built only from the trace and the
// error (never recomputed), with the wording of common/explain_text.hpp.
#pragma once

#include <string>

#include "compensation/compensation_rules.hpp"
#include "data/policy_data.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// The sentence for a compensation trace, e.g. (vi)
// "S = F/T1 × (T1 − T2) = 50.000.000 / 108 × (108 − 36) = 33.333.333 đồng (Điều 16 khoản 2 ...)".
std::string explain_compensation(const CompensationTrace& trace, Language lang);

// The reason for a GroupNotInPolicy or CaseNotForGroup error of COMPENSATION, naming the
// policy's groups or the cases the group has and the group's own clause.
std::string explain_group_error(const Error& error, Language lang, const PolicyEntry& policy,
                                int group);

}  // namespace vnpolicy
