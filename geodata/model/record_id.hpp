#pragma once

// Ids for records campaignmap writes itself (drafts, draft gazetteer features): made from a
// record's words, then made unique within the file.

#include <map>
#include <string>

namespace cm {

/// @returns @p id, or "ID-2", "ID-3", ... (the first not handed out yet) when @p id was
/// already given; records what it returns in @p used ("siege-sayram-1681",
/// "siege-sayram-1681-2").
std::string unique_id(const std::string& id, std::map<std::string, int>& used);

}  // namespace cm
