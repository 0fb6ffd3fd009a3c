// The add-in's two objects on binary UNO, each one uno_Interface serving all of its interfaces
// through pDispatch (binary UNO dispatches by member type description, not by vtable slot):
//
// - the factory: XSingleComponentFactory, XSingleServiceFactory, XServiceInfo, XTypeProvider;
// - the add-in, org.vnpolicy.CalcAddInImpl / service org.vnpolicy.CalcAddIn (names stored in
//   documents: they never change): org.vnpolicy.XVnPolicy (one method per catalog function,
//   generated from the catalog; each call goes through the table of core calls), XAddIn with
//   XLocalizable (the wizard text of the catalog, Vietnamese when the locale is "vi"),
//   XServiceName, XServiceInfo, XTypeProvider (Calc finds the functions by introspection, which
//   reads getTypes).
#pragma once

#include "uno_c.hpp"

namespace vnpolicy::addin {

inline constexpr char kImplementationName[] = "org.vnpolicy.CalcAddInImpl";

// A new factory with one reference for the caller, or nullptr when out of memory.
uno_Interface* new_factory() noexcept;

}  // namespace vnpolicy::addin
