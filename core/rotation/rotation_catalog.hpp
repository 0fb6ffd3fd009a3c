// The rotation functions' catalog rows (FUNCTIONS.md "Support", BT.12-13): wizard text in
// English and Vietnamese (templates filled in from the policy data, help_text.hpp), each
// argument's declared check, rule ids and examples.
#pragma once

#include <array>

#include "catalog/common_args.hpp"

namespace vnpolicy::catalog_data {

inline constexpr ArgInfo kRoute{
    "Route",
    "Tuyến",
    "{codes.route.h_t.0} district → province, {codes.route.t_h.0} province → district, "
    "{codes.route.h_h.0} between districts, {codes.route.h_x.0} to a commune.",
    "{codes.route.h_t.0} huyện → tỉnh, {codes.route.t_h.0} tỉnh → huyện, {codes.route.h_h.0} sang "
    "huyện khác, {codes.route.h_x.0} huyện → xã.",
    false,
    {ArgType::Code, CodeList::Route},
    "Route: {codes.route.h_t} district → province, {codes.route.t_h} province → district, "
    "{codes.route.h_h} to another district, {codes.route.h_x} district → commune.",
    "Tuyến: {codes.route.h_t} huyện → tỉnh, {codes.route.t_h} tỉnh → huyện, {codes.route.h_h} sang "
    "huyện khác, {codes.route.h_x} huyện → xã."};
inline constexpr ArgInfo kMonths{
    "Months",
    "Số tháng",
    "Months of the rotation or transfer, rounded half-up to whole months; >= 0.",
    "Số tháng luân chuyển hoặc điều động, làm tròn đến tháng; >= 0.",
    false,
    {ArgType::Months}};
inline constexpr ArgInfo kGender{
    "Gender",
    "Giới tính",
    "{codes.gender.male} or {codes.gender.female} (initial support {rotation.initial_male} or "
    "{rotation.initial_female}).",
    "{codes.gender.male} hoặc {codes.gender.female} (ban đầu {rotation.initial_male} / "
    "{rotation.initial_female} đồng).",
    false,
    {ArgType::Code, CodeList::Gender},
    "Initial support: {rotation.initial_male} for a man, {rotation.initial_female} for a woman.",
    "Hỗ trợ ban đầu: {rotation.initial_male} đồng cho nam, {rotation.initial_female} đồng cho nữ."};
inline constexpr ArgInfo kKind{
    "Kind",
    "Hình thức",
    "Optional, default {codes.kind.rotation}; {codes.kind.transfer} only with "
    "{codes.route.h_x.0}.",
    "Không bắt buộc, mặc định {codes.kind.rotation.1}; {codes.kind.transfer.1} chỉ với tuyến "
    "{codes.route.h_x.0}.",
    true,
    {ArgType::Code, CodeList::Kind},
    "Kind: {codes.kind.rotation} (default) or {codes.kind.transfer}, a transfer only with "
    "{codes.route.h_x} (rent for at most {rotation.transfer_rent_max_months} months).",
    "Hình thức: {codes.kind.rotation} (mặc định) hoặc {codes.kind.transfer}, điều động chỉ với "
    "tuyến {codes.route.h_x} (thuê nhà tối đa {rotation.transfer_rent_max_months} tháng)."};
inline constexpr ArgInfo kIsland{
    "Island",
    "Phú Quý",
    "Optional, default {arg.default}. TRUE: the move is to or from Phú Quý island; not with "
    "{codes.route.h_x.0}.",
    "Không bắt buộc, mặc định {arg.default}. TRUE: giữa đất liền và Phú Quý; không dùng với "
    "{codes.route.h_x.0}.",
    true,
    {ArgType::Bool},
    "Island TRUE (1): the move is between the mainland and Phú Quý (visits {rotation.visit_island} "
    "a month), not with {codes.route.h_x}.",
    "Phú Quý TRUE (1): giữa đất liền và Phú Quý (thăm gia đình {rotation.visit_island} "
    "đồng/tháng), không dùng với {codes.route.h_x}."};
inline constexpr ArgInfo kDistanceKm{
    "DistanceKm",
    "Khoảng cách (km)",
    "Optional, default {rotation.min_distance_km} km or more. Km from the family's residence to "
    "the new workplace.",
    "Không bắt buộc, mặc định từ {rotation.min_distance_km} km trở lên. Km từ nơi ở gia đình đến "
    "nơi công tác mới.",
    true,
    {ArgType::NonNegative},
    "DistanceKm: from the family's residence to the new workplace; omitted means "
    "{rotation.min_distance_km} km or more.",
    "Khoảng cách: từ nơi ở của gia đình đến nơi công tác mới; bỏ trống là từ "
    "{rotation.min_distance_km} km trở lên."};
inline constexpr ArgInfo kComponent{
    "Component",
    "Khoản",
    "Optional, default {arg.default}; or {codes.component.rent}, {codes.component.initial}, "
    "{codes.component.visit}, {codes.component.meals}.",
    "Không bắt buộc, mặc định {arg.default} (tổng); hoặc {codes.component.rent}, "
    "{codes.component.initial}, {codes.component.visit}, {codes.component.meals}.",
    true,
    {ArgType::Code, CodeList::Component}};
inline constexpr std::array kRotationArgs{kRoute,  kMonths,     kGender,   kKind,
                                          kIsland, kDistanceKm, kComponent};
inline constexpr std::array kRotationExplainArgs{kRoute,  kMonths,     kGender,  kKind,
                                                 kIsland, kDistanceKm, kLanguage};

inline constexpr std::array kRotationFamily{
    FunctionInfo{
        "ROTATION_SUPPORT", ResultKind::Number, false, kRotationArgs,
        "Rotation / transfer support over the period: rent, initial support, family visits and "
        "meals (or one Component: {codes.component.total} (default), {codes.component.rent}, "
        "{codes.component.initial}, {codes.component.visit}, {codes.component.meals}); 0 under "
        "{rotation.min_distance_km} km.",
        "Hỗ trợ luân chuyển / điều động cả thời gian: thuê nhà, hỗ trợ ban đầu, thăm gia đình và "
        "tiền ăn (hoặc một Khoản: {codes.component.total} tổng (mặc định), {codes.component.rent} "
        "thuê nhà, {codes.component.initial} ban đầu, {codes.component.visit} thăm gia đình, "
        "{codes.component.meals} tiền ăn); bằng 0 nếu dưới {rotation.min_distance_km} km.",
        "BT.12-13", "ROTATION_SUPPORT(\"T-H\";24;\"nam\")", "25600000", true, true},
    FunctionInfo{
        "ROTATION_EXPLAIN", ResultKind::Text, false, kRotationExplainArgs,
        "Every component of ROTATION_SUPPORT (rent, initial, visits, meals) with its rate, months "
        "and article, and the total; for an invalid argument, the reason.",
        "Từng khoản của ROTATION_SUPPORT (thuê nhà, ban đầu, thăm gia đình, tiền ăn) với mức, số "
        "tháng và điều khoản, và tổng cộng; nếu đối số không hợp lệ thì nêu lý do.",
        "BT.12-13", "ROTATION_EXPLAIN(\"T-H\";24;\"nam\")", "… 25.600.000 đồng"},
};

}  // namespace vnpolicy::catalog_data
