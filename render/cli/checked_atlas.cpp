#include "render/cli/checked_atlas.hpp"

#include <filesystem>

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/atlas_loader.hpp"
#include "geodata/model/error.hpp"

namespace cm::cli {

Atlas load_checked_atlas(const std::string& data_dir) {
    namespace fs = std::filesystem;
    Atlas atlas = load_atlas(data_dir);
    const AtlasFiles files{(fs::path(data_dir) / "gazetteer.geojson").string(),
                           (fs::path(data_dir) / "history").string()};
    ProblemList problems = check_atlas(atlas, files);
    std::erase_if(problems, [](const Problem& p) { return p.severity == Severity::warning; });
    if (problems.empty())
        return atlas;
    const Problem& first = problems.front();
    std::string what = first.field.empty() ? first.message : first.field + ": " + first.message;
    if (problems.size() > 1)
        what += " (and " + std::to_string(problems.size() - 1) +
                " more problem(s): see 'campaignmap check')";
    throw DataError(first.file, first.record, what);
}

}  // namespace cm::cli
