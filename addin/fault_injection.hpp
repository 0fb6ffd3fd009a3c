// Fault injection, for one test only (tests/integration/fault_injection.py). Compiled into the
// separate test library vnpolicy_addin_faultinject (build/test/vnpolicy-faultinject.oxt) and
// never into the shipped vnpolicy.oxt (the test addin_imports checks for the marker below).
//
// When a core call's result carries a trigger value — COMPENSATION(777000N;0;0;1) returns
// 777000N, COMPENSATION_EXPLAIN of the same quotes it — the call throws instead, inside the
// guarded region exactly where a failing core call would: N = 1 std::runtime_error, 2
// std::bad_alloc, 3 a non-std exception (an int), 4 an exception of a class of its own. The
// cell must show Err:502 and the office must live on.
#pragma once

#include <new>
#include <stdexcept>
#include <string>

#include "vnpolicy/dispatch.hpp"

namespace vnpolicy::addin::fault_injection {

inline constexpr char kMarker[] = "vnpolicy fault injection";

struct Unexpected {  // derives from nothing the guard knows by name
    const char* what = kMarker;
};

[[noreturn]] inline void fire(int which) {
    switch (which) {
        case 1:
            throw std::runtime_error(kMarker);
        case 2:
            throw std::bad_alloc();
        case 3:
            throw 42;  // NOLINT: the point is an exception of no known type
        default:
            throw Unexpected{};
    }
}

inline int trigger(const std::string& text) {
    for (int n = 1; n <= 4; ++n) {
        if (text.find("7.770.00" + std::to_string(n)) != std::string::npos ||
            text.find("7,770,00" + std::to_string(n)) != std::string::npos) {
            return n;
        }
    }
    return 0;
}

inline void after_core(const CallResult& r) {
    if (r.kind == CallResult::Kind::Number) {
        const double v = r.number;
        if (v >= 7770001 && v <= 7770004 && v == static_cast<double>(static_cast<int>(v))) {
            fire(static_cast<int>(v) - 7770000);
        }
    } else if (r.kind == CallResult::Kind::Text) {
        if (const int n = trigger(r.text)) fire(n);
    }
}

}  // namespace vnpolicy::addin::fault_injection
