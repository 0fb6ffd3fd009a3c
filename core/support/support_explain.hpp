// SUPPORT_EXPLAIN: the SUPPORT_LEVEL computation in Vietnamese and English, formatted only from
// its trace (never recomputed), with the wording of common/explain_text.hpp.
#pragma once

#include <string>

#include "data/policy_data.hpp"
#include "support/support_rules.hpp"

namespace vnpolicy {

// "25 × 1.050.000 đồng (… ngày 01/12/2012, Nghị định 31/2012/NĐ-CP) = 26.250.000 đồng (…) + …"
std::string explain_support_level(const SupportLevelTrace& trace, Language lang);

}  // namespace vnpolicy
