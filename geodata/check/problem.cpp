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

std::size_t count_of(const ProblemList& problems, Severity severity) {
    std::size_t n = 0;
    for (const Problem& p : problems)
        n += p.severity == severity ? 1 : 0;
    return n;
}

}  // namespace cm
