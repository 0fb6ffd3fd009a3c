// Result<T>: a value or a typed Error, without exceptions or heap work on the hot path.
#pragma once

#include <cassert>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>

namespace vnpolicy {

// Why an input was refused. Every code has a sentence in explain (vi and en).
enum class Errc : unsigned char {
    Missing,                // a required argument was not given
    NotNumber,              // text, a range or another type where a number is expected
    NotText,                // a number where a text code is expected
    NotFinite,              // NaN or infinity
    Negative,               // below zero where the rule has no negative values
    NotWhole,               // a fraction where a whole number is required
    TooLarge,               // beyond the sanity limits of the policy data
    OutOfRange,             // a number outside its listed values (case 1-3, group 1-5, ...)
    UnknownCode,            // a text code that matches none of the accepted spellings
    DateInvalid,            // a date serial outside the calendar the add-in supports
    DateOrder,              // an end date before its start date
    BeforeWageTable,        // a date before the first row of the base-wage table
    ZeroCommitment,         // BT.16.2c / KH.5: T1 must be at least one month
    NotCompensationPolicy,  // a policy without compensation rules (ST2023)
    GroupNotInPolicy,       // a Group the policy has no rules for
    CaseNotForGroup,        // case 1 or 2 for a group that has only case 3 (KH.5)
    BadLanguage,            // *_EXPLAIN language other than vi/en
    ShapeMismatch,          // ranges of different shapes, or a single value beside a range
};

struct Error {
    Errc code;
    std::string_view arg{};  // the contract's argument name (FUNCTIONS.md), e.g. "ServedMonths"
    double value = 0;        // the offending value where there is one
};

// Either a T or an Error, in one union (as std::expected, which is C++23): a Result<double> is
// 40 bytes, and making an Error never builds a T. Reading value() of an
// error Result is a bug (asserted in debug builds).
template <class T>
class Result {
public:
    Result(T value) noexcept(std::is_nothrow_move_constructible_v<T>)  // NOLINT: implicit
        : value_(std::move(value)), ok_(true) {}
    Result(Error error) noexcept : error_(error), ok_(false) {}  // NOLINT: implicit by design

    // Copying or moving the active member. (Not conditionally trivial: clang before 16 does not
    // implement it, and a Result of any T is returned in memory all the same.)
    Result(const Result& o) noexcept(std::is_nothrow_copy_constructible_v<T>) : ok_(o.ok_) {
        if (ok_) {
            std::construct_at(&value_, o.value_);
        } else {
            std::construct_at(&error_, o.error_);
        }
    }
    Result(Result&& o) noexcept(std::is_nothrow_move_constructible_v<T>) : ok_(o.ok_) {
        if (ok_) {
            std::construct_at(&value_, std::move(o.value_));
        } else {
            std::construct_at(&error_, o.error_);
        }
    }
    Result& operator=(const Result&) = delete;
    Result& operator=(Result&&) = delete;
    ~Result() {
        if constexpr (!std::is_trivially_destructible_v<T>) {
            if (ok_) value_.~T();
        }
    }

    [[nodiscard]] bool ok() const noexcept { return ok_; }
    explicit operator bool() const noexcept { return ok_; }
    [[nodiscard]] const T& value() const& noexcept {
        assert(ok_);
        return value_;
    }
    [[nodiscard]] T&& value() && noexcept {
        assert(ok_);
        return std::move(value_);
    }
    [[nodiscard]] const T& operator*() const& noexcept { return value(); }
    [[nodiscard]] const T* operator->() const noexcept { return &value(); }
    [[nodiscard]] const Error& error() const noexcept {
        assert(!ok_);
        return error_;
    }

private:
    union {
        T value_;
        Error error_;
    };
    bool ok_;
};

}  // namespace vnpolicy
