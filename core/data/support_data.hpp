// The policy data of the SUPPORT_LEVEL family (BT.1-13, KH.5.3-5.4): support multiples, study
// and rotation amounts, eligibility limits, the highland communes of BT.6.3 and the accepted
// spellings of its text codes. Loaded and validated with the rest of the policy data
// (load_policy_data) from the policies serving "support" and "income_topup"; reached through
// PolicyData::support.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/policy_data.hpp"

namespace vnpolicy {

// The accepted spellings of one text argument, one list per value (in the enum's order).
struct CodeSet {
    std::string rule;                              // "BT.2.2"
    std::vector<std::string> keys;                 // "doctorate", "master" (the file's keys)
    std::vector<std::vector<std::string>> shown;   // spellings as written, for explanations
    std::vector<std::vector<std::string>> folded;  // the same, folded, for matching

    // The index of the value `folded_text` spells, or nullopt (no heap work).
    [[nodiscard]] std::optional<std::size_t> match(std::string_view folded_text) const noexcept;
    // "TS, tiến sĩ, doctorate, CKII, CK2 | ThS, thạc sĩ, …" for explanations.
    [[nodiscard]] std::string accepted() const;
};

enum class Degree : unsigned char { Doctorate, Master };
enum class Programme : unsigned char { Standard, Priority, Attraction };
enum class StudyCourse : unsigned char { Professional, Political };
enum class TuitionCourse : unsigned char { Postgraduate, Professional };
enum class MaterialsLevel : unsigned char { Intermediate, Advanced };
// H-T district→province, T-H province→district, H-H district→district, H-X district→commune.
enum class Route : unsigned char { HT, TH, HH, HX };
enum class Gender : unsigned char { Male, Female };
enum class MoveKind : unsigned char { Rotation, Transfer };
enum class RotationPart : unsigned char { Total, Rent, Initial, Visit, Meals };
enum class StaffType : unsigned char { CivilServant, PublicEmployee };

struct HighlandCommune {
    std::string name;      // "Phan Dũng"
    std::string district;  // "Tuy Phong"
    std::string folded;    // "phandung"
    std::string rule;      // "BT.6.3"
};

struct SupportData {
    // [support.multiple], indexed [Programme][Degree] (BT.2.2, BT.2.3, BT.3).
    std::array<std::array<Quantity, 2>, 3> multiple;
    Quantity encouragement_bonus;   // BT.2.4
    Quantity phase1_share;          // BT.4.2a
    Citation attraction_paid_once;  // BT.4.3
    Quantity tuition_postgraduate;  // BT.2.1
    Quantity tuition_professional;  // BT.6.3
    Quantity tuition_highland;      // BT.6.3

    // [study], indexed [StudyCourse][out of province] (BT.6.4, BT.9).
    std::array<std::array<Quantity, 2>, 2> meal;
    std::array<Quantity, 2> meal_encouragement;  // [StudyCourse] (BT.6.5, BT.9)
    std::array<Quantity, 2> materials;           // [MaterialsLevel] (BT.9)

    // [rotation] (BT.12-13)
    std::array<Quantity, 4> rent;  // [Route]
    Quantity transfer_rent_max_months;
    std::array<Quantity, 2> initial;  // [Gender]
    Quantity initial_commune_share;
    Quantity visit, visit_island, visit_commune;
    Quantity meals, meals_months;
    Quantity min_distance_km;

    std::array<Quantity, 2> topup_multiple;  // KH.5.3 group 4, KH.5.4 group 5

    // [eligibility] (BT.1); condition d (commits to serve a multiple of the training time) is
    // the support policy's own commitment of group 1.
    Quantity commitment_factor;
    Quantity min_service_years, min_good_years;
    std::array<Quantity, 2> max_age;  // [StaffType]
    Citation no_discipline, users_judgement;

    std::vector<HighlandCommune> highland_communes;  // BT.6.3

    CodeSet degree, programme, study_course, tuition_course, level, route, gender, kind, component,
        staff_type;

    [[nodiscard]] const HighlandCommune* highland(std::string_view folded) const noexcept;
};

}  // namespace vnpolicy
