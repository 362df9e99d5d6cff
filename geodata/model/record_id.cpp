#include "geodata/model/record_id.hpp"

namespace cm {

std::string unique_id(const std::string& id, std::map<std::string, int>& used) {
    int& n = used[id];  // std::map: stays valid while other keys are added
    if (++n == 1)
        return id;
    std::string out = id + "-" + std::to_string(n);
    while (used.count(out) != 0)
        out = id + "-" + std::to_string(++n);
    used[out] = 1;
    return out;
}

}  // namespace cm
