// COMPENSATION rules (BT.15-17, KH.4-5) as properties over arbitrary numbers:
//  - the amount is a whole number of đồng, never negative, never above the cost (rounded);
//  - case 3 owes nothing once served >= required (months rounded half-up first);
//  - case 3 never owes more for serving one month longer;
//  - COMPENSATION_EXPLAIN of the same arguments succeeds and quotes the amount.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "checks.hpp"
#include "common/money.hpp"
#include "fuzz_input.hpp"
#include "vnpolicy/dispatch.hpp"

using namespace vnpolicy;
using namespace vnpolicy::fuzz;

namespace {

constexpr std::string_view kWhere = "COMPENSATION";

Arg case_arg(FuzzInput& in) {
    switch (in.byte() % 6) {
        case 0:
            return Arg::missing();
        case 1:
        case 2:
        case 3:
            return Arg::num(static_cast<double>(in.byte() % 3 + 1));
        case 4:
            return Arg::num(in.number());
        default:
            return in.scalar_arg();
    }
}

Arg policy_arg(FuzzInput& in) {
    switch (in.byte() % 4) {
        case 0:
            return Arg::missing();
        case 1:
            return Arg::str(u"BT2012");
        case 2:
            return Arg::str(u"KH2023");
        default:
            return in.scalar_arg();
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)policy_data();
    return 0;
}

// COMPENSATION or COMPENSATION_EXPLAIN through the table of core calls, as the add-in calls it.
CallResult call(std::string_view name, std::initializer_list<Arg> args) {
    Arg a[8];
    std::size_t i = 0;
    for (const Arg& x : args) a[i++] = x;
    CallResult out;
    core_call(name)(NullDate{}, a, out);
    return out;
}

Result<double> compensation(double cost, double t1, double t2, Arg k, Arg p, Arg g) {
    const CallResult r =
        call("COMPENSATION", {Arg::num(cost), Arg::num(t1), Arg::num(t2), k, p, g});
    if (r.kind != CallResult::Kind::Number) return r.error;
    return r.number;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    const double cost = in.number();
    const double t1 = in.number();
    const double t2 = in.number();
    const Arg k = case_arg(in);
    const Arg p = policy_arg(in);
    // [Group]: missing, a group of KH.2 (1-5) or anything else.
    const std::uint8_t group_byte = in.byte();
    const Arg g = group_byte % 4 == 0   ? Arg::missing()
                  : group_byte % 4 == 3 ? in.scalar_arg()
                                        : Arg::num(1 + group_byte % 5);

    const Result<double> r = compensation(cost, t1, t2, k, p, g);
    const CallResult explained =
        call("COMPENSATION_EXPLAIN",
             {Arg::num(cost), Arg::num(t1), Arg::num(t2), k, p, Arg::missing(), g});
    require(explained.kind == CallResult::Kind::Text && !explained.text.empty() &&
                valid_utf8(explained.text),
            kWhere, "COMPENSATION_EXPLAIN failed or gave no valid text for these arguments");
    const std::string* why = &explained.text;
    if (!r) return 0;

    const double amount = *r;
    require(is_whole_number(amount), kWhere, "amount is not whole đồng");
    require(amount >= 0, kWhere, "amount is negative");
    require(amount <= std::round(cost), kWhere, "amount exceeds the cost");
    require(why->find(format_number(amount, Language::Vi)) != std::string::npos, kWhere,
            "the explanation does not quote the amount");

    const bool case3 =
        k.kind == Arg::Kind::Missing || (k.kind == Arg::Kind::Number && k.number == 3);
    if (case3) {
        if (round_months(t2) >= round_months(t1)) {
            require(amount == 0, kWhere, "case 3 owes money although served >= required");
        }
        const Result<double> longer = compensation(cost, t1, t2 + 1, k, p, g);
        if (longer) require(*longer <= amount, kWhere, "serving longer raised the amount owed");
    }
    return 0;
}
