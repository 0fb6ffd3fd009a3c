// The one table from catalog function to core call, whatever each function's C++ signature:
// entry i of core_calls() reads the call's arguments as catalog()[i] declares them (the
// document's null date for dates) and calls vnpolicy::sheet::<catalog()[i].name in lower case>
// with the checked values, a function with an array form once per row of its ranges. Generated
// from the catalog (core/tools/gen_dispatch.cpp) into the library vnpolicy_dispatch; the add-in,
// the tests and the fuzzers call functions only through it.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/matrix.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// What a call gave back.
struct CallResult {
    enum class Kind : unsigned char { Error, Number, Text, Array };
    Kind kind = Kind::Error;
    Error error{Errc::Missing};
    double number = 0;  // Number
    std::string text;   // Text (UTF-8)
    Matrix matrix;      // Array: the cells of an array result, rows × cols

    void set(const Result<double>& r) {
        if (!r) return fail(r.error());
        kind = Kind::Number;
        number = *r;
    }
    void set(const Result<std::string>& r) {
        if (!r) return fail(r.error());
        kind = Kind::Text;
        text = *r;
    }
    void set(std::string s) {
        kind = Kind::Text;
        text = std::move(s);
    }
    void set(const Result<Matrix>& r) {
        if (!r) return fail(r.error());
        kind = Kind::Array;
        matrix = *r;
    }
    void fail(const Error& e) {
        kind = Kind::Error;
        error = e;
    }
};

// Calls one catalog function: `args` holds catalog()[i].args.size() arguments; `null_date` is
// used by functions that need the document. Throws only what the core throws (std::bad_alloc).
using CoreCall = void (*)(NullDate null_date, const Arg* args, CallResult& out);

// Index i is catalog()[i].
std::span<const CoreCall> core_calls() noexcept;

// The call of catalog function `name` (e.g. "COMPENSATION"), or nullptr for an unknown name.
CoreCall core_call(std::string_view name) noexcept;

}  // namespace vnpolicy
