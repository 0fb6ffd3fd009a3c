// The add-in version (the project version of the top-level CMakeLists.txt).
#pragma once

#include <string_view>

#ifndef VNPOLICY_VERSION
#error "VNPOLICY_VERSION must be defined by the build (target vnpolicy_core)"
#endif

namespace vnpolicy {
inline constexpr std::string_view kVersion = VNPOLICY_VERSION;
}  // namespace vnpolicy
