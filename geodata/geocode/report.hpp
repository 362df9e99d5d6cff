#pragma once

// The geocoding report: what resolved and, above all, what did not — as JSON for tools
// and as a few readable lines for the person running the command.

#include <string>

#include "geodata/geocode/geocoding.hpp"

namespace cm::geocode {

/// @returns the report as JSON:
/// {"articles": [name...], "resolved": {id: mention count...},
///  "unresolved": [{"text", "pattern", "article", "section", "offset", "length"}...]}
std::string report_json(const Geocoding& g);

/// @returns a summary for stderr: counts, then one line per unresolved candidate.
std::string report_summary(const Geocoding& g);

}  // namespace cm::geocode
