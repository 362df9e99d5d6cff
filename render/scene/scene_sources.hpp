#pragma once

// detail of build_scene: which articles a scene's records cite, for the credits line.

#include <string>
#include <vector>

namespace cm::detail {

/// The article part of a source ("kazakh-dzungar-war-1635-1658, Course of the war" →
/// "kazakh-dzungar-war-1635-1658"); empty for an empty source.
std::string article_of(const std::string& source);

/// Adds the article of @p source to @p sources, keeping them sorted and unique.
void add_source(std::vector<std::string>& sources, const std::string& source);

}  // namespace cm::detail
