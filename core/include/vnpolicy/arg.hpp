// Arg: one spreadsheet argument as the core sees it — missing, a number, text, a range of cells
// or something else (an error value, an unknown type). The add-in layer only translates UNO
// values into Args; every check of type, range and default lives in core.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace vnpolicy {

struct Arg {
    enum class Kind : unsigned char { Missing, Number, Text, Other, Range };

    // Kind::Range: rows × cols cells in row-major order (each Missing, Number, Text or Other; an
    // empty cell arrives as the number 0). Not owned: the caller keeps them alive for the call.
    struct Cells {
        const Arg* cells;
        std::uint32_t rows;
        std::uint32_t cols;
    };

    Kind kind = Kind::Missing;
    double number = 0;
    // Text or a range, never both: 32 bytes an Arg, the size that matters in a column of them.
    union {
        std::u16string_view text{};  // Kind::Text: UTF-16 as Calc holds it; valid for the call
        Cells grid;                  // Kind::Range
    };

    static constexpr Arg missing() noexcept { return {}; }
    static constexpr Arg num(double v) noexcept { return {Kind::Number, v, {}}; }
    static constexpr Arg str(std::u16string_view s) noexcept { return {Kind::Text, 0, {s}}; }
    static constexpr Arg other() noexcept { return {Kind::Other, 0, {}}; }
    // A range of rows × cols cells (row-major); rows and cols are at least 1.
    static constexpr Arg range(const Arg* cells, std::uint32_t rows, std::uint32_t cols) noexcept {
        Arg a{Kind::Range, 0, {}};
        a.grid = Cells{cells, rows, cols};
        return a;
    }

    // The cells of a range; a single cell (the Arg itself) for anything else.
    [[nodiscard]] std::span<const Arg> elements() const noexcept {
        if (kind == Kind::Range) return {grid.cells, std::size_t{grid.rows} * grid.cols};
        return {this, 1};
    }
    [[nodiscard]] std::uint32_t row_count() const noexcept {
        return kind == Kind::Range ? grid.rows : 1;
    }
    [[nodiscard]] std::uint32_t col_count() const noexcept {
        return kind == Kind::Range ? grid.cols : 1;
    }
};

// The document's null date (day 0 of its date serials), e.g. 1899-12-30 or 1904-01-01.
struct NullDate {
    int year = 1899;
    int month = 12;
    int day = 30;
};

}  // namespace vnpolicy
