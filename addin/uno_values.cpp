#include "uno_values.hpp"

#include <cstddef>
#include <cstdint>
#include <new>
#include <optional>

#include "vnpolicy/utf.hpp"

namespace vnpolicy::addin {
namespace {

// The offset of member `name` of a struct or exception, searched through its bases: the offsets
// come from the office's own type description, so no layout is assumed here.
sal_Int32 member_offset(const typelib_TypeDescription* td, std::string_view name) noexcept {
    const auto* c = reinterpret_cast<const typelib_CompoundTypeDescription*>(td);
    for (; c != nullptr; c = c->pBaseTypeDescription) {
        for (sal_Int32 i = 0; i < c->nMembers; ++i) {
            if (equals_ascii(c->ppMemberNames[i], name)) return c->pMemberOffsets[i];
        }
    }
    return -1;
}

typelib_TypeDescription* description(const char* ascii_name) noexcept {
    typelib_TypeDescription* td = nullptr;
    rtl_uString* n = nullptr;
    rtl_uString_newFromAscii(&n, ascii_name);
    if (n == nullptr) return nullptr;
    typelib_typedescription_getByName(&td, n);
    rtl_uString_release(n);
    return td;
}

// com.sun.star.util.Date: where its members are (Day, Month: unsigned short; Year: short).
struct DateLayout {
    typelib_TypeDescription* td = nullptr;
    sal_Int32 day = -1, month = -1, year = -1;
};
const DateLayout& date_layout() {
    static const DateLayout d = [] {
        DateLayout l;
        l.td = description("com.sun.star.util.Date");
        if (l.td != nullptr) {
            l.day = member_offset(l.td, "Day");
            l.month = member_offset(l.td, "Month");
            l.year = member_offset(l.td, "Year");
        }
        return l;
    }();
    return d;
}

// The UTF-16 of UTF-8 text; invalid UTF-8 gives nothing.
std::u16string utf16(std::string_view utf8) {
    std::optional<std::u16string> s = utf8_to_utf16(utf8);
    return s ? std::move(*s) : std::u16string();
}

Arg scalar(const uno_Any& value) noexcept {
    const void* p = value.pData;
    switch (value.pType->eTypeClass) {
        case typelib_TypeClass_VOID:
            return Arg::missing();
        case typelib_TypeClass_BOOLEAN:
            return Arg::num(*static_cast<const sal_Bool*>(p) ? 1.0 : 0.0);
        case typelib_TypeClass_BYTE:
            return Arg::num(static_cast<double>(*static_cast<const sal_Int8*>(p)));
        case typelib_TypeClass_SHORT:
            return Arg::num(static_cast<double>(*static_cast<const sal_Int16*>(p)));
        case typelib_TypeClass_UNSIGNED_SHORT:
            return Arg::num(static_cast<double>(*static_cast<const sal_uInt16*>(p)));
        case typelib_TypeClass_LONG:
            return Arg::num(static_cast<double>(*static_cast<const sal_Int32*>(p)));
        case typelib_TypeClass_UNSIGNED_LONG:
            return Arg::num(static_cast<double>(*static_cast<const sal_uInt32*>(p)));
        case typelib_TypeClass_HYPER:
            return Arg::num(static_cast<double>(*static_cast<const sal_Int64*>(p)));
        case typelib_TypeClass_UNSIGNED_HYPER:
            return Arg::num(static_cast<double>(*static_cast<const sal_uInt64*>(p)));
        case typelib_TypeClass_FLOAT:
            return Arg::num(static_cast<double>(*static_cast<const float*>(p)));
        case typelib_TypeClass_DOUBLE:
            return Arg::num(*static_cast<const double*>(p));
        case typelib_TypeClass_STRING:
            return Arg::str(view(*static_cast<rtl_uString* const*>(p)));
        default:
            return Arg::other();
    }
}

// The rows of a range in an `any` (Calc passes [][]any), or nullptr.
const uno_Sequence* as_range(const uno_Any& value) noexcept {
    if (!is_any_rows(value.pType)) return nullptr;
    return *static_cast<uno_Sequence* const*>(value.pData);
}

const uno_Sequence* row_of(const uno_Sequence* rows, sal_Int32 r) noexcept {
    return reinterpret_cast<uno_Sequence* const*>(rows->elements)[r];
}
const uno_Any& cell_of(const uno_Sequence* row, sal_Int32 c) noexcept {
    return reinterpret_cast<const uno_Any*>(row->elements)[c];
}

// The only element of a 1 × 1: void -> 0 (as a plain reference to an empty cell; Calc itself
// passes a referenced empty cell as 0), nested -> other.
Arg cell_arg(const uno_Any& cell) noexcept {
    if (cell.pType->eTypeClass == typelib_TypeClass_VOID) return Arg::num(0.0);
    if (cell.pType->eTypeClass == typelib_TypeClass_SEQUENCE) return Arg::other();
    return scalar(cell);
}

// A cell of a larger range. Calc hands an empty cell of a range to an `any` or a [][]any
// parameter as an empty string (measured, LibreOffice 7.4; rangeseq.cxx FillMixedArray for
// both): it becomes Missing, which the core counts as 0 where
// a number belongs (FUNCTIONS.md: empty cells count as 0) and as the default where an optional
// code belongs.
Arg range_cell_arg(const uno_Any& cell) noexcept {
    if (cell.pType->eTypeClass == typelib_TypeClass_VOID) return Arg::missing();
    if (cell.pType->eTypeClass == typelib_TypeClass_STRING &&
        (*static_cast<rtl_uString* const*>(cell.pData))->length == 0) {
        return Arg::missing();
    }
    return cell_arg(cell);
}

// Owns one reference of a sequence value until it is handed on.
class OwnedSequence {
public:
    explicit OwnedSequence(typelib_TypeDescriptionReference* type) noexcept : type_(type) {}
    OwnedSequence(OwnedSequence&& o) noexcept : type_(o.type_), seq_(o.seq_) { o.seq_ = nullptr; }
    OwnedSequence(const OwnedSequence&) = delete;
    OwnedSequence& operator=(const OwnedSequence&) = delete;
    OwnedSequence& operator=(OwnedSequence&&) = delete;
    ~OwnedSequence() {
        if (seq_ != nullptr) uno_type_destructData(&seq_, type_, nullptr);
    }
    void construct(void* elements, sal_Int32 n) {
        if (!uno_type_sequence_construct(&seq_, type_, elements, n, nullptr)) {
            throw std::bad_alloc();
        }
    }
    uno_Sequence** get() noexcept { return &seq_; }

private:
    typelib_TypeDescriptionReference* type_;
    uno_Sequence* seq_ = nullptr;
};

}  // namespace

typelib_TypeDescriptionReference* type_ref(typelib_TypeClass type_class, const char* name) {
    typelib_TypeDescriptionReference* r = nullptr;
    typelib_typedescriptionreference_newByAsciiName(&r, type_class, name);
    return r;
}

const UnoTypes& uno_types() {
    static const UnoTypes t = [] {
        UnoTypes u{};
        u.double_type = type_ref(typelib_TypeClass_DOUBLE, "double");
        u.double_row = type_ref(typelib_TypeClass_SEQUENCE, "[]double");
        u.double_rows = type_ref(typelib_TypeClass_SEQUENCE, "[][]double");
        u.any_rows = type_ref(typelib_TypeClass_SEQUENCE, "[][]any");
        u.string_seq = type_ref(typelib_TypeClass_SEQUENCE, "[]string");
        u.type_seq = type_ref(typelib_TypeClass_SEQUENCE, "[]type");
        u.byte_seq = type_ref(typelib_TypeClass_SEQUENCE, "[]byte");
        u.locale = type_ref(typelib_TypeClass_STRUCT, "com.sun.star.lang.Locale");
        u.get_property_value = description("com.sun.star.beans.XPropertySet::getPropertyValue");
        u.null_date_name = new_string("NullDate");
        return u;
    }();
    return t;
}

std::u16string_view view(const rtl_uString* s) noexcept {
    return {reinterpret_cast<const char16_t*>(s->buffer), static_cast<std::size_t>(s->length)};
}

bool equals_ascii(std::u16string_view text, std::string_view ascii) noexcept {
    if (text.size() != ascii.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != static_cast<unsigned char>(ascii[i])) return false;
    }
    return true;
}

