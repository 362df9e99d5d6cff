#include "problem.hpp"

namespace cm {

std::string to_string(const Problem& p) {
    std::string out = p.file;
    for (const std::string* part : {&p.record, &p.field}) {
        if (part->empty())
            continue;
        out += ": ";
        out += *part;
    }
    return out + ": " + p.message;
}

}  // namespace cm
