#pragma once

// A source article as the geocoder reads it: its text, its sections ("== X ==" headings,
// the infobox block) and its infobox fields.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cm::geocode {

/// Where a section starts. Text before the first heading is "Introduction"; the infobox
/// block (a line "Infobox" and the "- Key: value" lines after it) is "Infobox".
struct Section {
    std::string title;
    std::size_t offset = 0;  ///< code points from the start of the article
};

/// One "- Key: value" line of the infobox.
struct InfoboxField {
    std::string key;
    std::string value;
    std::size_t byte = 0;    ///< where the value starts in the text
    std::size_t offset = 0;  ///< the same in code points
};

struct Article {
    std::string name;  ///< the file name without directory and extension
    std::string text;
    std::vector<Section> sections;  ///< in text order; the first starts at 0
    std::vector<InfoboxField> infobox;
};

/// Reads and parses an article file.
/// @throws DataError naming @p path when it is unreadable, empty or not UTF-8.
Article read_article(const std::string& path);

/// Parses an article's sections and infobox. @pre @p text is valid UTF-8.
Article parse_article(std::string name, std::string text);

/// @returns the title of the section holding code point @p offset.
const std::string& section_at(const Article& article, std::size_t offset);

}  // namespace cm::geocode