bool equals_ascii(const rtl_uString* s, std::string_view ascii) noexcept {
    return equals_ascii(view(s), ascii);
}

bool is_member(const rtl_uString* name, std::string_view ascii) noexcept {
    std::u16string_view v = view(name);
    if (const std::size_t at = v.find(u":@"); at != std::u16string_view::npos) {
        v = v.substr(0, at);
    }
    return equals_ascii(v, ascii);
}

rtl_uString* new_string(std::string_view utf8) {
    const std::u16string s = utf16(utf8);
    rtl_uString* out = nullptr;
    rtl_uString_newFromStr_WithLength(&out, reinterpret_cast<const sal_Unicode*>(s.data()),
                                      static_cast<sal_Int32>(s.size()));
    if (out == nullptr) throw std::bad_alloc();
    return out;
}

void return_string(void* ret, std::string_view utf8) {
    *static_cast<rtl_uString**>(ret) = new_string(utf8);
}

void return_string_sequence(void* ret, const std::vector<std::string_view>& items) {
    std::vector<rtl_uString*> strings;
    strings.reserve(items.size());
    try {
        for (const std::string_view item : items) strings.push_back(new_string(item));
        OwnedSequence seq(uno_types().string_seq);
        seq.construct(strings.data(), static_cast<sal_Int32>(strings.size()));
        *static_cast<uno_Sequence**>(ret) = *seq.get();
        *seq.get() = nullptr;  // handed on to the caller
    } catch (...) {
        for (rtl_uString* s : strings) rtl_uString_release(s);
        throw;
    }
    for (rtl_uString* s : strings) rtl_uString_release(s);
}

