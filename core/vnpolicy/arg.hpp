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

    Kind kind = Kind::Missing;
    double number = 0;
    std::u16string_view text{};  // UTF-16 as Calc holds it; not owned, valid for the call
    // Kind::Range: rows × cols cells in row-major order (each Missing, Number, Text or Other; an
    // empty cell arrives as the number 0). Not owned: the caller keeps them alive for the call.
    const Arg* cells = nullptr;
    std::uint32_t rows = 0;
    std::uint32_t cols = 0;

    static constexpr Arg missing() noexcept { return {}; }
    static constexpr Arg num(double v) noexcept { return {Kind::Number, v, {}, nullptr, 0, 0}; }
    static constexpr Arg str(std::u16string_view s) noexcept {
        return {Kind::Text, 0, s, nullptr, 0, 0};
    }
    static constexpr Arg other() noexcept { return {Kind::Other, 0, {}, nullptr, 0, 0}; }
    // A range of rows × cols cells (row-major); rows and cols are at least 1.
    static constexpr Arg range(const Arg* cells, std::uint32_t rows, std::uint32_t cols) noexcept {
        return {Kind::Range, 0, {}, cells, rows, cols};
    }

    // The cells of a range; a single cell (the Arg itself) for anything else.
    [[nodiscard]] std::span<const Arg> elements() const noexcept {
        if (kind == Kind::Range) return {cells, std::size_t{rows} * cols};
        return {this, 1};
    }
    [[nodiscard]] std::uint32_t row_count() const noexcept {
        return kind == Kind::Range ? rows : 1;
    }
    [[nodiscard]] std::uint32_t col_count() const noexcept {
        return kind == Kind::Range ? cols : 1;
    }
};

// The document's null date (day 0 of its date serials), e.g. 1899-12-30 or 1904-01-01.
struct NullDate {
    int year = 1899;
    int month = 12;
    int day = 30;
};

}  // namespace vnpolicy
