// The checks are inline in vnpolicy/checks.hpp (they run several times per spreadsheet call);
// this unit only makes sure the header compiles on its own.
#include "vnpolicy/checks.hpp"
