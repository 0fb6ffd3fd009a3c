// Help text that quotes the policy data: catalog templates with placeholders, filled in from the
// loaded data so that changing the data changes the wizard help and the reference.
#pragma once

#include <string>
#include <string_view>

#include "data/policy_data.hpp"

namespace vnpolicy {

// Replaces every "{key}" of `text` (help_text.cpp lists the keys: a value of a family section
// such as "{study.meal_professional_in}", "{support.phase1_share%}" for a share as a percentage,
// and summaries such as "{commitment.rules}"). An unknown key becomes "{?key}" (a test renders
// every catalog text and fails on it).
std::string render_help(std::string_view text, Language lang, const PolicyData& data);

}  // namespace vnpolicy
