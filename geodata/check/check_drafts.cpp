// Drafts written by `campaignmap draft` (and gazetteer suggestions) are proposals: a dataset
// that still holds one is refused until a historian has reviewed it and set its certainty.

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/history_loader.hpp"

namespace cm {
namespace {

constexpr const char* kWhatToDo =
    "certainty is \"draft\": review the record against its source, then set certainty to "
    "exact, approximate or uncertain";

void report(ProblemList& out, const std::string& file, const std::string& record) {
    out.push_back({file, record, "certainty", kWhatToDo});
}

}  // namespace

ProblemList check_drafts(const Atlas& atlas, const AtlasFiles& files) {
    const HistoryFiles history = history_files(files.history_dir);
    ProblemList out;
    for (const Place& p : atlas.places)
        if (p.certainty == Certainty::draft)
            report(out, files.gazetteer, "feature '" + p.id + "'");
    for (const Event& e : atlas.events)
        if (e.certainty == Certainty::draft)
            report(out, history.events, "event '" + e.id + "'");
    for (const Campaign& c : atlas.campaigns)
        for (std::size_t i = 0; i < c.legs.size(); ++i)
            if (c.legs[i].certainty == Certainty::draft)
                report(out, history.campaigns,
                       "campaign '" + c.id + "' leg #" + std::to_string(i + 1));
    for (const Control& c : atlas.control)
        if (c.certainty == Certainty::draft)
            report(out, history.control,
                   "control '" + c.region_id + " " + std::to_string(c.years.first) + "-" +
                       std::to_string(c.years.last) + "'");
    return out;
}

}  // namespace cm
