// A spreadsheet-function call as the fuzzers make it, independent of each function's C++
// signature: the generated table (sheet_dispatch.inc, from fuzz/gen_dispatch.cpp) calls
// vnpolicy::sheet::<name>(...) with one ArgSource per catalog argument, and turns whatever the
// function returns into an Outcome that the harnesses check against the catalog.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/cells.hpp"
#include "vnpolicy/result.hpp"
#include "vnpolicy/sheet_functions.hpp"

namespace vnpolicy::fuzz {

// One argument: a single cell (1x1) or a range of cells, row by row.
struct ArgSpec {
    std::vector<Arg> cells{Arg::missing()};
    std::size_t rows = 1;
    std::size_t cols = 1;

    static ArgSpec scalar(Arg a) { return {{a}, 1, 1}; }
};

template <class>
inline constexpr bool kAlwaysFalse = false;

// Converts to the parameter type of the sheet function it is passed to: an `Arg` holding the
// cell, or for several cells an Arg::range over them (as the add-in builds it from a Calc range).
class ArgSource {
public:
    explicit ArgSource(const ArgSpec& spec) noexcept : spec_(&spec) {}

    template <class T>
    operator T() const {  // NOLINT: implicit by design, the callee chooses the type
        const std::span<const Arg> cells(spec_->cells);
        if constexpr (std::is_same_v<T, Arg>) {
            return cells.size() == 1
                       ? cells.front()
                       : Arg::range(cells.data(), static_cast<std::uint32_t>(spec_->rows),
                                    static_cast<std::uint32_t>(spec_->cols));
        } else if constexpr (std::is_constructible_v<T, std::span<const Arg>, std::size_t,
                                                     std::size_t>) {
            return T(cells, spec_->rows, spec_->cols);
        } else if constexpr (std::is_constructible_v<T, std::span<const Arg>>) {
            return T(cells);
        } else {
            static_assert(kAlwaysFalse<T>,
                          "fuzz/sheet_call.hpp: a sheet function takes a parameter type the "
                          "fuzzers cannot build yet; teach ArgSource how to make it from "
                          "(cells, rows, cols)");
        }
    }

private:
    const ArgSpec* spec_;
};

struct SheetCall {
    NullDate date_origin{};
    std::vector<ArgSpec> args;  // one per catalog argument

    [[nodiscard]] NullDate null_date() const noexcept { return date_origin; }
    [[nodiscard]] ArgSource arg(std::size_t i) const noexcept { return ArgSource(args.at(i)); }
};

// What came back, whatever the C++ result type.
struct Outcome {
    bool ok = false;
    Error error{Errc::Missing};
    bool is_text = false;
    std::string text;
    std::vector<double> numbers;  // one for a scalar, the cells of an array result
};

template <class T>
void collect_numbers(const T& v, std::vector<double>& out) {
    if constexpr (std::is_arithmetic_v<T>) {
        out.push_back(static_cast<double>(v));
    } else if constexpr (requires {
                             std::begin(v);
                             std::end(v);
                         }) {
        for (const auto& x : v) collect_numbers(x, out);
    } else if constexpr (requires {
                             v.is_array;
                             v.scalar;
                         }) {  // Cells: a number or an array
        if (v.is_array) {
            collect_numbers(v.matrix, out);
        } else {
            out.push_back(v.scalar);
        }
    } else if constexpr (requires { v.values; }) {
        collect_numbers(v.values, out);
    } else {
        static_assert(kAlwaysFalse<T>,
                      "fuzz/sheet_call.hpp: a sheet function returns a type the fuzzers cannot "
                      "read yet; teach collect_numbers/outcome about it");
    }
}

inline Outcome outcome(const std::string& text) { return {true, {}, true, text, {}}; }

template <class T>
Outcome outcome(const Result<T>& r) {
    Outcome o;
    if (!r) {
        o.error = r.error();
        return o;
    }
    o.ok = true;
    if constexpr (std::is_same_v<T, std::string>) {
        o.is_text = true;
        o.text = *r;
    } else {
        collect_numbers(*r, o.numbers);
    }
    return o;
}

using SheetFn = Outcome (*)(const SheetCall&);

struct SheetEntry {
    std::string_view name;
    SheetFn call;
};

// The generated table: index i is catalog()[i].
#include "sheet_dispatch.inc"

// The dispatch entry of a catalog function, or nullptr when this build has no such function
// (property harnesses of families merged later simply do nothing until then).
inline const SheetEntry* find_sheet_function(std::string_view name) noexcept {
    for (const SheetEntry& e : kSheetDispatch) {
        if (e.name == name) return &e;
    }
    return nullptr;
}

}  // namespace vnpolicy::fuzz
