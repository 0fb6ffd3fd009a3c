// Malformed variants of the shipped policy data, for the loader's validation tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "vnpolicy/policy_data.hpp"

namespace vnpolicy::test {

// data/policy.toml with the first `from` replaced by `to` (a test fails if `from` is absent).
inline std::string replaced(std::string_view from, std::string_view to) {
    std::string text(embedded_policy_toml());
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "test fixture: '" << from << "' not in policy.toml";
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

// The loader's message for `text`, which must be refused.
inline std::string error_of(const std::string& text) {
    const LoadResult r = load_policy_data(text);
    EXPECT_FALSE(r.data.has_value());
    return r.error;
}

}  // namespace vnpolicy::test
