// Borders along rivers and ranges (declared in region_faces.hpp).

#include <algorithm>
#include <cstddef>
#include <map>
#include <utility>

#include "geodata/io/region_faces.hpp"

namespace cm {
namespace {

/// The gazetteer line a border follows: its own line, or of a multi-line the part nearest
/// to @p near.
const std::vector<LonLat>* course_of(const Place& place, const LonLat& near) {
    if (const auto* l = std::get_if<LineGeometry>(&place.geometry))
        return &l->points;
    const auto* ml = std::get_if<MultiLineGeometry>(&place.geometry);
    if (!ml)
        return nullptr;
    const std::vector<LonLat>* best = nullptr;
    double best_km = 0.0;
    for (const auto& part : ml->lines)
        for (const LonLat& p : part)
            if (const double km = distance_km(p, near); !best || km < best_km) {
                best = &part;
                best_km = km;
            }
    return best;
}

std::size_t nearest_vertex(const std::vector<LonLat>& course, const LonLat& p) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < course.size(); ++i)
        if (distance_km(course[i], p) < distance_km(course[best], p))
            best = i;
    return best;
}

/// @returns the course's vertices from @p i to @p j (backwards when j < i).
std::vector<LonLat> run_between(const std::vector<LonLat>& course, std::size_t i, std::size_t j) {
    std::vector<LonLat> out;
    if (i <= j)
        out.assign(course.begin() + static_cast<std::ptrdiff_t>(i),
                   course.begin() + static_cast<std::ptrdiff_t>(j) + 1);
    else
        out.assign(course.rbegin() + static_cast<std::ptrdiff_t>(course.size() - 1 - i),
                   course.rbegin() + static_cast<std::ptrdiff_t>(course.size() - j));
    return out;
}

bool position_less(const LonLat& a, const LonLat& b) {
    return a.lon < b.lon || (a.lon == b.lon && a.lat < b.lat);
}

using Moves = std::map<LonLat, LonLat, decltype(&position_less)>;

}  // namespace

void follow_features(std::vector<Border>& borders, const std::vector<Place>& places) {
    std::vector<bool> placed(borders.size(), false);
    Moves moves(&position_less);
    for (std::size_t b = 0; b < borders.size(); ++b) {
        Border& border = borders[b];
        const Place* place = nullptr;
        for (const Place& p : places)
            if (!border.follows.empty() && p.id == border.follows)
                place = &p;
        const LonLat first = border.line.points.front(), last = border.line.points.back();
        const auto* course = place ? course_of(*place, first) : nullptr;
        if (!course || course->size() < 2)
            continue;
        const std::size_t i = nearest_vertex(*course, first), j = nearest_vertex(*course, last);
        border.follows_moved_km =
            std::max(distance_km(first, (*course)[i]), distance_km(last, (*course)[j]));
        if (i == j || border.follows_moved_km > kFollowsSnapKm)
            continue;
        border.line.points = run_between(*course, i, j);
        placed[b] = true;
        moves.emplace(first, (*course)[i]);
        moves.emplace(last, (*course)[j]);
    }
    for (std::size_t b = 0; b < borders.size(); ++b)
        if (!placed[b])
            for (LonLat* end : {&borders[b].line.points.front(), &borders[b].line.points.back()})
                if (auto it = moves.find(*end); it != moves.end())
                    *end = it->second;
}

}  // namespace cm
