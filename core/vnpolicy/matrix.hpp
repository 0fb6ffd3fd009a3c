// Matrix: an array result (rows × cols numbers, row-major), what an array formula such as
// {=QUOTA_ALLOCATE(600;B2:B12)} fills its cells with; and elementwise(), which lifts a scalar
// rule over range arguments of one shape (the array forms of the money functions).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <utility>
#include <vector>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy {

struct Matrix {
    std::uint32_t rows = 0;
    std::uint32_t cols = 0;
    std::vector<double> values;  // rows × cols, row-major

    [[nodiscard]] double at(std::uint32_t r, std::uint32_t c) const noexcept {
        return values[std::size_t{r} * cols + c];
    }
};

// True when a and b have the same shape; a single value (not a range) has the shape 1 × 1.
inline bool same_shape(const Arg& a, const Arg& b) noexcept {
    return a.row_count() == b.row_count() && a.col_count() == b.col_count();
}

// Applies `rule` (Arg... -> Result<double>) cell by cell over arguments that are ranges of one
// shape or single values (a single value is used for every cell; a Missing argument stays
// Missing). `shaped` lists the arguments that may be ranges; a range of another shape is
// Errc::ShapeMismatch naming `names[i]`. The first cell error is the result's error.
template <class Rule, class... Args>
Result<Matrix> elementwise(Rule&& rule, std::initializer_list<const char*> names,
                           const Args&... args) {
    const Arg* all[] = {&args...};
    std::uint32_t rows = 1;
    std::uint32_t cols = 1;
    for (const Arg* a : all) {
        if (a->kind == Arg::Kind::Range) {
            rows = a->rows;
            cols = a->cols;
            break;
        }
    }
    std::size_t i = 0;
    for (const Arg* a : all) {
        if (a->kind == Arg::Kind::Range && (a->rows != rows || a->cols != cols)) {
            return Error{Errc::ShapeMismatch, i < names.size() ? names.begin()[i] : ""};
        }
        ++i;
    }
    Matrix m{rows, cols, {}};
    const std::size_t n = std::size_t{rows} * cols;
    m.values.reserve(n);
    const auto cell = [](const Arg& a, std::size_t k) -> Arg {
        return a.kind == Arg::Kind::Range ? a.cells[k] : a;
    };
    for (std::size_t k = 0; k < n; ++k) {
        const Result<double> v = rule(cell(args, k)...);
        if (!v) return v.error();
        m.values.push_back(*v);
    }
    return m;
}

}  // namespace vnpolicy
