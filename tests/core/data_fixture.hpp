// Variants of the shipped policy data (data/: meta.toml, base_wage.toml, policies/*.toml), for
// the loader's validation tests and for data sets with more policies.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "data/policy_data.hpp"

namespace vnpolicy::test {

// A data set that owns its texts: the shipped files, changed or extended by a test.
struct DataSet {
    std::vector<std::string> names;
    std::vector<std::string> texts;

    [[nodiscard]] std::vector<DataFile> files() const {
        std::vector<DataFile> out;
        for (std::size_t i = 0; i < names.size(); ++i) out.push_back({names[i], texts[i]});
        return out;
    }
    [[nodiscard]] std::string& text(std::string_view name) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i] == name) return texts[i];
        }
        ADD_FAILURE() << "test fixture: no data file " << name;
        return texts.front();
    }
    // Adds a file, or replaces the text of one of that name.
    DataSet& with(std::string name, std::string text) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i] == name) {
                texts[i] = std::move(text);
                return *this;
            }
        }
        names.push_back(std::move(name));
        texts.push_back(std::move(text));
        return *this;
    }
    DataSet& without(std::string_view name) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i] == name) {
                names.erase(names.begin() + static_cast<std::ptrdiff_t>(i));
                texts.erase(texts.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        return *this;
    }
};

inline DataSet shipped() {
    DataSet d;
    for (const DataFile& f : embedded_policy_files()) {
        d.names.emplace_back(f.name);
        d.texts.emplace_back(f.text);
    }
    return d;
}

// The shipped data with the first `from` in `file` replaced by `to` (a test fails if absent).
inline DataSet replaced(std::string_view file, std::string_view from, std::string_view to) {
    DataSet d = shipped();
    std::string& text = d.text(file);
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "test fixture: '" << from << "' not in " << file;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return d;
}

inline LoadResult load(const DataSet& d) {
    const std::vector<DataFile> files = d.files();
    return load_policy_data(files);
}

// The loader's message for `d`, which must be refused.
inline std::string error_of(const DataSet& d) {
    const LoadResult r = load(d);
    EXPECT_EQ(r.data, nullptr);
    return r.error;
}

}  // namespace vnpolicy::test