bool is_any_rows(const typelib_TypeDescriptionReference* type) noexcept {
    // Type references are shared by name in the office's type library, so the pointer usually
    // settles it; the name is the fallback.
    return type == uno_types().any_rows || (type->eTypeClass == typelib_TypeClass_SEQUENCE &&
                                            equals_ascii(type->pTypeName, "[][]any"));
}

Arg to_arg(const uno_Any& value, std::vector<std::vector<Arg>>& ranges) {
    if (value.pType->eTypeClass != typelib_TypeClass_SEQUENCE) return scalar(value);
    const uno_Sequence* rows = as_range(value);
    if (rows == nullptr) return Arg::other();
    return rows_to_arg(rows, ranges);
}

Arg rows_to_arg(const uno_Sequence* rows, std::vector<std::vector<Arg>>& ranges) {
    if (rows == nullptr || rows->nElements == 0) return Arg::other();
    const sal_Int32 n_rows = rows->nElements;
    const sal_Int32 n_cols = row_of(rows, 0)->nElements;
    if (n_cols == 0) return Arg::other();
    if (n_rows == 1 && n_cols == 1) return cell_arg(cell_of(row_of(rows, 0), 0));
    std::vector<Arg>& cells = ranges.emplace_back();
    cells.reserve(static_cast<std::size_t>(n_rows) * static_cast<std::size_t>(n_cols));
    for (sal_Int32 r = 0; r < n_rows; ++r) {
        const uno_Sequence* row = row_of(rows, r);
        if (row->nElements != n_cols) return Arg::other();  // ragged: not a range
        for (sal_Int32 c = 0; c < n_cols; ++c) cells.push_back(range_cell_arg(cell_of(row, c)));
    }
    return Arg::range(cells.data(), static_cast<std::uint32_t>(n_rows),
                      static_cast<std::uint32_t>(n_cols));
}

NullDate null_date(uno_Interface* options) {
    // Read per call, not cached: the options are the document model, whose null date the user
    // may change (Tools > Options > Calc > Calculate) without any notification to us.
    const UnoTypes& t = uno_types();
    const DateLayout& d = date_layout();
    if (options == nullptr || t.get_property_value == nullptr || d.td == nullptr) return {};
    uno_Any result;
    uno_Any exception_storage;
    uno_Any* exception = &exception_storage;
    void* args[] = {const_cast<rtl_uString**>(&t.null_date_name)};
    (*options->pDispatcher)(options, t.get_property_value, &result, args, &exception);
    if (exception != nullptr) {  // e.g. UnknownPropertyException: not a spreadsheet document
        uno_any_destruct(exception, nullptr);
        return {};
    }
    NullDate nd{};
    if (result.pType->eTypeClass == typelib_TypeClass_STRUCT &&
        equals_ascii(result.pType->pTypeName, "com.sun.star.util.Date") && d.day >= 0 &&
        d.month >= 0 && d.year >= 0) {
        const char* data = static_cast<const char*>(result.pData);
        nd = NullDate{*reinterpret_cast<const sal_Int16*>(data + d.year),
                      *reinterpret_cast<const sal_uInt16*>(data + d.month),
                      *reinterpret_cast<const sal_uInt16*>(data + d.day)};
    }
    uno_any_destruct(&result, nullptr);
    return nd;
}

