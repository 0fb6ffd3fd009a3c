// The SUPPORT_LEVEL family's contract layer: argument checks, defaults and code folding in
// argument order, then one rule; *_EXPLAIN format the same trace.
#include "support/support_sheet.hpp"

#include <cmath>
#include <initializer_list>
#include <optional>
#include <utility>

#include "common/checks.hpp"
#include "common/date.hpp"
#include "common/fold.hpp"
#include "common/money.hpp"
#include "common/read_args.hpp"
#include "data/support_data.hpp"
#include "eligibility/eligibility_rules.hpp"
#include "rotation/rotation_rules.hpp"
#include "support/study_rules.hpp"
#include "support/support_explain.hpp"
#include "support/support_rules.hpp"

namespace vnpolicy::sheet {
namespace {

// A text code of `set`; `fallback` when omitted (nullopt: required).
template <class E>
Result<E> code_arg(const Arg& a, std::string_view name, const CodeSet& set,
                   std::optional<E> fallback = std::nullopt) noexcept {
    if (a.kind == Arg::Kind::Missing && fallback) return *fallback;
    const auto f = args::folded_code(a, name);
    if (!f) return f.error();
    const auto i = f->ok() ? set.match(f->view()) : std::nullopt;
    if (!i) return Error{Errc::UnknownCode, name};
    return static_cast<E>(*i);
}

// The reason for a refused input, quoting the offending text and listing a code's spellings.
std::string reason(const Error& e, Language lang, const PolicyData& data,
                   std::initializer_list<std::tuple<std::string_view, Arg, const CodeSet*>> args) {
    for (const auto& [name, arg, codes] : args) {
        if (name == e.arg) {
            const std::u16string_view text =
                arg.kind == Arg::Kind::Text ? arg.text : std::u16string_view{};
            return explain_support_error(e, lang, data, text, codes);
        }
    }
    return explain_support_error(e, lang, data, {}, nullptr);
}

#define VNP_TRY(var, expr)   \
    const auto var = (expr); \
    if (!var) return var.error()

Result<SupportLevelTrace> support_level_trace(NullDate nd, const Arg& degree, const Arg& date,
                                              const Arg& programme, const Arg& encouraged,
                                              const PolicyData& data) {
    const SupportData& s = *data.support;
    VNP_TRY(g, code_arg<Degree>(degree, "Degree", s.degree));
    VNP_TRY(day, args::date(date, "Date", nd));
    VNP_TRY(p, code_arg(programme, "Programme", s.programme, std::optional{Programme::Standard}));
    VNP_TRY(e, args::boolean(encouraged, "Encouraged", false));
    const auto tr = compute_support_level(*g, *p, *day, *e, data);
    if (!tr) return Error{tr.error().code, "Date", date.number};
    return tr;
}

Result<RotationTrace> rotation_trace(const Arg& route, const Arg& months, const Arg& gender,
                                     const Arg& kind, const Arg& island, const Arg& distance_km,
                                     const PolicyData& data) {
    const SupportData& s = *data.support;
    RotationInput in;
    VNP_TRY(r, code_arg<Route>(route, "Route", s.route));
    in.route = *r;
    VNP_TRY(m, args::number(months, "Months"));
    in.months = *m;
    VNP_TRY(g, code_arg<Gender>(gender, "Gender", s.gender));
    in.gender = *g;
    VNP_TRY(k, code_arg(kind, "Kind", s.kind, std::optional{MoveKind::Rotation}));
    in.kind = *k;
    VNP_TRY(i, args::boolean(island, "Island", false));
    in.island = *i;
    if (distance_km.kind != Arg::Kind::Missing) {  // omitted: at least the BT.13 minimum
        VNP_TRY(d, args::number(distance_km, "DistanceKm"));
        in.distance_given = true;
        in.distance_km = *d;
    }
    return compute_rotation(in, data);
}

Result<EligibilityTrace> eligibility_trace(NullDate nd, const Arg& birth, const Arg& start,
                                           const Arg& send, const Arg& staff, const Arg& good_years,
                                           const Arg& discipline, const Arg& first,
                                           const PolicyData& data) {
    EligibilityInput in;
    VNP_TRY(b, args::date(birth, "BirthDate", nd));
    in.birth = *b;
    VNP_TRY(st, args::date(start, "ServiceStartDate", nd));
    in.service_start = *st;
    VNP_TRY(se, args::date(send, "SendDate", nd));
    in.send = *se;
    VNP_TRY(t, code_arg<StaffType>(staff, "StaffType", data.support->staff_type));
    in.staff = *t;
    VNP_TRY(gy, args::count(good_years, "GoodYears"));
    in.good_years = *gy;
    VNP_TRY(d, args::boolean(discipline, "UnderDiscipline", false));
    in.under_discipline = *d;
    VNP_TRY(f, args::boolean(first, "FirstPostgraduate", true));
    in.first_postgraduate = *f;
    return compute_eligibility(in, data);
}

}  // namespace

Result<double> support_multiple(const Arg& degree, const Arg& programme) {
    const SupportData& s = *policy_data().support;
    VNP_TRY(g, code_arg<Degree>(degree, "Degree", s.degree));
    VNP_TRY(p, code_arg(programme, "Programme", s.programme, std::optional{Programme::Standard}));
    return s.multiple[static_cast<std::size_t>(*p)][static_cast<std::size_t>(*g)].value;
}

Result<double> support_level(NullDate null_date, const Arg& degree, const Arg& date,
                             const Arg& programme, const Arg& encouraged) {
    VNP_TRY(tr, support_level_trace(null_date, degree, date, programme, encouraged, policy_data()));
    return tr->amount;
}

Result<double> support_installment(NullDate null_date, const Arg& degree, const Arg& decision_date,
                                   const Arg& diploma_date, const Arg& phase,
                                   const Arg& programme) {
    const PolicyData& data = policy_data();
    const SupportData& s = *data.support;
    VNP_TRY(g, code_arg<Degree>(degree, "Degree", s.degree));
    VNP_TRY(d1, args::date(decision_date, "DecisionDate", null_date));
    VNP_TRY(d2, args::date(diploma_date, "DiplomaDate", null_date));
    VNP_TRY(ph, args::number(phase, "Phase"));
    VNP_TRY(k, check_whole(*ph, "Phase", 1, 2));
    VNP_TRY(p, code_arg(programme, "Programme", s.programme, std::optional{Programme::Standard}));
    VNP_TRY(tr, compute_support_installment(*g, *p, *d1, *d2, *k, data));
    return tr->amount;
}

Result<double> study_allowance(const Arg& days, const Arg& course, const Arg& out_of_province,
                               const Arg& encouraged) {
    const PolicyData& data = policy_data();
    VNP_TRY(n, args::count(days, "Days"));
    VNP_TRY(c, code_arg<StudyCourse>(course, "Course", data.support->study_course));
    VNP_TRY(o, args::boolean(out_of_province, "OutOfProvince", false));
    VNP_TRY(e, args::boolean(encouraged, "Encouraged", false));
    VNP_TRY(tr, compute_study_allowance(*n, *c, *o, *e, data));
    return tr->amount;
}

Result<double> study_materials(const Arg& level, const Arg& school_years) {
    const PolicyData& data = policy_data();
    VNP_TRY(l, code_arg<MaterialsLevel>(level, "Level", data.support->level));
    VNP_TRY(y, args::count(school_years, "SchoolYears"));
    VNP_TRY(tr, compute_study_materials(*l, *y, data));
    return tr->amount;
}

Result<double> rotation_support(const Arg& route, const Arg& months, const Arg& gender,
                                const Arg& kind, const Arg& island, const Arg& distance_km,
                                const Arg& component) {
    const PolicyData& data = policy_data();
    VNP_TRY(tr, rotation_trace(route, months, gender, kind, island, distance_km, data));
    VNP_TRY(c, code_arg(component, "Component", data.support->component,
                        std::optional{RotationPart::Total}));
    return tr->amount(*c);
}

Result<double> income_topup(NullDate null_date, const Arg& monthly_income, const Arg& group,
                            const Arg& date) {
    const PolicyData& data = policy_data();
    VNP_TRY(inc, args::number(monthly_income, "MonthlyIncome"));
    VNP_TRY(ic, check_cost(*inc, "MonthlyIncome", data));
    VNP_TRY(gv, args::number(group, "Group"));
    VNP_TRY(g, check_whole(*gv, "Group", 4, 5));  // KH.5.3-5.4: groups 4 and 5 only
    VNP_TRY(day, args::date(date, "Date", null_date));
    const auto tr = compute_income_topup(*ic, *g, *day, data);
    if (!tr) return Error{tr.error().code, "Date", date.number};
    return tr->amount;
}

Result<double> tuition_support(const Arg& tuition, const Arg& course, const Arg& commune) {
    const PolicyData& data = policy_data();
    VNP_TRY(t, args::number(tuition, "Tuition"));
    VNP_TRY(tc, check_cost(*t, "Tuition", data));
    VNP_TRY(c, code_arg<TuitionCourse>(course, "Course", data.support->tuition_course));
    FoldedCode f;  // none: omitted, an empty cell (0) or empty text
    if (commune.kind == Arg::Kind::Text) {
        f = fold_code(commune.text);
    } else if (commune.kind == Arg::Kind::Number && commune.number != 0) {
        return Error{Errc::NotText, "Commune", commune.number};
    } else if (commune.kind == Arg::Kind::Other) {
        return Error{Errc::NotText, "Commune"};
    }
    return compute_tuition_support(*tc, *c, f.ok() ? f.view() : std::string_view{"?"}, data).amount;
}

Result<double> training_eligible(NullDate null_date, const Arg& birth_date,
                                 const Arg& service_start_date, const Arg& send_date,
                                 const Arg& staff_type, const Arg& good_years,
                                 const Arg& under_discipline, const Arg& first_postgraduate) {
    VNP_TRY(tr, eligibility_trace(null_date, birth_date, service_start_date, send_date, staff_type,
                                  good_years, under_discipline, first_postgraduate, policy_data()));
    return tr->eligible ? 1.0 : 0.0;
}

Result<std::string> eligibility_explain(NullDate null_date, const Arg& birth_date,
                                        const Arg& service_start_date, const Arg& send_date,
                                        const Arg& staff_type, const Arg& good_years,
                                        const Arg& under_discipline, const Arg& first_postgraduate,
                                        const Arg& language) {
    const PolicyData& data = policy_data();
    VNP_TRY(lang, args::language(language, data));
    const auto tr =
        eligibility_trace(null_date, birth_date, service_start_date, send_date, staff_type,
                          good_years, under_discipline, first_postgraduate, data);
    if (!tr) {
        return reason(tr.error(), *lang, data,
                      {{"BirthDate", birth_date, nullptr},
                       {"ServiceStartDate", service_start_date, nullptr},
                       {"SendDate", send_date, nullptr},
                       {"StaffType", staff_type, &data.support->staff_type},
                       {"GoodYears", good_years, nullptr},
                       {"UnderDiscipline", under_discipline, nullptr},
                       {"FirstPostgraduate", first_postgraduate, nullptr}});
    }
    return explain_eligibility(*tr, *lang, data);
}

Result<std::string> support_explain(NullDate null_date, const Arg& degree, const Arg& date,
                                    const Arg& programme, const Arg& encouraged,
                                    const Arg& language) {
    const PolicyData& data = policy_data();
    VNP_TRY(lang, args::language(language, data));
    const auto tr = support_level_trace(null_date, degree, date, programme, encouraged, data);
    if (!tr) {
        return reason(tr.error(), *lang, data,
                      {{"Degree", degree, &data.support->degree},
                       {"Date", date, nullptr},
                       {"Programme", programme, &data.support->programme},
                       {"Encouraged", encouraged, nullptr}});
    }
    return explain_support_level(*tr, *lang);
}

Result<std::string> rotation_explain(const Arg& route, const Arg& months, const Arg& gender,
                                     const Arg& kind, const Arg& island, const Arg& distance_km,
                                     const Arg& language) {
    const PolicyData& data = policy_data();
    VNP_TRY(lang, args::language(language, data));
    const auto tr = rotation_trace(route, months, gender, kind, island, distance_km, data);
    if (!tr) {
        return reason(tr.error(), *lang, data,
                      {{"Route", route, &data.support->route},
                       {"Months", months, nullptr},
                       {"Gender", gender, &data.support->gender},
                       {"Kind", kind, &data.support->kind},
                       {"Island", island, nullptr},
                       {"DistanceKm", distance_km, nullptr}});
    }
    return explain_rotation(*tr, *lang);
}

}  // namespace vnpolicy::sheet
