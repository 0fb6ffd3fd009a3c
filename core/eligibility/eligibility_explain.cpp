#include "eligibility/eligibility_explain.hpp"

#include <fmt/format.h>

#include "common/explain_text.hpp"

namespace vnpolicy {

std::string explain_eligibility(const EligibilityTrace& tr, Language lang, const PolicyData& data) {
    const bool vi = lang == Language::Vi;
    const auto n = [lang](double v) { return format_number(v, lang); };
    const auto met = [vi](bool ok) {
        return ok ? (vi ? "đạt" : "met") : (vi ? "không đạt" : "not met");
    };
    const SupportData& s = *data.support;
    std::string out = tr.eligible ? (vi ? "Đủ điều kiện" : "Eligible")
                                  : (vi ? "Không đủ điều kiện" : "Not eligible");
    out += vi ? " được cử đi đào tạo sau đại học: " : " to be sent for postgraduate training: ";
    out += say(vi, "a) thời gian công tác {} năm, cần từ {} năm: {} ({}); ",
               "a) {} full years of service, at least {} needed: {} ({}); ", tr.service_years,
               n(tr.min_service->value), met(tr.service_ok), cite(tr.min_service->cite, lang));
    const bool civil = tr.in.staff == StaffType::CivilServant;
    if (tr.age_checked) {
        const std::string_view staff = civil ? (vi ? "cán bộ, công chức" : "civil servant")
                                             : (vi ? "viên chức" : "public employee");
        out += say(vi, "c) tuổi {0} khi được cử đi, {2} không quá {1} tuổi: {3} ({4}); ",
                   "c) age {0} when sent, at most {1} for a {2}: {3} ({4}); ", tr.age,
                   n(tr.max_age->value), staff, met(tr.age_ok), cite(tr.max_age->cite, lang));
    } else {
        out += say(vi,
                   "c) giới hạn tuổi chỉ áp dụng cho khóa sau đại học đầu tiên, "
                   "không xét ({}); ",
                   "c) the age limit applies to a first postgraduate course only, "
                   "not checked ({}); ",
                   cite(tr.max_age->cite, lang));
    }
    out += say(vi, "đ) {} năm liên tục hoàn thành tốt nhiệm vụ, cần {}: {} ({}); ",
               "đ) {} consecutive years rated 'hoàn thành tốt nhiệm vụ', {} needed: "
               "{} ({}); ",
               n(tr.in.good_years), n(tr.min_good->value), met(tr.good_ok),
               cite(tr.min_good->cite, lang));
    out += say(vi, "e) không bị kỷ luật, điều tra, truy tố: {} ({}). ",
               "e) not under discipline, investigation or prosecution: {} ({}). ",
               met(tr.discipline_ok), cite(s.no_discipline, lang));
    out +=
        say(vi,
            "Các điều kiện b) ngành đào tạo phù hợp vị trí việc làm, d) cam kết phục vụ ít nhất {} "
            "lần thời gian đào tạo và g) có trong kế hoạch đào tạo được duyệt do người dùng tự "
            "đánh giá ({}).",
            "Conditions b) field matching the job position, d) commitment to serve at least {} × "
            "the training time and g) being in the approved training plan are for the user to "
            "judge ({}).",
            n(s.commitment_factor.value), cite(s.users_judgement, lang));
    return out;
}

}  // namespace vnpolicy