void return_english_compatibility_name(void* ret, std::string_view name) {
    static typelib_TypeDescription* const td = description("com.sun.star.sheet.LocalizedName");
    static typelib_TypeDescriptionReference* const seq_type =
        type_ref(typelib_TypeClass_SEQUENCE, "[]com.sun.star.sheet.LocalizedName");
    static typelib_TypeDescription* const locale = description("com.sun.star.lang.Locale");
    OwnedSequence seq(seq_type);
    if (name.empty() || td == nullptr || locale == nullptr) {
        seq.construct(nullptr, 0);
    } else {
        // One LocalizedName { Locale { "en", "US", "" }, name }, built with the office's layout.
        std::vector<char> element(static_cast<std::size_t>(td->nSize));
        uno_type_constructData(element.data(), td->pWeakRef);
        char* locale_at = element.data() + member_offset(td, "Locale");
        rtl_uString_newFromAscii(
            reinterpret_cast<rtl_uString**>(locale_at + member_offset(locale, "Language")), "en");
        rtl_uString_newFromAscii(
            reinterpret_cast<rtl_uString**>(locale_at + member_offset(locale, "Country")), "US");
        rtl_uString** text =
            reinterpret_cast<rtl_uString**>(element.data() + member_offset(td, "Name"));
        try {
            rtl_uString* value = new_string(name);
            rtl_uString_release(*text);
            *text = value;
            seq.construct(element.data(), 1);  // copies the element
        } catch (...) {
            uno_type_destructData(element.data(), td->pWeakRef, nullptr);
            throw;
        }
        uno_type_destructData(element.data(), td->pWeakRef, nullptr);
    }
    *static_cast<uno_Sequence**>(ret) = *seq.get();
    *seq.get() = nullptr;  // handed on to the caller
}

void return_double_any(void* ret, double value) {
    uno_type_any_construct(static_cast<uno_Any*>(ret), &value, uno_types().double_type, nullptr);
}

void return_matrix_any(void* ret, const Matrix& m) {
    const UnoTypes& t = uno_types();
    std::vector<OwnedSequence> rows;
    rows.reserve(m.rows);
    std::vector<uno_Sequence*> row_values(m.rows, nullptr);
    for (std::uint32_t r = 0; r < m.rows; ++r) {
        rows.emplace_back(t.double_row);
        rows.back().construct(const_cast<double*>(m.values.data() + std::size_t{r} * m.cols),
                              static_cast<sal_Int32>(m.cols));
        row_values[r] = *rows.back().get();
    }
    OwnedSequence all(t.double_rows);
    all.construct(row_values.data(), static_cast<sal_Int32>(m.rows));  // acquires each row
    uno_type_any_construct(static_cast<uno_Any*>(ret), all.get(), t.double_rows, nullptr);
}

void raise(uno_Any* storage, const char* exception_type, std::string_view message,
           sal_Int16 position) noexcept {
    typelib_TypeDescription* td = description(exception_type);
    if (td == nullptr) td = description("com.sun.star.uno.RuntimeException");
    uno_any_construct(storage, nullptr, td, nullptr);  // a default-constructed exception
    if (td == nullptr) return;
    char* data = static_cast<char*>(storage->pData);
    if (const sal_Int32 off = member_offset(td, "Message"); off >= 0 && !message.empty()) {
        try {
            const std::u16string text = utf16(message);
            rtl_uString_newFromStr_WithLength(reinterpret_cast<rtl_uString**>(data + off),
                                              reinterpret_cast<const sal_Unicode*>(text.data()),
                                              static_cast<sal_Int32>(text.size()));
        } catch (...) {  // out of memory: the exception without its message
        }
    }
    if (const sal_Int32 off = member_offset(td, "ArgumentPosition"); off >= 0) {
        *reinterpret_cast<sal_Int16*>(data + off) = position;
    }
    typelib_typedescription_release(td);
}

}  // namespace vnpolicy::addin
