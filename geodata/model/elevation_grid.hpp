#pragma once

// A regular lon/lat grid of ground heights (negative below sea level), the input of the
// relief layer. Cells are addressed by their centres; row 0 is the northernmost row.

#include <cstddef>
#include <vector>

namespace cm {

/// A size in grid cells: how fine a grid a reader needs at most (0: no limit that way).
struct GridSize {
    int columns = 0;
    int rows = 0;
};

struct ElevationGrid {
    int width = 0;
    int height = 0;
    /// Cell-centre bounds, degrees: column 0 is at `west`, row 0 at `north`.
    double west = 0.0, south = 0.0, east = 0.0, north = 0.0;
    /// width*height heights in metres, row by row from the north.
    std::vector<float> metres;

    double cell_width_deg() const { return width > 1 ? (east - west) / (width - 1) : 0.0; }
    double cell_height_deg() const { return height > 1 ? (north - south) / (height - 1) : 0.0; }
    float at(int column, int row) const {
        return metres[static_cast<std::size_t>(row) * static_cast<std::size_t>(width) +
                      static_cast<std::size_t>(column)];
    }
};

}  // namespace cm
