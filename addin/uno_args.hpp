// UNO values -> the core's plain values. A translation only: every check of type, range and
// default is the core's.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <vector>

#include "vnpolicy/arg.hpp"

namespace vnpolicy::addin {

// void -> missing; double, float, integers, bool -> number; string -> text (a view of the
// string's own buffer, valid while the Any lives, i.e. for the call); a single-cell range (a 1x1
// sequence<sequence<any>>) -> its cell, an empty cell being 0 as for a plain cell reference;
// anything else (larger ranges, other types) -> other.
Arg to_arg(const css::uno::Any& value) noexcept;

// The cells of the range arguments of one call: each range's Args live here until the call
// returns (an inner vector's buffer does not move when the outer vector grows).
struct ArgStore {
    std::vector<std::vector<Arg>> ranges;
};

// As above, but a range of several cells (rows × cols) -> Arg::range over its cells, held in
// `store`: an empty cell -> missing (the core counts it as 0 where a number belongs), text ->
// text (the core refuses it where a number belongs), a nested sequence or another type -> other.
// Throws only std::bad_alloc (the caller is guarded).
Arg to_arg(const css::uno::Any& value, ArgStore& store);

// The document's null date from its options ("NullDate", css::util::Date); the core's default
// (1899-12-30) when there are no options or no such property.
NullDate null_date(const css::uno::Reference<css::beans::XPropertySet>& options);

}  // namespace vnpolicy::addin
