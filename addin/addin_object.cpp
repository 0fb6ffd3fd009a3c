#include "addin_object.hpp"

#include <array>
#include <atomic>
#include <cstddef>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "guard.hpp"
#include "uno_values.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/dispatch.hpp"

namespace vnpolicy::addin {
namespace {

constexpr char kServiceName[] = "org.vnpolicy.CalcAddIn";
constexpr char kAddInService[] = "com.sun.star.sheet.AddIn";
constexpr char kCategory[] = "Add-In";  // one of Calc's fixed category names
constexpr char kIllegalArgument[] = "com.sun.star.lang.IllegalArgumentException";
constexpr char kRuntimeException[] = "com.sun.star.uno.RuntimeException";
constexpr std::string_view kFunctionsPrefix = "org.vnpolicy.XVnPolicy::";

struct Object {
    uno_Interface iface;  // first: a uno_Interface* is an Object*
    std::atomic<sal_Int32> refs{1};
    bool is_factory = false;
    bool vietnamese = false;  // XLocalizable: the locale's language is "vi"
    rtl_uString* locale[3] = {nullptr, nullptr, nullptr};  // Language, Country, Variant
};
static_assert(std::is_standard_layout_v<Object> && offsetof(Object, iface) == 0);

Object* object(uno_Interface* p) noexcept { return reinterpret_cast<Object*>(p); }

void SAL_CALL acquire(uno_Interface* p) { object(p)->refs.fetch_add(1); }

void SAL_CALL release(uno_Interface* p) {
    Object* o = object(p);
    if (o->refs.fetch_sub(1) == 1) {
        for (rtl_uString* s : o->locale) {
            if (s != nullptr) rtl_uString_release(s);
        }
        delete o;
    }
}

void SAL_CALL dispatch(uno_Interface* p, const typelib_TypeDescription* member, void* ret,
                       void* args[], uno_Any** exc);

uno_Interface* new_object(bool is_factory) noexcept {
    Object* o = new (std::nothrow) Object;
    if (o == nullptr) return nullptr;
    o->iface.acquire = acquire;
    o->iface.release = release;
    o->iface.pDispatcher = dispatch;
    o->is_factory = is_factory;
    return &o->iface;
}

// The interfaces each object lists in XTypeProvider::getTypes (and answers queryInterface for).
constexpr std::array<const char*, 6> kAddInInterfaces = {"org.vnpolicy.XVnPolicy",
                                                         "com.sun.star.sheet.XAddIn",
                                                         "com.sun.star.sheet.XCompatibilityNames",
                                                         "com.sun.star.lang.XServiceName",
                                                         "com.sun.star.lang.XServiceInfo",
                                                         "com.sun.star.lang.XTypeProvider"};
constexpr std::array<const char*, 4> kFactoryInterfaces = {
    "com.sun.star.lang.XSingleComponentFactory", "com.sun.star.lang.XSingleServiceFactory",
    "com.sun.star.lang.XServiceInfo", "com.sun.star.lang.XTypeProvider"};

bool supports(const Object& o, const rtl_uString* type) noexcept {
    if (equals_ascii(type, "com.sun.star.uno.XInterface")) return true;
    if (o.is_factory) {
        for (const char* name : kFactoryInterfaces) {
            if (equals_ascii(type, name)) return true;
        }
        return false;
    }
    if (equals_ascii(type, "com.sun.star.lang.XLocalizable")) return true;  // base of XAddIn
    for (const char* name : kAddInInterfaces) {
        if (equals_ascii(type, name)) return true;
    }
    return false;
}

void return_types(const Object& o, void* ret) {
    std::vector<typelib_TypeDescriptionReference*> types;
    const auto add = [&](const char* name) {
        types.push_back(type_ref(typelib_TypeClass_INTERFACE, name));
    };
    if (o.is_factory) {
        for (const char* name : kFactoryInterfaces) add(name);
    } else {
        for (const char* name : kAddInInterfaces) add(name);
    }
    *static_cast<uno_Sequence**>(ret) = nullptr;
    const bool ok =
        uno_type_sequence_construct(static_cast<uno_Sequence**>(ret), uno_types().type_seq,
                                    types.data(), static_cast<sal_Int32>(types.size()), nullptr);
    for (typelib_TypeDescriptionReference* t : types) typelib_typedescriptionreference_release(t);
    if (!ok) throw std::bad_alloc();
}

// ---- the spreadsheet functions ----

// The catalog index of a member of org.vnpolicy.XVnPolicy (its methods are declared in catalog
// order after XInterface's three), or -1 for a member of another interface.
std::ptrdiff_t function_of(const typelib_TypeDescription* member) noexcept {
    const std::u16string_view name = view(member->pTypeName);
    if (name.size() <= kFunctionsPrefix.size() ||
        !equals_ascii(name.substr(0, kFunctionsPrefix.size()), kFunctionsPrefix)) {
        return -1;
    }
    const std::u16string_view function = name.substr(kFunctionsPrefix.size());
    const auto catalog_names = catalog();
    const auto matches = [&](std::size_t index) {
        return equals_ascii(function, catalog_names[index].name);
    };
    const auto* m = reinterpret_cast<const typelib_InterfaceMemberTypeDescription*>(member);
    const std::ptrdiff_t by_position = static_cast<std::ptrdiff_t>(m->nPosition) - 3;
    if (by_position >= 0 && static_cast<std::size_t>(by_position) < catalog_names.size() &&
        matches(static_cast<std::size_t>(by_position))) {
        return by_position;
    }
    for (std::size_t i = 0; i < catalog_names.size(); ++i) {
        if (matches(i)) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
}

// The IDL position of argument `name` of catalog function `f` (counting the hidden Options).
sal_Int16 idl_position(const FunctionInfo& f, std::string_view name) noexcept {
    sal_Int16 position = f.needs_document ? 1 : 0;
    for (const ArgInfo& a : f.args) {
        if (a.name == name) return position;
        ++position;
    }
    return -1;
}

std::string error_message(const FunctionInfo& f, const Error& e) {
    std::string text(f.name);
    text += ": invalid argument";
    if (!e.arg.empty()) {
        text += ' ';
        text += e.arg;
    }
    text += " (error ";
    text += std::to_string(static_cast<int>(e.code));
    text += ", value ";
    text += std::to_string(e.value);
    text += ')';
    return text;
}

// Raises IllegalArgumentException (Err:502) in the caller's exception slot.
void raise_illegal(uno_Any* storage, uno_Any** exc, std::string_view message,
                   sal_Int16 position) noexcept {
    raise(storage, kIllegalArgument, message, position);
    *exc = storage;
}

constexpr std::size_t kMaxArgs = 16;

// The method's parameters as the office passed them. Their types are read from the method's own
// type description — what the bridge marshalled into `args` — not assumed from the catalog: a
// required argument arrives as [][]any (a uno_Sequence*), an optional one as an any, and a type
// library that does not match the catalog must give Err:502, never a sequence read as an any.
// Reading the types costs a pointer comparison per parameter, no look-up.
const typelib_MethodParameter* checked_params(const FunctionInfo& f,
                                              const typelib_TypeDescription* member) {
    const auto* method = reinterpret_cast<const typelib_InterfaceMethodTypeDescription*>(member);
    const std::size_t first = f.needs_document ? 1 : 0;
    if (member->eTypeClass != typelib_TypeClass_INTERFACE_METHOD || method->nParams < 0 ||
        static_cast<std::size_t>(method->nParams) != first + f.args.size() ||
        f.args.size() > kMaxArgs ||
        (f.needs_document &&
         method->pParams[0].pTypeRef->eTypeClass != typelib_TypeClass_INTERFACE)) {
        throw std::logic_error("the add-in's interface does not match its catalog");
    }
    return method->pParams;
}

// One argument as the core's Arg, read as its declared type says.
Arg argument(const typelib_MethodParameter& param, const void* value,
             std::vector<std::vector<Arg>>& ranges) {
    if (param.pTypeRef->eTypeClass == typelib_TypeClass_ANY) {
        return to_arg(*static_cast<const uno_Any*>(value), ranges);
    }
    if (is_any_rows(param.pTypeRef)) {
        return rows_to_arg(*static_cast<const uno_Sequence* const*>(value), ranges);
    }
    return Arg::other();  // a type the IDL generator never writes
}

// One spreadsheet function: the arguments as the core's Args, the core call through the table,
// the result in the return slot — or IllegalArgumentException for a core error or anything thrown.
void call_function(std::size_t index, const typelib_TypeDescription* member, void* ret,
                   void* args[], uno_Any** exc) noexcept {
    uno_Any* storage = *exc;
    *exc = nullptr;
    const FunctionInfo& f = catalog()[index];
    guard(
        [&] {
            const typelib_MethodParameter* params = checked_params(f, member);
            const std::size_t first = f.needs_document ? 1 : 0;
            const NullDate nd =
                f.needs_document ? null_date(*static_cast<uno_Interface**>(args[0])) : NullDate{};
            std::array<Arg, kMaxArgs> values{};
            std::vector<std::vector<Arg>> ranges;  // the cells of range arguments, for the call
            for (std::size_t i = 0; i < f.args.size(); ++i) {
                values[i] = argument(params[first + i], args[first + i], ranges);
            }
            CallResult r;
            core_calls()[index](nd, values.data(), r);
            after_core(r);
            const bool any_result = f.array_form || f.result == ResultKind::Array;
            switch (r.kind) {
                case CallResult::Kind::Error:
                    return raise_illegal(storage, exc, error_message(f, r.error),
                                         idl_position(f, r.error.arg));
                case CallResult::Kind::Number:
                    if (any_result) return return_double_any(ret, r.number);
                    *static_cast<double*>(ret) = r.number;
                    return;
                case CallResult::Kind::Text:
                    return return_string(ret, r.text);
                case CallResult::Kind::Array:
                    return return_matrix_any(ret, r.matrix);
            }
        },
        [&](std::string_view reason) noexcept {
            std::string message;
            try {
                message = std::string(f.name) + ": " + std::string(reason);
            } catch (...) {
            }
            raise_illegal(storage, exc, message, -1);
        });
}

// ---- XAddIn: the wizard text, from the catalog only ----

const FunctionInfo* find_function(const rtl_uString* name) noexcept {
    for (const FunctionInfo& f : catalog()) {
        if (equals_ascii(name, f.name)) return &f;
    }
    return nullptr;
}

// Calc counts the hidden document-options parameter in argument indexes.
const ArgInfo* find_arg(const FunctionInfo& f, sal_Int32 index) noexcept {
    if (f.needs_document) {
        if (index == 0) return nullptr;
        --index;
    }
    if (index < 0 || static_cast<std::size_t>(index) >= f.args.size()) return nullptr;
    return &f.args[static_cast<std::size_t>(index)];
}

// Writes the string text() gives, or an empty string if anything fails: a wizard method never
// raises (any exception while Calc inspects the add-in drops the whole add-in, pitfall 2).
template <class Text>
void wizard_text(void* ret, Text&& text) noexcept {
    guard([&] { return_string(ret, text()); },
          [&](std::string_view) noexcept {
              *static_cast<rtl_uString**>(ret) = nullptr;
              rtl_uString_new(static_cast<rtl_uString**>(ret));
          });
}

void return_same_string(void* ret, rtl_uString* s) noexcept {
    rtl_uString_acquire(s);
    *static_cast<rtl_uString**>(ret) = s;
}

bool addin_method(Object& o, const typelib_TypeDescription* member, void* ret, void* args[]) {
    const rtl_uString* m = member->pTypeName;
    const auto string_arg = [&](std::size_t i) { return *static_cast<rtl_uString**>(args[i]); };
    if (is_member(m, "com.sun.star.sheet.XAddIn::getProgrammaticFuntionName") ||
        is_member(m, "com.sun.star.sheet.XAddIn::getDisplayFunctionName")) {
        // Names are the same in every language (FUNCTIONS.md).
        if (find_function(string_arg(0)) != nullptr) {
            return_same_string(ret, string_arg(0));
        } else {
            wizard_text(ret, [] { return std::string(); });
        }
        return true;
    }
    if (is_member(m, "com.sun.star.sheet.XAddIn::getFunctionDescription")) {
        const FunctionInfo* f = find_function(string_arg(0));
        wizard_text(ret, [&] { return f ? description(*f, o.vietnamese) : std::string(); });
        return true;
    }
    if (is_member(m, "com.sun.star.sheet.XAddIn::getDisplayArgumentName") ||
        is_member(m, "com.sun.star.sheet.XAddIn::getArgumentDescription")) {
        const FunctionInfo* f = find_function(string_arg(0));
        const ArgInfo* a = f ? find_arg(*f, *static_cast<const sal_Int32*>(args[1])) : nullptr;
        const bool name = is_member(m, "com.sun.star.sheet.XAddIn::getDisplayArgumentName");
        wizard_text(ret, [&] {
            if (a == nullptr) return std::string();
            return name ? std::string(display_arg_name(*a, o.vietnamese))
                        : arg_help(*a, o.vietnamese);
        });
        return true;
    }
    if (is_member(m, "com.sun.star.sheet.XAddIn::getProgrammaticCategoryName") ||
        is_member(m, "com.sun.star.sheet.XAddIn::getDisplayCategoryName")) {
        wizard_text(ret, [] { return std::string(kCategory); });
        return true;
    }
    if (is_member(m, "com.sun.star.sheet.XCompatibilityNames::getCompatibilityNames")) {
        // The English name for other spreadsheet programs (Calc writes it into .xlsx): the
        // display name itself, for en-US only (a different name would replace it in Calc).
        const FunctionInfo* f = find_function(string_arg(0));
        return_english_compatibility_name(ret, f ? f->name : std::string_view());
        return true;
    }
    if (is_member(m, "com.sun.star.lang.XLocalizable::setLocale")) {
        // com.sun.star.lang.Locale: Language, Country, Variant (three strings).
        rtl_uString* const* locale = static_cast<rtl_uString* const*>(args[0]);
        for (int i = 0; i < 3; ++i) rtl_uString_assign(&o.locale[i], locale[i]);
        o.vietnamese = view(locale[0]) == u"vi" || view(locale[0]) == u"VI";
        return true;
    }
    if (is_member(m, "com.sun.star.lang.XLocalizable::getLocale")) {
        uno_type_constructData(ret, uno_types().locale);  // three empty strings
        rtl_uString** locale = static_cast<rtl_uString**>(ret);
        for (int i = 0; i < 3; ++i) {
            if (o.locale[i] != nullptr) rtl_uString_assign(&locale[i], o.locale[i]);
        }
        return true;
    }
    if (is_member(m, "com.sun.star.lang.XServiceName::getServiceName")) {
        wizard_text(ret, [] { return std::string(kServiceName); });
        return true;
    }
    return false;
}

bool factory_method(const typelib_TypeDescription* member, void* ret, uno_Any* storage,
                    uno_Any** exc) {
    const rtl_uString* m = member->pTypeName;
    // The context and the arguments (in-parameters, owned by the caller) are not used.
    if (is_member(m, "com.sun.star.lang.XSingleComponentFactory::createInstanceWithContext") ||
        is_member(m,
                  "com.sun.star.lang.XSingleComponentFactory::"
                  "createInstanceWithArgumentsAndContext") ||
        is_member(m, "com.sun.star.lang.XSingleServiceFactory::createInstance") ||
        is_member(m, "com.sun.star.lang.XSingleServiceFactory::createInstanceWithArguments")) {
        uno_Interface* addin = new_object(false);
        if (addin == nullptr) {
            raise(storage, kRuntimeException, "vnpolicy: out of memory", 0);
            *exc = storage;
            return true;
        }
        *static_cast<uno_Interface**>(ret) = addin;  // the caller takes this reference
        return true;
    }
    return false;
}

void SAL_CALL dispatch(uno_Interface* p, const typelib_TypeDescription* member, void* ret,
                       void* args[], uno_Any** exc) {
    Object& o = *object(p);
    if (!o.is_factory) {  // the spreadsheet functions first: the per-cell path
        if (const std::ptrdiff_t index = function_of(member); index >= 0) {
            return call_function(static_cast<std::size_t>(index), member, ret, args, exc);
        }
    }
    uno_Any* storage = *exc;
    *exc = nullptr;
    const rtl_uString* m = member->pTypeName;
    guard(
        [&] {
            if (is_member(m, "com.sun.star.uno.XInterface::queryInterface")) {
                auto* type = *static_cast<typelib_TypeDescriptionReference**>(args[0]);
                if (supports(o, type->pTypeName)) {
                    uno_type_any_construct(static_cast<uno_Any*>(ret), &p, type, nullptr);
                } else {
                    uno_any_construct(static_cast<uno_Any*>(ret), nullptr, nullptr, nullptr);
                }
                return;
            }
            if (is_member(m, "com.sun.star.uno.XInterface::acquire")) return acquire(p);
            if (is_member(m, "com.sun.star.uno.XInterface::release")) return release(p);
            if (is_member(m, "com.sun.star.lang.XServiceInfo::getImplementationName")) {
                return return_string(ret, kImplementationName);
            }
            if (is_member(m, "com.sun.star.lang.XServiceInfo::supportsService")) {
                const rtl_uString* s = *static_cast<rtl_uString**>(args[0]);
                *static_cast<sal_Bool*>(ret) =
                    equals_ascii(s, kServiceName) || equals_ascii(s, kAddInService);
                return;
            }
            if (is_member(m, "com.sun.star.lang.XServiceInfo::getSupportedServiceNames")) {
                return return_string_sequence(ret, {kServiceName, kAddInService});
            }
            if (is_member(m, "com.sun.star.lang.XTypeProvider::getTypes")) {
                return return_types(o, ret);
            }
            if (is_member(m, "com.sun.star.lang.XTypeProvider::getImplementationId")) {
                *static_cast<uno_Sequence**>(ret) = nullptr;
                uno_type_sequence_construct(static_cast<uno_Sequence**>(ret), uno_types().byte_seq,
                                            nullptr, 0, nullptr);
                return;
            }
            if (o.is_factory ? factory_method(member, ret, storage, exc)
                             : addin_method(o, member, ret, args)) {
                return;
            }
            std::string message = "vnpolicy: unsupported method ";
            for (const char16_t c : view(m)) message += c < 0x80 ? static_cast<char>(c) : '?';
            raise(storage, kRuntimeException, message, 0);
            *exc = storage;
        },
        [&](std::string_view reason) noexcept {
            raise(storage, kRuntimeException, reason, 0);
            *exc = storage;
        });
}

}  // namespace

uno_Interface* new_factory() noexcept { return new_object(true); }

}  // namespace vnpolicy::addin
