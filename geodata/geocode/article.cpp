#include "article.hpp"

#include <algorithm>
#include <filesystem>

#include "geodata/files/input_file.hpp"
#include "geodata/geocode/normalize.hpp"
#include "geodata/model/error.hpp"

namespace cm::geocode {
namespace {

constexpr std::string_view kIntroduction = "Introduction";
constexpr std::string_view kInfobox = "Infobox";

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

/// @returns the title of a "== Title ==" line (two or more '='), or nothing.
std::string_view heading_title(std::string_view line) {
    line = trim(line);
    const auto open = line.find_first_not_of('=');
    if (open < 2 || open == std::string_view::npos)
        return {};
    const auto close = line.find_last_not_of('=');
    if (line.size() - 1 - close < 2)
        return {};
    return trim(line.substr(open, close - open + 1));
}

/// Parses the text line by line, tracking byte and code point positions.
struct LineParser {
    Article& article;
    std::size_t offset = 0;
    bool in_infobox = false;
    bool seen_heading = false;

    void add_section(std::string_view title) {
        if (!article.sections.empty() && article.sections.back().offset == offset)
            article.sections.back().title = std::string(title);
        else
            article.sections.push_back({std::string(title), offset});
    }

    void read_field(std::string_view line, std::size_t byte) {
        const auto colon = line.find(':', 2);
        if (colon == std::string_view::npos)
            return;
        std::size_t start = colon + 1;
        while (start < line.size() && line[start] == ' ')
            ++start;
        article.infobox.push_back({std::string(trim(line.substr(2, colon - 2))),
                                   std::string(trim(line.substr(start))), byte + start,
                                   offset + count_code_points(line.substr(0, start))});
    }

    void line(std::string_view text, std::size_t byte) {
        const std::string_view title = heading_title(text);
        const bool field = in_infobox && text.rfind("- ", 0) == 0;
        if (in_infobox && !field) {
            in_infobox = false;
            if (!seen_heading)
                add_section(kIntroduction);
        }
        if (!title.empty()) {
            seen_heading = true;
            add_section(title);
        } else if (trim(text) == kInfobox) {
            in_infobox = true;
            add_section(kInfobox);
        } else if (field) {
            read_field(text, byte);
        }
        offset += count_code_points(text) + 1;
    }
};

}  // namespace

Article parse_article(std::string name, std::string text) {
    Article article{std::move(name), std::move(text), {{std::string(kIntroduction), 0}}, {}};
    LineParser parser{article};
    const std::string_view all = article.text;
    std::size_t byte = 0;
    while (byte < all.size()) {
        const auto end = std::min(all.find('\n', byte), all.size());
        parser.line(all.substr(byte, end - byte), byte);
        byte = end + 1;
    }
    return article;
}

Article read_article(const std::string& path) {
    namespace fs = std::filesystem;
    std::string problem;
    std::string text = try_read_input_file(path, kMaxArticleBytes, problem);
    if (problem == "no such file")
        problem = "no such article file";
    if (!problem.empty())
        throw DataError(path, "", problem);
    if (const auto bad = first_invalid_utf8(text)) {
        const auto line =
            1 + std::count(text.begin(), text.begin() + static_cast<long>(*bad), '\n');
        throw DataError(path, "line " + std::to_string(line),
                        "not UTF-8 text (byte " + std::to_string(*bad) + ")");
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw DataError(path, "", "the article is empty");
    return parse_article(fs::path(path).stem().string(), std::move(text));
}

const std::string& section_at(const Article& article, std::size_t offset) {
    auto after = std::upper_bound(article.sections.begin(), article.sections.end(), offset,
                                  [](std::size_t o, const Section& s) { return o < s.offset; });
    return std::prev(after)->title;
}

}  // namespace cm::geocode
