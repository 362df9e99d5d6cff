// Area labels: region, polity and lake names centred on their anchor, on one line or
// stacked on two or three.

#include <algorithm>
#include <array>
#include <cstdint>

#include <glib.h>

#include "render/labels/candidates.hpp"

namespace cm {
namespace {

/// Widest line, in font sizes, that still reads as one region's name.
constexpr double kAreaLineEms = 12.0;
constexpr std::size_t kMaxLines = 3;
/// Fewest letters on a line of a stacked name.
constexpr std::size_t kShortestLine = 4;

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start)
            words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

std::size_t letters(const std::string& text) {
    return static_cast<std::size_t>(g_utf8_strlen(text.c_str(), static_cast<gssize>(text.size())));
}

/// The words joined into @p lines lines so that the longest line is shortest.
std::vector<std::string> balanced(const std::vector<std::string>& words, std::size_t lines) {
    std::vector<std::string> best;
    std::size_t best_longest = SIZE_MAX;
    // Breaks after word i and word j (j unused for two lines); the words are few.
    const std::size_t n = words.size();
    for (std::size_t i = 1; i < n; ++i) {
        for (std::size_t j = (lines == 3 ? i + 1 : n); j <= n; ++j) {
            if (lines == 3 && j == n)
                break;
            std::vector<std::string> set(lines);
            for (std::size_t w = 0; w < n; ++w) {
                const std::size_t line = w < i ? 0 : (w < j ? 1 : 2);
                set[line] += (set[line].empty() ? "" : " ") + words[w];
            }
            std::size_t longest = 0;
            std::size_t shortest = SIZE_MAX;
            for (const std::string& line : set) {
                longest = std::max(longest, letters(line));
                shortest = std::min(shortest, letters(line));
            }
            // A line of a lone "of" or "and" reads as a stray word, not as part of a name.
            if (shortest < kShortestLine)
                continue;
            if (longest < best_longest) {
                best_longest = longest;
                best = set;
            }
        }
    }
    return best;
}

/// The runs of @p lines stacked and centred on @p centre.
Candidate stacked(const LabelRequest& request, const std::vector<SetText>& lines, PagePt centre) {
    const double leading = 1.2 * request.font.size_pt;
    const double cap = detail::cap_height_pt(request.font);
    const double block = static_cast<double>(lines.size() - 1) * leading;
    Candidate candidate;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PagePt origin{centre.x - lines[i].advance_pt / 2.0,
                            centre.y - block / 2.0 + cap / 2.0 + static_cast<double>(i) * leading};
        Candidate line = detail::straight_candidate(request, lines[i], origin);
        candidate.runs.push_back(std::move(line.runs.front()));
        candidate.boxes.push_back(line.boxes.front());
    }
    return candidate;
}

double widest_of(const std::vector<SetText>& lines) {
    double widest = 0.0;
    for (const SetText& line : lines)
        widest = std::max(widest, line.advance_pt);
    return widest;
}

/// The candidates of one stack: centred, then shifted by lines and by quarters.
std::vector<Candidate> shifted(const LabelRequest& request, const std::vector<SetText>& lines) {
    const double line = 1.2 * request.font.size_pt;
    const double quarter = widest_of(lines) / 4.0;
    struct Shift {
        double x, y;
    };
    const std::array<Shift, 9> shifts{{{0, 0},
                                       {0, -line},
                                       {0, line},
                                       {-quarter, 0},
                                       {quarter, 0},
                                       {0, -2 * line},
                                       {0, 2 * line},
                                       {-quarter, -line},
                                       {quarter, line}}};
    std::vector<Candidate> candidates;
    for (const Shift& shift : shifts)
        candidates.push_back(
            stacked(request, lines, {request.anchor.x + shift.x, request.anchor.y + shift.y}));
    return candidates;
}

}  // namespace

namespace detail {

std::vector<std::vector<std::string>> line_breaks(const std::string& text) {
    const std::vector<std::string> words = words_of(text);
    if (words.empty())
        return {};
    std::vector<std::vector<std::string>> variants{{text}};
    for (std::size_t lines = 2; lines <= std::min(kMaxLines, words.size()); ++lines) {
        std::vector<std::string> variant = balanced(words, lines);
        if (!variant.empty())
            variants.push_back(std::move(variant));
    }
    return variants;
}

}  // namespace detail

std::vector<Candidate> area_candidates(const LabelRequest& request, const Typesetter& typesetter) {
    std::vector<std::vector<SetText>> stacks;
    for (const std::vector<std::string>& variant : detail::line_breaks(request.text)) {
        std::vector<SetText> lines;
        for (const std::string& text : variant)
            lines.push_back(typesetter.set(request.font, text));
        stacks.push_back(std::move(lines));
    }
    // Stacks narrow enough keep their order (fewest lines first); the others follow,
    // narrowest first.
    const double limit = kAreaLineEms * request.font.size_pt;
    std::stable_sort(stacks.begin(), stacks.end(), [limit](const auto& a, const auto& b) {
        const double wa = widest_of(a);
        const double wb = widest_of(b);
        if ((wa <= limit) != (wb <= limit))
            return wa <= limit;
        return wa > limit && wa < wb;
    });
    std::vector<Candidate> candidates;
    for (const std::vector<SetText>& lines : stacks) {
        for (Candidate& candidate : shifted(request, lines))
            candidates.push_back(std::move(candidate));
    }
    return candidates;
}

}  // namespace cm
