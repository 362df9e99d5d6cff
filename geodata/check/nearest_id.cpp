#include "geodata/check/nearest_id.hpp"

#include <algorithm>
#include <cstddef>

namespace cm {
namespace {

constexpr std::size_t kMaxSlip = 4;
/// Longest id compared: a slip in a longer one is no typing slip worth pointing out, and the
/// comparison costs the product of the lengths.
constexpr std::size_t kMaxComparedLength = 128;

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string nearest_id(std::string_view unknown, const std::vector<std::string>& ids) {
    std::string best;
    std::size_t best_distance = 0;
    if (unknown.size() > kMaxComparedLength + kMaxSlip)
        return best;
    for (const std::string& id : ids) {
        const std::size_t allowed =
            std::min(kMaxSlip, std::max<std::size_t>(1, std::max(unknown.size(), id.size()) / 3));
        const std::size_t length_gap =
            unknown.size() > id.size() ? unknown.size() - id.size() : id.size() - unknown.size();
        if (length_gap > allowed || id.size() > kMaxComparedLength)
            continue;  // no edits of that many letters can bridge it; or too long to compare
        const std::size_t d = edit_distance(unknown, id);
        if (d <= allowed && (best.empty() || d < best_distance)) {
            best = id;
            best_distance = d;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view unknown, const std::vector<std::string>& ids) {
    const std::string near = nearest_id(unknown, ids);
    return near.empty() ? "" : " (did you mean '" + near + "'?)";
}

}  // namespace cm
