#pragma once

// "did you mean 'karaganda'?": the existing id closest to an unknown one.

#include <string>
#include <string_view>
#include <vector>

namespace cm {

/// @returns the id of @p ids nearest to @p unknown by edit distance, when it is near enough
/// to be a slip (at most a third of the longer id's characters, and at most 4), else "".
/// Ids longer than 128 characters are never suggested, so a huge id costs its length only.
std::string nearest_id(std::string_view unknown, const std::vector<std::string>& ids);

/// @returns " (did you mean 'ID'?)" for nearest_id(), or "" when there is none.
std::string did_you_mean(std::string_view unknown, const std::vector<std::string>& ids);

}  // namespace cm
