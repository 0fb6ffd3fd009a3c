// Every spreadsheet function of the catalog, through the generated dispatch table: arbitrary
// arguments (missing, hostile doubles, any UTF-16 text, ranges where scalars belong) and null
// dates. Properties: no crash or undefined behaviour (ASan, UBSan), the generic checks of
// checks.hpp, and the same outcome when called twice (results depend only on the arguments).
//
// Input: function index, null date, then per argument a kind byte and its value.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "checks.hpp"
#include "fuzz_input.hpp"

using namespace vnpolicy;
using namespace vnpolicy::fuzz;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    const auto cat = catalog();
    if (core_calls().size() != cat.size()) fail("dispatch", "table and catalog differ in size");
    for (std::size_t i = 0; i < cat.size(); ++i) {
        if (cat[i].whole_result && cat[i].result == ResultKind::Text) {
            fail(cat[i].name, "whole_result on a function that does not return numbers");
        }
    }
    (void)policy_data();  // loaded once, as in the office
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    const auto cat = catalog();
    const std::size_t index = in.byte() % cat.size();
    const FunctionInfo& f = cat[index];
    SheetCall call;
    call.date_origin = in.null_date();
    for (std::size_t i = 0; i < f.args.size(); ++i) {
        if (in.byte() % 8 != 7) {
            call.args.push_back(ArgSpec::scalar(in.scalar_arg()));
            continue;
        }
        ArgSpec range;  // a range of up to 4 x 3 cells (a 1x1 range is one cell)
        range.rows = 1 + in.byte() % 4;
        range.cols = 1 + in.byte() % 3;
        range.cells.clear();
        for (std::size_t c = 0; c < range.rows * range.cols; ++c)
            range.cells.push_back(in.scalar_arg());
        call.args.push_back(std::move(range));
    }
    const SheetEntry entry{catalog()[index].name, index};
    const Outcome first = entry.call(call);
    check_outcome(f, first);
    const Outcome again = entry.call(call);
    require(same_outcome(first, again), f.name, "two calls with the same arguments differ");
    return 0;
}
