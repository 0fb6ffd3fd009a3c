// Cells: the result of a function with an array form (FunctionInfo::array_form) — one number
// when every argument is a single value, an array of the shape of the range arguments when one
// of them is a range; and over_cells(), which computes it from the scalar function. This is
// how {=COMPENSATION(A2:A100001;B2:B100001;C2:C100001)} fills a column in one add-in call.
//
// The contract of an array call (README "Array forms"):
//   - every range argument has the same shape; a single value is used for every row
//     (broadcast: COMPENSATION(A2:A100;108;36)); ranges of different shapes are Err:502;
//   - cell k of the result is exactly what the per-cell formula gives for row k: an empty cell
//     of a range is 0, as a reference to an empty cell is in the per-cell formula;
//   - one bad row makes the whole call Err:502 (the error of the first bad cell, row by row):
//     an add-in can only fail a call as a whole, and a plausible partial column is worse than
//     an error that sends the accountant to the per-cell form to find the row.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/matrix.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

struct Cells {
    bool is_array = false;  // false: `scalar`; true: `matrix` (rows × cols of the ranges)
    double scalar = 0;
    Matrix matrix;  // empty (no heap) unless is_array
};

namespace detail {

inline constexpr Arg kEmptyCell = Arg::num(0);

// Cell k of an argument: a range's own cell (empty -> 0, as in the per-cell formula) or the
// single value itself. A reference: no 32-byte copy per argument and row.
inline const Arg& cell_of(const Arg& a, std::size_t k) noexcept {
    if (a.kind != Arg::Kind::Range) return a;
    const Arg& c = a.grid.cells[k];
    return c.kind == Arg::Kind::Missing ? kEmptyCell : c;
}

}  // namespace detail

// Calls `rule` (Arg... -> Result<double>, the scalar sheet function) once when no argument is a
// range, else once per cell of the ranges' common shape. `args_info` names the arguments (the
// catalog's), for the error of a range of another shape.
template <class Rule, class... Args>
Result<Cells> over_cells(Rule&& rule, std::span<const ArgInfo> args_info, const Args&... args) {
    const Arg* all[] = {&args...};
    const Arg* first_range = nullptr;
    for (const Arg* a : all) {
        if (a->kind == Arg::Kind::Range) {
            first_range = a;
            break;
        }
    }
    if (first_range == nullptr) {
        const Result<double> v = rule(args...);
        if (!v) return v.error();
        return Cells{false, *v, {}};
    }
    const std::uint32_t rows = first_range->grid.rows;
    const std::uint32_t cols = first_range->grid.cols;
    for (std::size_t i = 0; i < sizeof...(Args); ++i) {
        const Arg* a = all[i];
        if (a->kind == Arg::Kind::Range && (a->grid.rows != rows || a->grid.cols != cols)) {
            return Error{Errc::ShapeMismatch, i < args_info.size() ? args_info[i].name : ""};
        }
    }
    Cells out{true, 0, Matrix{rows, cols, {}}};
    const std::size_t n = std::size_t{rows} * cols;
    out.matrix.values.resize(n);
    double* values = out.matrix.values.data();
    for (std::size_t k = 0; k < n; ++k) {
        const Result<double> v = rule(detail::cell_of(args, k)...);
        if (!v) return v.error();
        values[k] = *v;
    }
    return out;
}

}  // namespace vnpolicy
