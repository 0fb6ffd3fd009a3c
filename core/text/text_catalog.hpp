// The Text family (FUNCTIONS.md "Text"): VND_TEXT. (POLICY_INFO sits with the compensation
// family's table.)
#pragma once

#include <array>

#include "catalog/common_args.hpp"

namespace vnpolicy::catalog_data {

inline constexpr ArgInfo kVndAmount{
    "Amount",
    "Số tiền",
    "In dong, rounded to whole dong; negative amounts start with \"Âm\". Absolute value below "
    "10^15 (999,999 tỷ).",
    "Số tiền, đồng; làm tròn đến đồng. Số âm bắt đầu bằng \"Âm\". Giá trị tuyệt đối phải nhỏ hơn "
    "10^15 (999.999 tỷ).",
    false,
    {ArgType::Number}};
inline constexpr ArgInfo kStyle{
    "Style",
    "Kiểu",
    "Optional, default {arg.default}. 0 = \"nghìn\", \"linh\" (một nghìn không trăm linh năm); "
    "1 = \"ngàn\", \"lẻ\".",
    "Không bắt buộc, mặc định {arg.default}. 0 = \"nghìn\", \"linh\" (một nghìn không trăm linh "
    "năm); 1 = \"ngàn\", \"lẻ\".",
    true,
    {ArgType::Whole, CodeList::None, 0, 1, 0}};

inline constexpr std::array kVndTextArgs{kVndAmount, kStyle};

inline constexpr std::array kTextFamily{
    FunctionInfo{"VND_TEXT", ResultKind::Text, false, kVndTextArgs,
                 "The amount in Vietnamese words for the \"Số tiền bằng chữ\" line of a voucher: "
                 "rounded to dong (half away from zero), capital first letter, ending in \"đồng\". "
                 "Style: 0 = \"nghìn\" and \"linh\" (một nghìn không trăm linh năm); 1 = "
                 "\"ngàn\" and \"lẻ\" (một ngàn không trăm lẻ năm); any other value is an error.",
                 "Số tiền bằng chữ cho dòng \"Số tiền bằng chữ\" của chứng từ: làm tròn đến đồng, "
                 "viết hoa chữ đầu, kết thúc bằng \"đồng\". Kiểu: 0 = \"nghìn\", \"linh\" (một "
                 "nghìn không trăm linh năm); 1 = \"ngàn\", \"lẻ\" (một ngàn không trăm lẻ năm); "
                 "giá trị khác là lỗi.",
                 "—", "VND_TEXT(33333333)",
                 "Ba mươi ba triệu ba trăm ba mươi ba nghìn ba trăm ba mươi ba đồng"},
};

}  // namespace vnpolicy::catalog_data
