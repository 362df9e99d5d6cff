#include "render/cli/checked_atlas.hpp"

#include <filesystem>

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/atlas_loader.hpp"
#include "geodata/model/error.hpp"

namespace cm::cli {
namespace {

AtlasFiles files_of(const std::string& data_dir) {
    namespace fs = std::filesystem;
    return {(fs::path(data_dir) / "gazetteer.geojson").string(),
            (fs::path(data_dir) / "history").string()};
}

/// @throws DataError for the first error of @p problems, with the count of the others.
void throw_if_errors(ProblemList problems) {
    std::erase_if(problems, [](const Problem& p) { return p.severity == Severity::warning; });
    if (problems.empty())
        return;
    const Problem& first = problems.front();
    std::string what = first.field.empty() ? first.message : first.field + ": " + first.message;
    if (problems.size() > 1)
        what += " (and " + std::to_string(problems.size() - 1) +
                " more problem(s): see 'campaignmap check')";
    throw DataError(first.file, first.record, what);
}

}  // namespace

Atlas load_checked_atlas(const std::string& data_dir) {
    Atlas atlas = load_atlas(data_dir);
    throw_if_errors(check_atlas(atlas, files_of(data_dir)));
    return atlas;
}

AtlasUnderCheck::AtlasUnderCheck(const std::string& data_dir)
    : m_atlas(std::make_unique<const Atlas>(load_atlas(data_dir))) {
    const AtlasFiles files = files_of(data_dir);
    m_topology = std::async(std::launch::async, [atlas = m_atlas.get(), files] {
                     return check_atlas_topology(*atlas, files);
                 }).share();
    ProblemList records = check_atlas_records(*m_atlas, files);
    if (count_of(records, Severity::error) == 0)
        return;
    const ProblemList topology = m_topology.get();
    records.insert(records.end(), topology.begin(), topology.end());
    throw_if_errors(std::move(records));
}

void AtlasUnderCheck::require_checked() {
    throw_if_errors(m_topology.get());
}

}  // namespace cm::cli
