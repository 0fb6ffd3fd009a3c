// The layout of the binary UNO structures that the add-in's layer (addin/, on the C API of sal
// and cppu) reads and writes, with the numbers of the Linux x86-64 build (g++, the office's own
// ABI there). The office's bridge hands these structures to the library as they are, so the
// MinGW-w64 build of the Windows DLL must lay them out as the MSVC-built Windows office does;
// for these structures (natural alignment, `#pragma pack(8)` — 4 for rtl_uString — in the
// headers on Windows, no `long` once sal/typesizes.h is the LLP64 one) that is the Linux layout.
// uno_layout.cpp asserts every item at compile time in both builds, and prints them when run
// (ctest windows_uno_layout compares the two outputs).
//
// VNPOLICY_UNO_LAYOUT(X) calls X(expression, expected value) once per item.
#pragma once

#include <cstddef>

#include "uno_c.hpp"  // addin/: the SDK headers as the layer includes them

// A struct like com.sun.star.util.Date (the null date of a document: Day, Month, Year).
struct VnpolicyUnoDate {
    sal_uInt16 Day;
    sal_uInt16 Month;
    sal_Int16 Year;
};

// clang-format off
#define VNPOLICY_UNO_LAYOUT(X) \
    X(sizeof(sal_Bool), 1) \
    X(sizeof(sal_Unicode), 2) \
    X(sizeof(sal_Int16), 2) \
    X(sizeof(sal_uInt16), 2) \
    X(sizeof(sal_Int32), 4) \
    X(sizeof(sal_Int64), 8) \
    X(sizeof(sal_Size), 8) \
    X(sizeof(double), 8) \
    X(alignof(double), 8) \
    X(sizeof(void*), 8) \
    X(sizeof(typelib_TypeClass), 4) \
    X(sizeof(oslInterlockedCount), 4) \
    X(sizeof(rtl_uString), 12) \
    X(alignof(rtl_uString), 4) \
    X(offsetof(rtl_uString, refCount), 0) \
    X(offsetof(rtl_uString, length), 4) \
    X(offsetof(rtl_uString, buffer), 8) \
    X(sizeof(uno_Sequence), 12) \
    X(alignof(uno_Sequence), 4) \
    X(offsetof(uno_Sequence, nRefCount), 0) \
    X(offsetof(uno_Sequence, nElements), 4) \
    X(offsetof(uno_Sequence, elements), 8) \
    X(sizeof(uno_Any), 24) \
    X(alignof(uno_Any), 8) \
    X(offsetof(uno_Any, pType), 0) \
    X(offsetof(uno_Any, pData), 8) \
    X(offsetof(uno_Any, pReserved), 16) \
    X(sizeof(uno_Interface), 24) \
    X(offsetof(uno_Interface, acquire), 0) \
    X(offsetof(uno_Interface, release), 8) \
    X(offsetof(uno_Interface, pDispatcher), 16) \
    X(sizeof(typelib_TypeDescriptionReference), 48) \
    X(offsetof(typelib_TypeDescriptionReference, nRefCount), 0) \
    X(offsetof(typelib_TypeDescriptionReference, nStaticRefCount), 4) \
    X(offsetof(typelib_TypeDescriptionReference, eTypeClass), 8) \
    X(offsetof(typelib_TypeDescriptionReference, pTypeName), 16) \
    X(offsetof(typelib_TypeDescriptionReference, pType), 24) \
    X(offsetof(typelib_TypeDescriptionReference, pUniqueIdentifier), 32) \
    X(offsetof(typelib_TypeDescriptionReference, pReserved), 40) \
    X(sizeof(typelib_TypeDescription), 80) \
    X(offsetof(typelib_TypeDescription, nRefCount), 0) \
    X(offsetof(typelib_TypeDescription, nStaticRefCount), 4) \
    X(offsetof(typelib_TypeDescription, eTypeClass), 8) \
    X(offsetof(typelib_TypeDescription, pTypeName), 16) \
    X(offsetof(typelib_TypeDescription, pSelf), 24) \
    X(offsetof(typelib_TypeDescription, pUniqueIdentifier), 32) \
    X(offsetof(typelib_TypeDescription, pReserved), 40) \
    X(offsetof(typelib_TypeDescription, bComplete), 48) \
    X(offsetof(typelib_TypeDescription, nSize), 52) \
    X(offsetof(typelib_TypeDescription, nAlignment), 56) \
    X(offsetof(typelib_TypeDescription, pWeakRef), 64) \
    X(offsetof(typelib_TypeDescription, bOnDemand), 72) \
    X(sizeof(typelib_CompoundTypeDescription), 120) \
    X(offsetof(typelib_CompoundTypeDescription, pBaseTypeDescription), 80) \
    X(offsetof(typelib_CompoundTypeDescription, nMembers), 88) \
    X(offsetof(typelib_CompoundTypeDescription, pMemberOffsets), 96) \
    X(offsetof(typelib_CompoundTypeDescription, ppTypeRefs), 104) \
    X(offsetof(typelib_CompoundTypeDescription, ppMemberNames), 112) \
    X(sizeof(typelib_InterfaceMemberTypeDescription), 96) \
    X(offsetof(typelib_InterfaceMemberTypeDescription, nPosition), 80) \
    X(offsetof(typelib_InterfaceMemberTypeDescription, pMemberName), 88) \
    X(sizeof(typelib_InterfaceMethodTypeDescription), 168) \
    X(offsetof(typelib_InterfaceMethodTypeDescription, pReturnTypeRef), 96) \
    X(offsetof(typelib_InterfaceMethodTypeDescription, nParams), 104) \
    X(offsetof(typelib_InterfaceMethodTypeDescription, pParams), 112) \
    X(offsetof(typelib_InterfaceMethodTypeDescription, nExceptions), 120) \
    X(offsetof(typelib_InterfaceMethodTypeDescription, ppExceptions), 128) \
    X(offsetof(typelib_InterfaceMethodTypeDescription, bOneWay), 136) \
    X(offsetof(typelib_InterfaceMethodTypeDescription, pInterface), 144) \
    X(offsetof(typelib_InterfaceMethodTypeDescription, pBaseRef), 152) \
    X(offsetof(typelib_InterfaceMethodTypeDescription, nIndex), 160) \
    X(sizeof(typelib_InterfaceAttributeTypeDescription), 160) \
    X(offsetof(typelib_InterfaceAttributeTypeDescription, bReadOnly), 96) \
    X(offsetof(typelib_InterfaceAttributeTypeDescription, pAttributeTypeRef), 104) \
    X(offsetof(typelib_InterfaceAttributeTypeDescription, pInterface), 112) \
    X(offsetof(typelib_InterfaceAttributeTypeDescription, pBaseRef), 120) \
    X(offsetof(typelib_InterfaceAttributeTypeDescription, nIndex), 128) \
    X(offsetof(typelib_InterfaceAttributeTypeDescription, nGetExceptions), 132) \
    X(offsetof(typelib_InterfaceAttributeTypeDescription, ppGetExceptions), 136) \
    X(offsetof(typelib_InterfaceAttributeTypeDescription, nSetExceptions), 144) \
    X(offsetof(typelib_InterfaceAttributeTypeDescription, ppSetExceptions), 152) \
    X(sizeof(typelib_MethodParameter), 24) \
    X(offsetof(typelib_MethodParameter, pName), 0) \
    X(offsetof(typelib_MethodParameter, pTypeRef), 8) \
    X(offsetof(typelib_MethodParameter, bIn), 16) \
    X(offsetof(typelib_MethodParameter, bOut), 17) \
    X(sizeof(VnpolicyUnoDate), 6) \
    X(alignof(VnpolicyUnoDate), 2) \
    X(offsetof(VnpolicyUnoDate, Day), 0) \
    X(offsetof(VnpolicyUnoDate, Month), 2) \
    X(offsetof(VnpolicyUnoDate, Year), 4)
// clang-format on
