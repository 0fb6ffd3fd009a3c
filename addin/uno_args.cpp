#include "uno_args.hpp"

#include <com/sun/star/beans/UnknownPropertyException.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/Date.hpp>
#include <cstddef>
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

}  // namespace

Arg to_arg(const css::uno::Any& value) noexcept {
    if (value.getValueTypeClass() != css::uno::TypeClass_SEQUENCE) return scalar(value);
    // A range: Calc passes sequence<sequence<any>> (rows of cells).
    if (value.getValueType() !=
        cppu::UnoType<css::uno::Sequence<css::uno::Sequence<css::uno::Any>>>::get()) {
        return Arg::other();
    }
    const auto& rows = *static_cast<const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>*>(
        value.getValue());
    if (rows.getLength() != 1 || rows[0].getLength() != 1) return Arg::other();
    const css::uno::Any& cell = rows[0][0];
    if (cell.getValueTypeClass() == css::uno::TypeClass_VOID) return Arg::num(0.0);
    if (cell.getValueTypeClass() == css::uno::TypeClass_SEQUENCE) return Arg::other();
    return scalar(cell);
}

NullDate null_date(const css::uno::Reference<css::beans::XPropertySet>& options) {
    if (!options.is()) return NullDate{};
    css::uno::Any value;
    try {
        value = options->getPropertyValue("NullDate");
    } catch (const css::beans::UnknownPropertyException&) {
        return NullDate{};
    }
    css::util::Date date;
    if (!(value >>= date)) return NullDate{};
    return NullDate{date.Year, date.Month, date.Day};
}

}  // namespace vnpolicy::addin
