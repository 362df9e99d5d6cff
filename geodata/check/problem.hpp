#pragma once

// Data problems are values with a location: `check` collects every one of them,
// `render` stops at the first (the loaders throw DataError instead).

#include <string>
#include <vector>

namespace cm {

struct Problem {
    std::string file;    ///< path of the data file
    std::string record;  ///< feature / table / id at fault
    std::string field;   ///< property or key, empty when the record as a whole is wrong
    std::string message;
};

using ProblemList = std::vector<Problem>;

/// @returns "file: record: field: message", skipping empty parts.
std::string to_string(const Problem& p);

}  // namespace cm
