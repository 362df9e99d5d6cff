#pragma once

// toml++ parses dotted keys, table headers, arrays and inline tables recursively, and frees
// what it built recursively too: a header of 50,000 parts overflows the stack. Before any
// TOML file (history file or style) is parsed, a cheap scan of its text bounds both.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cm {

/// Most parts of a dotted key or a table header: `[fonts.title]` has 2.
constexpr std::size_t kMaxTomlKeyParts = 32;
/// Deepest nesting of arrays and inline tables (a `[[table]]` header counts 2).
constexpr std::size_t kMaxTomlNesting = 32;

struct TomlLimitProblem {
    std::size_t line = 0;  ///< 1-based
    std::string message;
};

/// Scans @p text outside strings and comments for keys of more than kMaxTomlKeyParts parts
/// and nesting deeper than kMaxTomlNesting. Linear in the text, no recursion.
/// @returns the first problem, or nothing.
std::optional<TomlLimitProblem> toml_limit_problem(std::string_view text);

}  // namespace cm
