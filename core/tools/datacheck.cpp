// vnpolicy_datacheck: validates the policy data compiled into the core (or a TOML file given on
// the command line). Run at build time so an invalid data file fails the build.
#include <fstream>
#include <iostream>
#include <sstream>

#include "vnpolicy/policy_data.hpp"

int main(int argc, char** argv) {
    std::string text(vnpolicy::embedded_policy_toml());
    std::string source = "embedded data/policy.toml";
    if (argc > 1) {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) {
            std::cerr << "vnpolicy_datacheck: cannot read " << argv[1] << "\n";
            return 2;
        }
        std::ostringstream buf;
        buf << in.rdbuf();
        text = buf.str();
        source = argv[1];
    }
    const vnpolicy::LoadResult r = vnpolicy::load_policy_data(text);
    if (!r.data) {
        std::cerr << "vnpolicy_datacheck: " << source << " is invalid: " << r.error << "\n";
        return 1;
    }
    std::cout << "vnpolicy_datacheck: " << source << " ok (" << r.data->base_wage.size()
              << " base-wage rows)\n";
    return 0;
}
