#include "check_atlas.hpp"

#include "geodata/check/detail/history_checks.hpp"

namespace cm {

namespace {

/// Appends the checks that follow the history's to @p problems: names, drafts, labels, then
/// plausibility.
void add_later_checks(const Atlas& atlas, const AtlasFiles& files, ProblemList& problems) {
    for (const ProblemList& more : {check_name_lengths(atlas, files), check_drafts(atlas, files),
                                    check_labels(atlas, files), check_plausibility(atlas, files)})
        problems.insert(problems.end(), more.begin(), more.end());
}

}  // namespace

ProblemList check_atlas(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems = check_gazetteer(atlas, files);
    ProblemList history = check_history(atlas, files);
    problems.insert(problems.end(), history.begin(), history.end());
    add_later_checks(atlas, files, problems);
    return problems;
}

ProblemList check_atlas_records(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems = check_gazetteer(atlas, files);
    detail::check_history_but_topology(atlas, files, problems);
    add_later_checks(atlas, files, problems);
    return problems;
}

}  // namespace cm
