// Every family's sheet functions, for the generated table of core calls (gen_dispatch.cpp): one
// include per family folder.
#pragma once

#include "compensation/compensation_sheet.hpp"
#include "eligibility/eligibility_sheet.hpp"
#include "info/info_sheet.hpp"
#include "quota/quota_sheet.hpp"
#include "rotation/rotation_sheet.hpp"
#include "support/support_sheet.hpp"
#include "text/text_sheet.hpp"
