// The one guarded place every add-in entry point goes through: no C++ exception crosses the UNO
// boundary (pDispatch is called from the office's C code). Whatever is thrown on the way
// (std::exception, anything) is handed to the entry point's fallback, which for a spreadsheet
// function raises com.sun.star.lang.IllegalArgumentException (Calc shows Err:502) and for the
// wizard metadata returns an empty answer.
#pragma once

#include <exception>
#include <string_view>

#ifdef VNPOLICY_FAULT_INJECTION
#include "fault_injection.hpp"  // test library only, never in the shipped .oxt
#endif

namespace vnpolicy::addin {

// Runs body(); on any exception returns fallback(reason). fallback must not throw.
template <class Body, class Fallback>
auto guard(Body&& body, Fallback&& fallback) noexcept -> decltype(body()) {
    try {
        return body();
    } catch (const std::exception& e) {
        return fallback(std::string_view(e.what()));
    } catch (...) {
        return fallback(std::string_view("unknown exception"));
    }
}

// The core call itself; in the fault-injection test library it may throw on a trigger value.
template <class Result>
const Result& after_core(const Result& result) {
#ifdef VNPOLICY_FAULT_INJECTION
    fault_injection::after_core(result);
#endif
    return result;
}

}  // namespace vnpolicy::addin
