// The one guarded place every add-in entry point goes through. No C++ exception crosses the UNO
// boundary: whatever is thrown on the way (std::exception, UNO exceptions, anything) is handed
// to the entry point's fallback, which for a spreadsheet function throws
// css::lang::IllegalArgumentException (Calc shows Err:502) and for the wizard metadata returns
// an empty answer. A core Error becomes an IllegalArgumentException as well.
#pragma once

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Exception.hpp>
#include <cstddef>
#include <exception>
#include <rtl/ustring.hxx>
#include <string>
#include <string_view>

#include "vnpolicy/cells.hpp"
#include "vnpolicy/matrix.hpp"
#include "vnpolicy/result.hpp"
#ifdef VNPOLICY_FAULT_INJECTION
#include "fault_injection.hpp"  // test library only, never in the shipped .oxt
#endif

namespace vnpolicy::addin {

// Text of a UNO exception, for a message; empty if even that fails. Never throws.
std::string describe(const css::uno::Exception& e) noexcept;

// Runs body(); on any exception but the IllegalArgumentException that spreadsheet functions
// raise by design, returns fallback(reason). fallback must not throw anything but
// IllegalArgumentException.
template <class Body, class Fallback>
auto guard(Body&& body, Fallback&& fallback) -> decltype(body()) {
    try {
        return body();
    } catch (const css::lang::IllegalArgumentException&) {
        throw;
    } catch (const css::uno::Exception& e) {
        return fallback(std::string_view(describe(e)));
    } catch (const std::exception& e) {
        return fallback(std::string_view(e.what()));
    } catch (...) {
        return fallback(std::string_view("unknown exception"));
    }
}

// Throws IllegalArgumentException for a core Error of the catalog function with that index.
[[noreturn]] void throw_core_error(std::size_t function, const Error& error);

// Throws IllegalArgumentException saying that catalog function `function` failed for `reason`;
// throws nothing else (an exception without message if even building the message fails).
[[noreturn]] void throw_failure(std::size_t function, std::string_view reason);

// UTF-8 (the core's text) -> OUString.
rtl::OUString from_utf8(std::string_view text);

inline double to_uno(std::size_t function, const Result<double>& result) {
    if (!result) throw_core_error(function, result.error());
    return *result;
}

inline rtl::OUString to_uno(std::size_t function, const Result<std::string>& result) {
    if (!result) throw_core_error(function, result.error());
    return from_utf8(*result);
}

// An array result: a sequence<sequence<double>> (rows of columns) inside an any; Calc spreads it
// over the cells of an array formula (a plain formula shows its first element).
css::uno::Any to_uno(std::size_t function, const Result<Matrix>& result);

// A function with an array form: a double when it was called with single values, else the
// array of per-row results as above.
css::uno::Any to_uno(std::size_t function, const Result<Cells>& result);

inline rtl::OUString to_uno(std::size_t /*function*/, const std::string& text) {
    return from_utf8(text);
}

// The core call itself; in the fault-injection test library it may throw on a trigger value.
template <class Compute>
auto core_call(Compute& compute) {
#ifdef VNPOLICY_FAULT_INJECTION
    return fault_injection::after_core(compute());
#else
    return compute();
#endif
}

// A spreadsheet function: compute() is the core call of catalog function number `function`.
template <class Compute>
auto guarded(std::size_t function, Compute&& compute) {
    using R = decltype(to_uno(function, compute()));
    return guard([&]() -> R { return to_uno(function, core_call(compute)); },
                 [function](std::string_view reason) -> R { throw_failure(function, reason); });
}

}  // namespace vnpolicy::addin
