#include "toml_limits.hpp"

namespace cm {
namespace {

/// A position in the text being scanned, with its line.
struct Scan {
    std::string_view text;
    std::size_t at = 0;
    std::size_t line = 1;

    bool done() const { return at >= text.size(); }
    bool starts(std::string_view s) const { return text.substr(at, s.size()) == s; }
    void step() {
        if (text[at] == '\n')
            ++line;
        ++at;
    }
};

/// Skips a string starting at the quote under the cursor (basic or literal, one line or
/// multi-line). A one-line string stops at the end of its line, where toml++ stops too.
void skip_string(Scan& s) {
    const char quote = s.text[s.at];
    const std::string_view triple = quote == '"' ? "\"\"\"" : "'''";
    const bool multi = s.starts(triple);
    s.at += multi ? 3 : 1;
    while (!s.done()) {
        if (quote == '"' && s.text[s.at] == '\\') {
            s.step();
            if (!s.done())
                s.step();
            continue;
        }
        if (multi && s.starts(triple)) {
            s.at += 3;
            for (int extra = 0; extra < 2 && !s.done() && s.text[s.at] == quote; ++extra)
                ++s.at;  // up to two quotes just before the closing three belong to the string
            return;
        }
        if (!multi && (s.text[s.at] == quote || s.text[s.at] == '\n')) {
            if (s.text[s.at] == quote)
                ++s.at;
            return;
        }
        s.step();
    }
}

std::string key_problem(std::size_t parts) {
    return "a dotted key or table header of " + std::to_string(parts) + " parts (at most " +
           std::to_string(kMaxTomlKeyParts) + ")";
}

}  // namespace

std::optional<TomlLimitProblem> toml_limit_problem(std::string_view text) {
    Scan s{text};
    std::size_t depth = 0;
    std::size_t dots = 0;  // in the current key: the run since the last '=', ',', bracket or line
    std::size_t key_line = 1;
    const auto end_key = [&]() -> std::optional<TomlLimitProblem> {
        if (dots + 1 > kMaxTomlKeyParts)
            return TomlLimitProblem{key_line, key_problem(dots + 1)};
        dots = 0;
        return std::nullopt;
    };
    while (!s.done()) {
        const char c = s.text[s.at];
        if (c == '"' || c == '\'') {
            skip_string(s);
            continue;
        }
        if (c == '#') {
            while (!s.done() && s.text[s.at] != '\n')
                ++s.at;
            continue;
        }
        if (c == '.' && dots++ == 0)
            key_line = s.line;
        if (c == '=' || c == ',' || c == '\n' || c == '[' || c == ']' || c == '{' || c == '}')
            if (auto problem = end_key())
                return problem;
        if ((c == '[' || c == '{') && ++depth > kMaxTomlNesting)
            return TomlLimitProblem{s.line, "arrays or inline tables nested more than " +
                                                std::to_string(kMaxTomlNesting) + " deep"};
        if ((c == ']' || c == '}') && depth > 0)
            --depth;
        s.step();
    }
    return end_key();
}

}  // namespace cm
