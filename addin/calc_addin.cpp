// The Calc add-in component: org.vnpolicy.CalcAddInImpl, service org.vnpolicy.CalcAddIn
// (these names are stored in documents: they never change).
//
// - XVnPolicy: one method per catalog function, declared and defined by code generated from
//   vnpolicy::catalog() (idl/gen_idl.cpp); each translates its arguments and calls the core.
// - XAddIn: the function-wizard text, taken only from vnpolicy::catalog(): Vietnamese when the
//   locale's language is "vi", English otherwise.
// - XServiceName, XServiceInfo: the names above.
#include <sal/types.h>

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cstddef>
#include <cstdint>
#include <org/vnpolicy/XVnPolicy.hpp>
#include <rtl/string.hxx>
#include <rtl/ustrbuf.hxx>
#include <rtl/ustring.hxx>
#include <string>
#include <string_view>

#include "guard.hpp"
#include "uno_args.hpp"
#include "vnpolicy/catalog.hpp"
#include "vnpolicy/sheet_functions.hpp"

namespace vnpolicy::addin {

namespace {

constexpr char kImplementationName[] = "org.vnpolicy.CalcAddInImpl";
constexpr char kServiceName[] = "org.vnpolicy.CalcAddIn";
constexpr char kAddInService[] = "com.sun.star.sheet.AddIn";
constexpr char kCategory[] = "Add-In";  // one of Calc's fixed category names

rtl::OUString to_ou(std::string_view utf8) { return from_utf8(utf8); }

const FunctionInfo* find(const rtl::OUString& name) noexcept {
    for (const FunctionInfo& f : catalog()) {
        if (name.equalsAsciiL(f.name.data(), static_cast<sal_Int32>(f.name.size()))) return &f;
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

rtl::OUString no_text(std::string_view /*reason*/) noexcept { return rtl::OUString(); }

}  // namespace

class CalcAddIn final
    : public cppu::WeakImplHelper4<org::vnpolicy::XVnPolicy, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    CalcAddIn() = default;

    // XVnPolicy: the spreadsheet functions.
#include "XVnPolicy_decl.inc"

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& display_name) override {
        return guard([&] { return find(display_name) ? display_name : rtl::OUString(); }, no_text);
    }
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& name) override {
        // Names are the same in every language (FUNCTIONS.md).
        return guard([&] { return find(name) ? name : rtl::OUString(); }, no_text);
    }
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& name) override {
        return guard(
            [&] {
                const FunctionInfo* f = find(name);
                return f ? to_ou(description(*f, vi_)) : rtl::OUString();
            },
            no_text);
    }
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& name,
                                                  sal_Int32 index) override {
        return guard(
            [&] {
                const FunctionInfo* f = find(name);
                const ArgInfo* a = f ? find_arg(*f, index) : nullptr;
                return a ? to_ou(display_arg_name(*a, vi_)) : rtl::OUString();
            },
            no_text);
    }
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& name,
                                                  sal_Int32 index) override {
        return guard(
            [&] {
                const FunctionInfo* f = find(name);
                const ArgInfo* a = f ? find_arg(*f, index) : nullptr;
                return a ? to_ou(arg_help(*a, vi_)) : rtl::OUString();
            },
            no_text);
    }
    rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString&) override {
        return guard([] { return rtl::OUString(kCategory); }, no_text);
    }
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString&) override {
        return guard([] { return rtl::OUString(kCategory); }, no_text);
    }

    // XLocalizable (through XAddIn)
    void SAL_CALL setLocale(const css::lang::Locale& locale) override {
        guard(
            [&] {
                locale_ = locale;
                vi_ = locale.Language.equalsIgnoreAsciiCase("vi");
            },
            [](std::string_view) noexcept {});
    }
    css::lang::Locale SAL_CALL getLocale() override {
        return guard([&] { return locale_; },
                     [](std::string_view) noexcept { return css::lang::Locale(); });
    }

    // XServiceName: the prefix of the function names stored in documents.
    rtl::OUString SAL_CALL getServiceName() override {
        return guard([] { return rtl::OUString(kServiceName); }, no_text);
    }

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override {
        return guard([] { return rtl::OUString(kImplementationName); }, no_text);
    }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& service) override {
        return guard([&]() -> sal_Bool { return cppu::supportsService(this, service); },
                     [](std::string_view) noexcept -> sal_Bool { return false; });
    }
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
        return guard(
            [] {
                const rtl::OUString names[] = {rtl::OUString(kServiceName),
                                               rtl::OUString(kAddInService)};
                return css::uno::Sequence<rtl::OUString>(names, 2);
            },
            [](std::string_view) noexcept { return css::uno::Sequence<rtl::OUString>(); });
    }

