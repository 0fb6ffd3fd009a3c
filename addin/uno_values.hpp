// Binary UNO values <-> the core's plain values: strings, anys, ranges, the document's null
// date, results and exceptions. A translation only: every check of type, range and default is
// the core's. Functions that build a value in a return slot construct it there (the slot is
// uninitialised memory, as the dispatch contract says).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "uno_c.hpp"
#include "vnpolicy/arg.hpp"
#include "vnpolicy/matrix.hpp"

namespace vnpolicy::addin {

// The type references the layer uses, built once (thread-safe) and kept for the process.
struct UnoTypes {
    typelib_TypeDescriptionReference* double_type;
    typelib_TypeDescriptionReference* double_row;   // []double
    typelib_TypeDescriptionReference* double_rows;  // [][]double
    typelib_TypeDescriptionReference* any_rows;     // [][]any: a required argument, a range
    typelib_TypeDescriptionReference* string_seq;   // []string
    typelib_TypeDescriptionReference* type_seq;     // []type
    typelib_TypeDescriptionReference* byte_seq;     // []byte
    typelib_TypeDescriptionReference* locale;       // com.sun.star.lang.Locale
    // com.sun.star.beans.XPropertySet::getPropertyValue, to read the document's NullDate
    typelib_TypeDescription* get_property_value;
    rtl_uString* null_date_name;  // "NullDate"
};
const UnoTypes& uno_types();

// A reference to a type by name, with one reference for the caller.
typelib_TypeDescriptionReference* type_ref(typelib_TypeClass type_class, const char* name);

// UTF-16 view of a UNO string.
std::u16string_view view(const rtl_uString* s) noexcept;
// Whether the member type description `name` is "<ascii>", ignoring the ":@..." suffix that a
// member inherited by a derived interface carries (pitfall 1 of the proof of concept).
bool is_member(const rtl_uString* name, std::string_view ascii) noexcept;
bool equals_ascii(const rtl_uString* s, std::string_view ascii) noexcept;
bool equals_ascii(std::u16string_view text, std::string_view ascii) noexcept;

// A new UNO string (one reference) from UTF-8 or ASCII; invalid UTF-8 gives an empty string.
rtl_uString* new_string(std::string_view utf8);
// A string constructed in an uninitialised return slot.
void return_string(void* ret, std::string_view utf8);
void return_string_sequence(void* ret, const std::vector<std::string_view>& items);

// An optional argument (IDL `any`) as the core's Arg: void (left out) -> missing; numbers and
// booleans -> number; string -> text (a view of the string, valid for the call); [][]any (a
// range or an inline array) -> as rows_to_arg; anything else -> other. Throws only
// std::bad_alloc.
Arg to_arg(const uno_Any& value, std::vector<std::vector<Arg>>& ranges);

// A required argument (IDL sequence<sequence<any>>, rows of cells) as the core's Arg. Calc
// passes a number, a text or a reference to a single cell as 1 × 1 (a referenced empty cell as
// the number 0) and a range or an inline array as its rows (an empty cell of a range as an empty
// string): a 1 × 1 -> its only element as a single value (void -> 0, as a reference to an empty
// cell); a larger one -> Arg::range over cells held in `ranges` for the call, an empty cell ->
// missing (the core counts it as 0 where a number belongs); no rows, no columns or ragged rows
// -> other. The 1 × 1 of the per-cell path allocates nothing. Throws only std::bad_alloc.
Arg rows_to_arg(const uno_Sequence* rows, std::vector<std::vector<Arg>>& ranges);

// Whether a type is [][]any, the type of a required argument and of a range in an `any`.
bool is_any_rows(const typelib_TypeDescriptionReference* type) noexcept;

// The document's null date from its options (com.sun.star.beans.XPropertySet, "NullDate"),
// the core's default (1899-12-30) when there are none or the property cannot be read.
NullDate null_date(uno_Interface* options);

// A sequence<com.sun.star.sheet.LocalizedName> in a return slot: one name for the locale en-US
// (XCompatibilityNames), or none when `name` is empty.
void return_english_compatibility_name(void* ret, std::string_view name);

// An any holding a double, or the rows × cols of a matrix as [][]double, in a return slot.
void return_double_any(void* ret, double value);
void return_matrix_any(void* ret, const Matrix& m);

// Raises `exception_type` (com.sun.star.lang.IllegalArgumentException: Calc shows Err:502;
// or com.sun.star.uno.RuntimeException) in the caller's exception slot `storage`, with its
// Message (left empty if even that fails) and, where the type has it, ArgumentPosition.
void raise(uno_Any* storage, const char* exception_type, std::string_view message,
           sal_Int16 position) noexcept;

}  // namespace vnpolicy::addin
