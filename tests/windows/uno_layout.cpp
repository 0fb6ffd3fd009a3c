// The binary UNO layout check (uno_layout.hpp), compiled by the Linux build and by the MinGW-w64
// build of the Windows DLL with the same headers and macros as the add-in's layer: a structure
// laid out differently stops the build. Run, it prints "<item> <value>" per item; ctest
// windows_uno_layout compares the Linux output with the Windows one (under Wine).
#include "uno_layout.hpp"

#include <cstdio>

#define VNPOLICY_ASSERT_LAYOUT(expression, expected) \
    static_assert((expression) == (expected), "binary UNO layout: " #expression);
VNPOLICY_UNO_LAYOUT(VNPOLICY_ASSERT_LAYOUT)
#undef VNPOLICY_ASSERT_LAYOUT

int main() {
#define VNPOLICY_PRINT_LAYOUT(expression, expected) \
    std::printf("%s %zu\n", #expression, static_cast<std::size_t>(expression));
    VNPOLICY_UNO_LAYOUT(VNPOLICY_PRINT_LAYOUT)
#undef VNPOLICY_PRINT_LAYOUT
    return 0;
}
