#pragma once

// detail of build_scene: which articles and which other works a scene's records cite, for the
// credits line.

#include <string>
#include <vector>

namespace cm::detail {

/// The article part of a source ("kazakh-dzungar-war-1635-1658, Course of the war" →
/// "kazakh-dzungar-war-1635-1658"), or a reference's author ("Perdue, China Marches West
/// (2005)" → "Perdue"); empty for an empty source.
std::string article_of(const std::string& source);

/// Whether @p source's first citation (up to a ';') is a standard reference rather than an
/// article: an author, a title and its year in brackets, "Perdue, China Marches West (2005)".
bool is_reference(const std::string& source);

/// Adds the article of @p source to @p sources, or its author to @p references when it is a
/// reference, keeping each sorted and unique.
void add_source(std::vector<std::string>& sources, std::vector<std::string>& references,
                const std::string& source);

}  // namespace cm::detail
