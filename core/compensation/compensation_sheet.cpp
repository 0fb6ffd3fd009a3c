#include <fmt/format.h>

#include <cmath>
#include <initializer_list>
#include <utility>

#include "catalog/sheet_functions.hpp"
#include "common/checks.hpp"
#include "common/explain_text.hpp"
#include "common/fold.hpp"
#include "common/read_args.hpp"
#include "common/version.hpp"
#include "compensation/compensation_rules.hpp"
#include "data/base_wage.hpp"
#include "data/policy_data.hpp"

namespace vnpolicy::sheet {
namespace {

// Every check of COMPENSATION, in argument order, then the rule.
inline Result<CompensationTrace> compensation_trace(const Arg& cost, const Arg& required_months,
                                                    const Arg& served_months, const Arg& case_no,
                                                    const Arg& policy, const Arg& group,
                                                    const PolicyData& data) {
    const auto f = args::number(cost, "Cost");
    if (!f) return f.error();
    if (const auto c = check_cost(*f, "Cost", data); !c) return c.error();
    const auto t1_in = args::number(required_months, "RequiredMonths");
    if (!t1_in) return t1_in.error();
    const auto t1 = check_months(*t1_in, "RequiredMonths", data);
    if (!t1) return t1.error();
    const auto t2_in = args::number(served_months, "ServedMonths");
    if (!t2_in) return t2_in.error();
    const auto t2 = check_months(*t2_in, "ServedMonths", data);
    if (!t2) return t2.error();
    const auto k = args::whole(case_no, "Case", 3, 1, 3);
    if (!k) return k.error();
    const auto p = args::policy(policy, "Policy", data, data.default_compensation);
    if (!p) return p.error();
    const auto g = args::whole(group, "Group", 1, 1, data.max_group);
    if (!g) return g.error();
    return compensation_of({*f, *t1_in, *t2_in, *t1, *t2, *k, *p, *g}, data);
}

// The text of the argument an error names, for messages that quote it.
std::u16string_view offending_text(const Error& e,
                                   std::initializer_list<std::pair<std::string_view, Arg>> args) {
    for (const auto& [name, arg] : args) {
        if (name == e.arg && arg.kind == Arg::Kind::Text) return arg.text;
    }
    return {};
}

}  // namespace

// Flattened: the per-cell and per-row path (BENCHMARKS.md) as one body, so the trace fields the
// amount does not need are dropped.
[[gnu::flatten]] Result<double> compensation(const Arg& cost, const Arg& required_months,
                                             const Arg& served_months, const Arg& case_no,
                                             const Arg& policy, const Arg& group) {
    const auto tr = compensation_trace(cost, required_months, served_months, case_no, policy, group,
                                       policy_data());
    if (!tr) return tr.error();
    return tr->amount;
}

Result<std::string> compensation_explain(const Arg& cost, const Arg& required_months,
                                         const Arg& served_months, const Arg& case_no,
                                         const Arg& policy, const Arg& language, const Arg& group) {
    const PolicyData& data = policy_data();
    const auto lang = args::language(language, data);
    if (!lang) return lang.error();
    const auto tr =
        compensation_trace(cost, required_months, served_months, case_no, policy, group, data);
    if (!tr) {
        const Errc code = tr.error().code;
        if (code == Errc::GroupNotInPolicy || code == Errc::CaseNotForGroup) {
            // Both arguments were read without error on the way to the rule.
            const PolicyId p = *args::policy(policy, "Policy", data, data.default_compensation);
            const int g = *args::whole(group, "Group", 1, 1, data.max_group);
            return explain_group_error(tr.error(), *lang, data.policy(p), g);
        }
        const std::u16string_view text =
            offending_text(tr.error(), {{"Cost", cost},
                                        {"RequiredMonths", required_months},
                                        {"ServedMonths", served_months},
                                        {"Case", case_no},
                                        {"Policy", policy},
                                        {"Group", group}});
        return explain_error(tr.error(), *lang, data, text);
    }
    return explain_compensation(*tr, *lang);
}

Result<double> commitment_months(const Arg& training_months, const Arg& policy, const Arg& group) {
    const PolicyData& data = policy_data();
    const auto m = args::number(training_months, "TrainingMonths");
    if (!m) return m.error();
    if (const auto c = check_months(*m, "TrainingMonths", data); !c) return c.error();
    const auto p = args::policy(policy, "Policy", data, data.default_compensation);
    if (!p) return p.error();
    const auto g = args::whole(group, "Group", 1, 1, data.max_group);
    if (!g) return g.error();
    const auto tr = compute_commitment_months(*m, *p, *g, data);
    if (!tr) return tr.error();
    return tr->months;
}

Result<double> service_months(NullDate null_date, const Arg& start_date, const Arg& end_date,
                              const Arg& rounding) {
    const PolicyData& data = policy_data();
    const auto s = args::number(start_date, "StartDate");
    if (!s) return s.error();
    const auto start = day_from_serial(*s, null_date, "StartDate");
    if (!start) return start.error();
    const auto e = args::number(end_date, "EndDate");
    if (!e) return e.error();
    const auto end = day_from_serial(*e, null_date, "EndDate");
    if (!end) return end.error();
    const auto r = args::whole(rounding, "Rounding", 0, 0, 2);
    if (!r) return r.error();
    const auto tr = compute_service_months(*start, *end, static_cast<MonthRounding>(*r), data);
    if (!tr) return Error{tr.error().code, "EndDate", *e};
    return tr->months;
}

Result<double> base_wage(NullDate null_date, const Arg& date) {
    const PolicyData& data = policy_data();
    const auto d = args::number(date, "Date");
    if (!d) return d.error();
    const auto day = day_from_serial(*d, null_date, "Date");
    if (!day) return day.error();
    const auto row = wage_row_on(*day, data, "Date");
    if (!row) return Error{row.error().code, "Date", *d};
    return (*row)->amount;
}

std::string policy_info() {
    const PolicyData& data = policy_data();
    const auto iso = [](CivilDate c) {
        return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
    };
    std::string policies;
    for (const PolicyEntry& p : data.policies) {
        if (!policies.empty()) policies += ", ";
        policies += fmt::format("{} ({}{}{})", p.code, p.decree.short_name,
                                p.decree.since_2025_en.empty() ? "" : "; ", p.decree.since_2025_en);
    }
    const WageRow& last = data.base_wage.back();
    return fmt::format(
        "vnpolicy {} · policy data reviewed {} · base wage {} from {} ({}), table from {} · {}",
        kVersion, iso(data.reviewed), fmt::group_digits(static_cast<long long>(last.amount)),
        iso(last.from), last.decree, iso(data.base_wage.front().from), policies);
}

}  // namespace vnpolicy::sheet
