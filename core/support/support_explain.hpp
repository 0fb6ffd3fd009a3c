// Explanations of the SUPPORT_LEVEL family in Vietnamese and English, formatted only from the
// traces the numbers come from (never recomputed).
#pragma once

#include <string>
#include <string_view>

#include "data/policy_data.hpp"
#include "eligibility/eligibility_rules.hpp"
#include "rotation/rotation_rules.hpp"
#include "support/support_rules.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// "25 × 1.050.000 đồng (… ngày 01/12/2012, Nghị định 31/2012/NĐ-CP) = 26.250.000 đồng (…) + …"
std::string explain_support_level(const SupportLevelTrace& trace, Language lang);

// Every component (rent, initial, visit, meals): amount, monthly rate, months, article; total.
std::string explain_rotation(const RotationTrace& trace, Language lang);

// Each checked condition of BT.1 met or not; b, d, g left to the user.
std::string explain_eligibility(const EligibilityTrace& trace, Language lang,
                                const PolicyData& data);

// The reason for a refused input of this family. `codes` is the code list of the argument an
// UnknownCode error names (its accepted spellings are listed); other errors as explain_error.
std::string explain_support_error(const Error& error, Language lang, const PolicyData& data,
                                  std::u16string_view text, const CodeSet* codes);

}  // namespace vnpolicy
