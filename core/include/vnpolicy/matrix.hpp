// Matrix: an array result (rows × cols numbers, row-major), what an array formula such as
// {=QUOTA_ALLOCATE(600;B2:B12)} fills its cells with. (vnpolicy/cells.hpp lifts a scalar rule
// over range arguments: the array forms.)
#pragma once

#include <cstddef>
#include <cstdint>
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

}  // namespace vnpolicy
