// ROTATION_EXPLAIN: the ROTATION_SUPPORT computation in Vietnamese and English, formatted only
// from its trace (never recomputed), with the wording of common/explain_text.hpp.
#pragma once

#include <string>

#include "data/policy_data.hpp"
#include "rotation/rotation_rules.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// Every component (rent, initial, visit, meals): amount, monthly rate, months, article; total.
std::string explain_rotation(const RotationTrace& trace, Language lang);

// The reason the rotation rule refused its checked input (a transfer off route H-X, Phú Quý
// with H-X; BT.12.2e, BT.12.4a), or explain_error's.
std::string explain_rotation_error(const Error& error, Language lang, const PolicyData& data);

}  // namespace vnpolicy
