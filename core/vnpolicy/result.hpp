// Result<T>: a value or a typed Error, without exceptions or heap work on the hot path.
#pragma once

#include <string_view>
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
    NotCompensationPolicy,  // ST2023 has no compensation rules
    BadLanguage,            // *_EXPLAIN language other than vi/en
    ShapeMismatch,          // ranges of different shapes, or a single value beside a range
};

struct Error {
    Errc code;
    std::string_view arg{};  // the contract's argument name (FUNCTIONS.md), e.g. "ServedMonths"
    double value = 0;        // the offending value where there is one
};

template <class T>
class Result {
public:
    Result(T value) : ok_(true), value_(std::move(value)) {}  // NOLINT: implicit by design
    Result(Error error) : ok_(false), error_(error) {}        // NOLINT: implicit by design

    [[nodiscard]] bool ok() const noexcept { return ok_; }
    explicit operator bool() const noexcept { return ok_; }
    [[nodiscard]] const T& value() const& noexcept { return value_; }
    [[nodiscard]] T&& value() && noexcept { return std::move(value_); }
    [[nodiscard]] const T& operator*() const& noexcept { return value_; }
    [[nodiscard]] const T* operator->() const noexcept { return &value_; }
    [[nodiscard]] const Error& error() const noexcept { return error_; }

private:
    bool ok_;
    T value_{};
    Error error_{Errc::Missing};
};

}  // namespace vnpolicy
