#include "check_atlas.hpp"

namespace cm {

ProblemList check_atlas(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems = check_gazetteer(atlas, files);
    ProblemList history = check_history(atlas, files);
    problems.insert(problems.end(), history.begin(), history.end());
    ProblemList names = check_name_lengths(atlas, files);
    problems.insert(problems.end(), names.begin(), names.end());
    return problems;
}

}  // namespace cm
