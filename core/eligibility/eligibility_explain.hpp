// ELIGIBILITY_EXPLAIN: each checked condition of BT.1 in Vietnamese and English, formatted only
// from its trace, with the wording of common/explain_text.hpp.
#pragma once

#include <string>

#include "data/policy_data.hpp"
#include "eligibility/eligibility_rules.hpp"

namespace vnpolicy {

// Each checked condition of BT.1 met or not; b, d, g left to the user.
std::string explain_eligibility(const EligibilityTrace& trace, Language lang,
                                const PolicyData& data);

}  // namespace vnpolicy
