#include "uno_args.hpp"

#include <com/sun/star/beans/UnknownPropertyException.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/Date.hpp>
#include <cstddef>
#include <cstdint>
#include <rtl/ustring.hxx>
#include <string_view>

namespace vnpolicy::addin {

namespace {

Arg scalar(const css::uno::Any& value) noexcept {
    const void* p = value.getValue();
    switch (value.getValueTypeClass()) {
        case css::uno::TypeClass_VOID:
            return Arg::missing();
        case css::uno::TypeClass_BOOLEAN:
            return Arg::num(*static_cast<const sal_Bool*>(p) ? 1.0 : 0.0);
        case css::uno::TypeClass_BYTE:
            return Arg::num(static_cast<double>(*static_cast<const sal_Int8*>(p)));
        case css::uno::TypeClass_SHORT:
            return Arg::num(static_cast<double>(*static_cast<const sal_Int16*>(p)));
        case css::uno::TypeClass_UNSIGNED_SHORT:
            return Arg::num(static_cast<double>(*static_cast<const sal_uInt16*>(p)));
        case css::uno::TypeClass_LONG:
            return Arg::num(static_cast<double>(*static_cast<const sal_Int32*>(p)));
        case css::uno::TypeClass_UNSIGNED_LONG:
            return Arg::num(static_cast<double>(*static_cast<const sal_uInt32*>(p)));
        case css::uno::TypeClass_HYPER:
            return Arg::num(static_cast<double>(*static_cast<const sal_Int64*>(p)));
        case css::uno::TypeClass_UNSIGNED_HYPER:
            return Arg::num(static_cast<double>(*static_cast<const sal_uInt64*>(p)));
        case css::uno::TypeClass_FLOAT:
            return Arg::num(static_cast<double>(*static_cast<const float*>(p)));
        case css::uno::TypeClass_DOUBLE:
            return Arg::num(*static_cast<const double*>(p));
        case css::uno::TypeClass_STRING: {
            // Outside LibreOffice's own build sal_Unicode is a 16-bit integer type, not
            // char16_t: the same UTF-16 code units, viewed without a copy.
            const auto& s = *static_cast<const rtl::OUString*>(p);
            return Arg::str(std::u16string_view(reinterpret_cast<const char16_t*>(s.getStr()),
                                                static_cast<std::size_t>(s.getLength())));
        }
        default:
            return Arg::other();
    }
}

using AnyRows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// A range (Calc passes sequence<sequence<any>>, rows of cells), or nullptr.
const AnyRows* as_range(const css::uno::Any& value) noexcept {
    if (value.getValueType() != cppu::UnoType<AnyRows>::get()) return nullptr;
    return static_cast<const AnyRows*>(value.getValue());
}

// The only cell of a single-cell range: empty -> 0 (as a plain reference to an empty cell),
// nested -> other.
Arg cell_arg(const css::uno::Any& cell) noexcept {
    if (cell.getValueTypeClass() == css::uno::TypeClass_VOID) return Arg::num(0.0);
    if (cell.getValueTypeClass() == css::uno::TypeClass_SEQUENCE) return Arg::other();
    return scalar(cell);
}

// A cell of a larger range. Calc hands an empty cell of a range to an `any` parameter as an
// empty string (measured, LibreOffice 7.4): it becomes Missing, which the core counts as 0
// where a number belongs (FUNCTIONS.md: empty cells count as 0) and as the default where an
// optional code belongs. Any other text stays text, which the core refuses where a number
// belongs.
Arg range_cell_arg(const css::uno::Any& cell) noexcept {
    if (cell.getValueTypeClass() == css::uno::TypeClass_VOID) return Arg::missing();
    if (cell.getValueTypeClass() == css::uno::TypeClass_STRING &&
        static_cast<const rtl::OUString*>(cell.getValue())->isEmpty()) {
        return Arg::missing();
    }
    return cell_arg(cell);
}

}  // namespace

Arg to_arg(const css::uno::Any& value) noexcept {
    if (value.getValueTypeClass() != css::uno::TypeClass_SEQUENCE) return scalar(value);
    const AnyRows* rows = as_range(value);
    if (rows == nullptr || rows->getLength() != 1 || (*rows)[0].getLength() != 1) {
        return Arg::other();
    }
    return cell_arg((*rows)[0][0]);
}

Arg to_arg(const css::uno::Any& value, ArgStore& store) {
    if (value.getValueTypeClass() != css::uno::TypeClass_SEQUENCE) return scalar(value);
    const AnyRows* range = as_range(value);
    if (range == nullptr) return Arg::other();
    const sal_Int32 n_rows = range->getLength();
    const sal_Int32 n_cols = n_rows > 0 ? (*range)[0].getLength() : 0;
    if (n_rows == 0 || n_cols == 0) return Arg::other();
    if (n_rows == 1 && n_cols == 1) return cell_arg((*range)[0][0]);  // a single cell: a value
    std::vector<Arg>& cells = store.ranges.emplace_back();
    cells.reserve(static_cast<std::size_t>(n_rows) * static_cast<std::size_t>(n_cols));
    for (const css::uno::Sequence<css::uno::Any>& row : *range) {
        if (row.getLength() != n_cols) return Arg::other();  // ragged: not a range
        for (const css::uno::Any& cell : row) cells.push_back(range_cell_arg(cell));
    }
    return Arg::range(cells.data(), static_cast<std::uint32_t>(n_rows),
                      static_cast<std::uint32_t>(n_cols));
}

NullDate null_date(const css::uno::Reference<css::beans::XPropertySet>& options) {
    if (!options.is()) return NullDate{};
    // Read per call, not cached: the options are the document model, whose null date the user
    // may change (Tools > Options > Calc > Calculate) without any notification to us, and a
    // pointer-keyed cache could outlive its document. The name is built once (a literal would
    // allocate an OUString per call).
    static const rtl::OUString kNullDate("NullDate");
    css::uno::Any value;
    try {
        value = options->getPropertyValue(kNullDate);
    } catch (const css::beans::UnknownPropertyException&) {
        return NullDate{};
    }
    css::util::Date date;
    if (!(value >>= date)) return NullDate{};
    return NullDate{date.Year, date.Month, date.Day};
}

}  // namespace vnpolicy::addin
