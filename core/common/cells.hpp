// The array form of a per-row Number function (FunctionInfo::array_form): given ranges, the
// array of per-row results. This is how {=COMPENSATION(A2:A100001;B2:B100001;C2:C100001)} fills
// a column in one add-in call.
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

#include "vnpolicy/arg.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/matrix.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

// The first of the n arguments that is a range, or nullptr (then the call is the per-cell one).
inline const Arg* first_range(const Arg* args, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) {
        if (args[i].kind == Arg::Kind::Range) return &args[i];
    }
    return nullptr;
}

// Cell k of an argument: a range's own cell (empty -> 0, as in the per-cell formula) or the
// single value itself.
inline Arg cell_of(const Arg& a, std::size_t k) noexcept {
    if (a.kind != Arg::Kind::Range) return a;
    const Arg& c = a.grid.cells[k];
    return c.kind == Arg::Kind::Missing ? Arg::num(0) : c;
}

// Calls `row_rule` (const Arg* -> Result<double>, the per-cell call) once per cell of the shape
// of `range` (first_range() of the arguments); `info` names the arguments, for the error of a
// range of another shape.
template <class Rule>
Result<Matrix> over_cells(std::span<const ArgInfo> info, const Arg* args, const Arg& range,
                          Rule&& row_rule) {
    constexpr std::size_t kMaxArgs = 16;
    const std::size_t n = info.size() < kMaxArgs ? info.size() : kMaxArgs;
    const std::uint32_t rows = range.grid.rows;
    const std::uint32_t cols = range.grid.cols;
    for (std::size_t i = 0; i < n; ++i) {
        const Arg& a = args[i];
        if (a.kind == Arg::Kind::Range && (a.grid.rows != rows || a.grid.cols != cols)) {
            return Error{Errc::ShapeMismatch, info[i].name};
        }
    }
    Matrix out{rows, cols, {}};
    const std::size_t cells = std::size_t{rows} * cols;
    out.values.resize(cells);
    Arg row[kMaxArgs];
    for (std::size_t k = 0; k < cells; ++k) {
        for (std::size_t i = 0; i < n; ++i) row[i] = cell_of(args[i], k);
        const Result<double> v = row_rule(row);
        if (!v) return v.error();
        out.values[k] = *v;
    }
    return out;
}

}  // namespace vnpolicy
