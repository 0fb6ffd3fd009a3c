// The SUPPORT_LEVEL family's policy data: the shipped values with their rule ids, and malformed
// variants refused with a message naming the entry.
#include "data/support_data.hpp"

#include <gtest/gtest.h>

#include <string>

#include "data/policy_data.hpp"
#include "data_fixture.hpp"

using namespace vnpolicy;

using vnpolicy::test::error_of;
using vnpolicy::test::replaced;

namespace {
constexpr std::string_view kBT = "policies/BT2012.toml";  // the policy serving "support"
}  // namespace

TEST(SupportData, ValuesAndRuleIds) {
    const SupportData& s = *policy_data().support;
    EXPECT_EQ(s.multiple[0][0].value, 45);
    EXPECT_EQ(s.multiple[0][0].cite.rule, "BT.2.2a");
    EXPECT_EQ(s.multiple[2][1].cite.rule, "BT.3");
    EXPECT_EQ(s.encouragement_bonus.value, 5000000);
    EXPECT_EQ(s.attraction_paid_once.rule, "BT.4.3");
    EXPECT_EQ(s.transfer_rent_max_months.value, 36);
    EXPECT_EQ(s.meals_months.value, 6);
    EXPECT_EQ(s.min_distance_km.value, 15);
    EXPECT_EQ(s.initial_commune_share.value, 0.5);
    EXPECT_EQ(s.max_age[0].value, 40);
    EXPECT_EQ(s.max_age[1].value, 45);
    EXPECT_EQ(s.min_service_years.value, 5);
    EXPECT_EQ(s.min_good_years.value, 3);
    EXPECT_EQ(s.meal_encouragement[1].cite.rule, "BT.9");
    ASSERT_EQ(s.highland_communes.size(), 12u);
    EXPECT_EQ(s.highland_communes[0].district, "Tuy Phong");
    EXPECT_EQ(s.highland_communes[11].name, "La Ngâu");
    EXPECT_EQ(s.route.keys.size(), 4u);
}

TEST(SupportData, MissingKeyNamesTheEntry) {
    EXPECT_NE(error_of(replaced(kBT, "meals_months = {", "meals_monthz = {"))
                  .find("missing key 'rotation.meals_months'"),
              std::string::npos);
}

TEST(SupportData, MissingRuleIdNamesTheEntry) {
    EXPECT_NE(error_of(replaced(kBT, "visit_commune = { value = 200000, rule = \"BT.12.4b\",",
                                "visit_commune = { value = 200000,"))
                  .find("'rotation.visit_commune' has no rule id"),
              std::string::npos);
    EXPECT_NE(
        error_of(replaced(kBT, "name = \"La Ngâu\"\ndistrict = \"Tánh Linh\"\nrule = \"BT.6.3\"",
                          "name = \"La Ngâu\"\ndistrict = \"Tánh Linh\""))
            .find("highland_commune[11] (La Ngâu)' has no rule id"),
        std::string::npos);
    EXPECT_NE(error_of(replaced(kBT, "[codes.gender]\nrule = \"BT.12.3a\"\n", "[codes.gender]\n"))
                  .find("'codes.gender' has no rule id"),
              std::string::npos);
}

TEST(SupportData, NegativeAmountNamesTheEntry) {
    EXPECT_NE(
        error_of(replaced(kBT, "rent_h_x    = { value = 400000", "rent_h_x    = { value = -400000"))
            .find("'rotation.rent_h_x.value' has a negative value"),
        std::string::npos);
    EXPECT_NE(error_of(replaced(kBT, "meal_political_encouragement = { value = 10000",
                                "meal_political_encouragement = { value = -10000"))
                  .find("study.meal_political_encouragement.value"),
              std::string::npos);
}

TEST(SupportData, BadSharesAndCounts) {
    EXPECT_NE(error_of(replaced(kBT, "initial_commune_share = { value = 0.5",
                                "initial_commune_share = { value = 5"))
                  .find("'rotation.initial_commune_share' must be a share"),
              std::string::npos);
    EXPECT_NE(
        error_of(replaced(kBT, "meals_months = { value = 6,", "meals_months = { value = 6.5,"))
            .find("'rotation.meals_months' must be a whole number"),
        std::string::npos);
    EXPECT_NE(error_of(replaced(kBT, "standard_master     = { value = 25,",
                                "standard_master     = { value = 0,"))
                  .find("'support.multiple.standard_master' must be above 0"),
              std::string::npos);
}

TEST(SupportData, CodeListsChecked) {
    // A spelling accepted by two values.
    EXPECT_NE(error_of(replaced(kBT, "female = [\"nữ\", \"F\", \"female\"]",
                                "female = [\"nữ\", \"M\", \"female\"]"))
                  .find("accepted by both 'codes.gender.male' and 'codes.gender.female'"),
              std::string::npos);
    // A value the code does not have.
    EXPECT_NE(
        error_of(replaced(kBT, "meals   = [\"meals\"]", "meals   = [\"meals\"]\nfood = [\"food\"]"))
            .find("'codes.component.food' is not a value"),
        std::string::npos);
    EXPECT_NE(error_of(replaced(kBT, "h_x = [\"H-X\", \"huyện-xã\"]", ""))
                  .find("missing key 'codes.route.h_x'"),
              std::string::npos);
    // A commune listed twice.
    EXPECT_NE(error_of(replaced(kBT, "name = \"La Ngâu\"", "name = \"Phan Dũng\""))
                  .find("is listed twice"),
              std::string::npos);
}
