// vnpolicy_datacheck: validates the policy data compiled into the core, or the data folder given
// on the command line (meta.toml, base_wage.toml, policies/*.toml). Run at build time so invalid
// data fails the build.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "data/policy_data.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    std::vector<std::string> names;
    std::vector<std::string> texts;
    std::vector<vnpolicy::DataFile> files;
    std::string source = "embedded data/";
    if (argc > 1) {
        const fs::path dir = argv[1];
        source = dir.string();
        names = {"meta.toml", "base_wage.toml"};
        std::vector<std::string> policies;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir / "policies", ec)) {
            if (e.path().extension() == ".toml") {
                policies.push_back("policies/" + e.path().filename().string());
            }
        }
        std::sort(policies.begin(), policies.end());
        names.insert(names.end(), policies.begin(), policies.end());
        for (const std::string& name : names) {
            std::ifstream in(dir / name, std::ios::binary);
            if (!in) {
                std::cerr << "vnpolicy_datacheck: cannot read " << (dir / name).string() << "\n";
                return 2;
            }
            std::ostringstream buf;
            buf << in.rdbuf();
            texts.push_back(buf.str());
        }
        for (std::size_t i = 0; i < names.size(); ++i) files.push_back({names[i], texts[i]});
    } else {
        const auto embedded = vnpolicy::embedded_policy_files();
        files.assign(embedded.begin(), embedded.end());
    }
    const vnpolicy::LoadResult r = vnpolicy::load_policy_data(files);
    if (!r.data) {
        std::cerr << "vnpolicy_datacheck: " << source << " is invalid: " << r.error << "\n";
        return 1;
    }
    std::cout << "vnpolicy_datacheck: " << source << " ok (" << r.data->policies.size()
              << " policies, " << r.data->base_wage.size() << " base-wage rows, reviewed "
              << r.data->reviewed.year << "-" << r.data->reviewed.month << "-"
              << r.data->reviewed.day << ")\n";
    return 0;
}
