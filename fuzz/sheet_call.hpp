// A spreadsheet-function call as the fuzzers make it, independent of each function's C++
// signature: the table of core calls (vnpolicy/dispatch.hpp, generated from the catalog — the
// one the add-in uses) reads one Arg per catalog argument (a range as the add-in builds it from a
// Calc range) and calls vnpolicy::sheet::<name>(...); whatever the function returns becomes
// an Outcome that the harnesses check against the catalog.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vnpolicy/arg.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/dispatch.hpp"
#include "vnpolicy/result.hpp"

namespace vnpolicy::fuzz {

// One argument: a single cell (1x1) or a range of cells, row by row.
struct ArgSpec {
    std::vector<Arg> cells{Arg::missing()};
    std::size_t rows = 1;
    std::size_t cols = 1;

    static ArgSpec scalar(Arg a) { return {{a}, 1, 1}; }
};

struct SheetCall {
    NullDate date_origin{};
    std::vector<ArgSpec> args;  // one per catalog argument

    [[nodiscard]] NullDate null_date() const noexcept { return date_origin; }
    // Argument i as the add-in passes it: the cell, or an Arg::range over several cells.
    [[nodiscard]] Arg arg(std::size_t i) const {
        const ArgSpec& spec = args.at(i);
        if (spec.cells.size() == 1) return spec.cells.front();
        return Arg::range(spec.cells.data(), static_cast<std::uint32_t>(spec.rows),
                          static_cast<std::uint32_t>(spec.cols));
    }
};

// What came back, whatever the C++ result type.
struct Outcome {
    bool ok = false;
    Error error{Errc::Missing};
    bool is_text = false;
    std::string text;
    std::vector<double> numbers;  // one for a scalar, the cells of an array result
};

struct SheetEntry {
    std::string_view name;
    std::size_t index;  // in catalog() and core_calls()

    [[nodiscard]] Outcome call(const SheetCall& c) const {
        std::vector<Arg> args;
        for (std::size_t i = 0; i < c.args.size(); ++i) args.push_back(c.arg(i));
        args.resize(catalog()[index].args.size(), Arg::missing());
        CallResult r;
        core_calls()[index](c.null_date(), args.data(), r);
        Outcome o;
        switch (r.kind) {
            case CallResult::Kind::Error:
                o.error = r.error;
                return o;
            case CallResult::Kind::Number:
                o.numbers.push_back(r.number);
                break;
            case CallResult::Kind::Text:
                o.is_text = true;
                o.text = r.text;
                break;
            case CallResult::Kind::Array:
                o.numbers = r.matrix.values;
                break;
        }
        o.ok = true;
        return o;
    }
};

// The catalog function of that name, or nullptr when this build has no such function.
inline const SheetEntry* find_sheet_function(std::string_view name) {
    static const std::vector<SheetEntry> entries = [] {
        std::vector<SheetEntry> out;
        for (std::size_t i = 0; i < catalog().size(); ++i) out.push_back({catalog()[i].name, i});
        return out;
    }();
    for (const SheetEntry& e : entries) {
        if (e.name == name) return &e;
    }
    return nullptr;
}

}  // namespace vnpolicy::fuzz