private:
    css::lang::Locale locale_;
    bool vi_ = false;
};

// The spreadsheet functions, generated from the catalog.
#include "XVnPolicy_impl.inc"

// ---- the guard's out-of-line parts ----

std::string describe(const css::uno::Exception& e) noexcept {
    try {
        return std::string("UNO exception: ") +
               rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr();
    } catch (...) {
        return std::string();
    }
}

namespace {

css::uno::Any matrix_any(const Matrix& m) {
    css::uno::Sequence<css::uno::Sequence<double>> rows(static_cast<sal_Int32>(m.rows));
    css::uno::Sequence<double>* row = rows.getArray();
    for (std::uint32_t r = 0; r < m.rows; ++r) {
        row[r] = css::uno::Sequence<double>(m.values.data() + std::size_t{r} * m.cols,
                                            static_cast<sal_Int32>(m.cols));
    }
    return css::uno::Any(rows);
}

}  // namespace

css::uno::Any to_uno(std::size_t function, const Result<Matrix>& result) {
    if (!result) throw_core_error(function, result.error());
    return matrix_any(*result);
}

css::uno::Any to_uno(std::size_t function, const Result<Cells>& result) {
    if (!result) throw_core_error(function, result.error());
    if (!result->is_array) return css::uno::Any(result->scalar);
    return matrix_any(result->matrix);
}

rtl::OUString from_utf8(std::string_view text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

namespace {

// The IDL position of argument `name` of catalog function `function` (counting Options).
sal_Int16 idl_position(const FunctionInfo& f, std::string_view name) noexcept {
    std::size_t position = f.needs_document ? 1 : 0;
    for (const ArgInfo& a : f.args) {
        if (a.name == name) return static_cast<sal_Int16>(position);
        ++position;
    }
    return -1;
}

[[noreturn]] void throw_illegal(rtl::OUString message, sal_Int16 position) {
    throw css::lang::IllegalArgumentException(message, css::uno::Reference<css::uno::XInterface>(),
                                              position);
}

}  // namespace

void throw_core_error(std::size_t function, const Error& error) {
    rtl::OUString message;
    sal_Int16 position = -1;
    try {
        const FunctionInfo& f = catalog()[function];
        position = idl_position(f, error.arg);
        std::string text(f.name);
        text += ": invalid argument";
        if (!error.arg.empty()) {
            text += ' ';
            text += error.arg;
        }
        text += " (error ";
        text += std::to_string(static_cast<int>(error.code));
        text += ", value ";
        text += std::to_string(error.value);
        text += ')';
        message = from_utf8(text);
    } catch (...) {
    }
    throw_illegal(message, position);
}

void throw_failure(std::size_t function, std::string_view reason) {
    rtl::OUString message;
    try {
        std::string text(catalog()[function].name);
        text += ": ";
        text += reason;
        message = from_utf8(text);
    } catch (...) {
    }
    throw_illegal(message, -1);
}

}  // namespace vnpolicy::addin

// The one exported symbol: the constructor named in vnpolicy.components.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_vnpolicy_CalcAddInImpl_get_implementation(
    css::uno::XComponentContext* /*context*/, const css::uno::Sequence<css::uno::Any>& /*args*/) {
    try {
        return cppu::acquire(new vnpolicy::addin::CalcAddIn);
    } catch (...) {
        return nullptr;
    }
}
