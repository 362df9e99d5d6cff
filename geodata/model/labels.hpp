#pragma once

// Names by language: what a map in Russian or Kazakh calls a place, a polity, a region, an
// event or a war. Kept beside the records they name (data file labels.toml), in the spirit of
// the Linked Places Format's toponyms with language tags; a record without a name in a
// language is drawn with its English name.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cm {

/// The kinds of record a name by language belongs to.
enum class NamedKind { place, polity, region, event, war };

std::string_view to_string(NamedKind k);
std::optional<NamedKind> named_kind_from_string(std::string_view s);

/// The names of one record in languages other than English, with where they come from.
struct LabelRecord {
    NamedKind kind = NamedKind::place;
    std::string id;  ///< the record's id in the gazetteer or the history
    /// Language tag ("ru", "kk") to the name in that language.
    std::map<std::string, std::string> names;
    std::string source;  ///< the reference the forms come from
    std::string note;
};

/// @returns the name of record @p id of kind @p kind in @p language, or nullptr.
const std::string* label_of(const std::vector<LabelRecord>& labels, NamedKind kind,
                            std::string_view id, std::string_view language);

/// @returns whether @p tag is a language tag as labels.toml takes it: two or three lower-case
/// letters (ISO 639-1 or 639-3).
bool is_language_tag(std::string_view tag);

}  // namespace cm
