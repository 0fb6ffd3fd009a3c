// Argument descriptions shared by several function families (one label and help per contract
// name), and the compile-time concatenation of the families into the one catalog.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>

#include "vnpolicy/catalog.hpp"

namespace vnpolicy::catalog_data {

inline constexpr ArgInfo kLanguage{
    "Language",
    "Ngôn ngữ",
    "Optional, default {arg.default}; \"en\" for English.",
    "Không bắt buộc, mặc định {arg.default}.",
    true,
    {ArgType::Language},
    "Language: \"vi\" (Vietnamese, the default) or \"en\" (English); any other value is an error.",
    "Ngôn ngữ: \"vi\" (tiếng Việt, mặc định) hoặc \"en\" (tiếng Anh); giá trị khác là lỗi."};

template <std::size_t... N>
constexpr auto concat(const std::array<FunctionInfo, N>&... families) {
    std::array<FunctionInfo, (N + ...)> all{};
    std::size_t i = 0;
    ((std::copy(families.begin(), families.end(), all.begin() + static_cast<std::ptrdiff_t>(i)),
      i += families.size()),
     ...);
    return all;
}

}  // namespace vnpolicy::catalog_data
