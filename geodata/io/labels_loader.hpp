#pragma once

// The names by language of a dataset: labels.toml beside the gazetteer (geodata/README.md,
// "Names by language"). Optional: a dataset without it is drawn in English in every language.

#include <string>
#include <vector>

#include "geodata/model/labels.hpp"

namespace cm {

/// @returns the [[label]] records of @p path, none when the file does not exist.
/// @throws DataError naming the file, the record and the key of an unknown kind, a bad
/// language tag, an empty name, a missing source or a record given twice.
std::vector<LabelRecord> load_labels(const std::string& path);

}  // namespace cm
