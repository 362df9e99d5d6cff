#pragma once

// Data problems are values with a location: `check` collects every one of them,
// `render` stops at the first (the loaders throw DataError instead).

#include <cstddef>
#include <string>
#include <vector>

namespace cm {

/// An error makes the data unusable (`check` fails, `render` stops); a warning is most
/// likely a mistake (a place far away, an event outside every war) but may be meant.
enum class Severity { error, warning };

struct Problem {
    std::string file;    ///< path of the data file
    std::string record;  ///< feature / table / id at fault
    std::string field;   ///< property or key, empty when the record as a whole is wrong
    std::string message;
    Severity severity = Severity::error;
};

using ProblemList = std::vector<Problem>;

/// @returns how many of @p problems are of @p severity.
std::size_t count_of(const ProblemList& problems, Severity severity);

/// @returns "file: record: field: message", skipping empty parts.
std::string to_string(const Problem& p);

}  // namespace cm
