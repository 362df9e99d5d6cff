#include "check_atlas.hpp"

#include "geodata/check/detail/history_checks.hpp"

namespace cm {

ProblemList check_atlas(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems = check_gazetteer(atlas, files);
    ProblemList history = check_history(atlas, files);
    problems.insert(problems.end(), history.begin(), history.end());
    for (const ProblemList& more : {check_name_lengths(atlas, files), check_drafts(atlas, files),
                                    check_labels(atlas, files), check_plausibility(atlas, files)})
        problems.insert(problems.end(), more.begin(), more.end());
    return problems;
}

ProblemList check_atlas_records(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems = check_gazetteer(atlas, files);
    detail::check_history_but_topology(atlas, files, problems);
    for (const ProblemList& more : {check_name_lengths(atlas, files), check_drafts(atlas, files),
                                    check_labels(atlas, files), check_plausibility(atlas, files)})
        problems.insert(problems.end(), more.begin(), more.end());
    return problems;
}

}  // namespace cm
