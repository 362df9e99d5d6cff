#include "geodata/io/relief_loader.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <gdal_priv.h>

#include "geodata/io/input_file.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"

namespace cm {

namespace {

/// The grid of a north-up raster: column c covers origin_x + c*dx .. +dx.
struct SourceGrid {
    int width = 0;
    int height = 0;
    double origin_x = 0.0, dx = 0.0, origin_y = 0.0, dy = 0.0;  // dy < 0: row 0 north
    bool wraps = false;  // spans the whole globe in longitude: columns repeat modulo width
};

/// Opens @p path as a raster; a netCDF file of several variables gives its ROSE variable
/// (ETOPO5's name) or its first one.
ogr::DatasetPtr open_raster(const std::string& path) {
    check_input_file(path, kNoSizeLimit);  // GDAL reads the window only
    ogr::register_drivers();
    const unsigned flags = GDAL_OF_RASTER | GDAL_OF_READONLY;
    ogr::DatasetPtr ds(GDALDataset::Open(path.c_str(), flags));
    if (!ds)
        throw DataError(path, "", "cannot open as a height grid: " + ogr::last_error());
    if (ds->GetRasterCount() > 0)
        return ds;
    char** subs = ds->GetMetadata("SUBDATASETS");
    std::string chosen;
    for (char** s = subs; s && *s; ++s) {
        const std::string entry = *s;
        const auto eq = entry.find('=');
        if (entry.find("_NAME=") == std::string::npos || eq == std::string::npos)
            continue;
        const std::string name = entry.substr(eq + 1);
        if (chosen.empty() || name.ends_with(":ROSE"))
            chosen = name;
    }
    if (chosen.empty())
        throw DataError(path, "", "holds no raster band of heights");
    ds.reset(GDALDataset::Open(chosen.c_str(), flags));
    if (!ds)
        throw DataError(path, chosen, "cannot open: " + ogr::last_error());
    return ds;
}

SourceGrid describe(GDALDataset& ds, const std::string& path) {
    const OGRSpatialReference* srs = ds.GetSpatialRef();
    if (srs && !srs->IsGeographic())
        throw DataError(path, "", "heights must be in longitude/latitude (EPSG:4326)");
    double gt[6];
    if (ds.GetGeoTransform(gt) != CE_None || gt[2] != 0.0 || gt[4] != 0.0 || gt[1] <= 0.0 ||
        gt[5] >= 0.0)
        throw DataError(path, "", "needs a north-up grid with a geotransform");
    SourceGrid g{ds.GetRasterXSize(), ds.GetRasterYSize(), gt[0], gt[1], gt[3], gt[5], false};
    g.wraps = std::abs(g.width * g.dx - 360.0) < 2.0 * g.dx;
    // ETOPO5's longitudes are stored as float32, which puts GDAL's cell width off by 1e-6°;
    // a grid that goes round the globe has exactly 360° / width.
    if (g.wraps)
        g.dx = 360.0 / g.width;
    return g;
}

/// Source columns covering [west, east], as absolute (possibly out-of-range) indices.
std::pair<long, long> column_span(const SourceGrid& g, double west, double east) {
    double shift = 0.0;
    if (g.wraps)
        shift = 360.0 * std::floor((west - g.origin_x) / 360.0);
    const long c0 = static_cast<long>(std::floor((west - shift - g.origin_x) / g.dx));
    const long c1 = static_cast<long>(std::ceil((east - shift - g.origin_x) / g.dx)) - 1;
    return {c0 + static_cast<long>(std::lround(shift / 360.0)) * g.width,
            c1 + static_cast<long>(std::lround(shift / 360.0)) * g.width};
}

/// Reads rows [r0, r0+rows) of columns [c0, c1], wrapping column indices when the grid does.
std::vector<float> read_block(GDALRasterBand& band, const SourceGrid& g, long c0, long c1, int r0,
                              int rows, const std::string& path) {
    const int cols = static_cast<int>(c1 - c0 + 1);
    std::vector<float> out(static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows));
    long c = c0;
    while (c <= c1) {
        const long source = ((c % g.width) + g.width) % g.width;
        const int run = static_cast<int>(std::min<long>(c1 - c + 1, g.width - source));
        float* dest = out.data() + (c - c0);
        const CPLErr err = band.RasterIO(GF_Read, static_cast<int>(source), r0, run, rows, dest,
                                         run, rows, GDT_Float32, sizeof(float),
                                         static_cast<GSpacing>(cols) * sizeof(float), nullptr);
        if (err != CE_None)
            throw DataError(path, "", "cannot read heights: " + ogr::last_error());
        c += run;
    }
    return out;
}

void replace_missing(std::vector<float>& metres, GDALRasterBand& band) {
    int has_nodata = 0;
    const double nodata = band.GetNoDataValue(&has_nodata);
    for (float& v : metres) {
        const bool missing = !std::isfinite(v) || std::abs(v) > 1e7 ||
                             (has_nodata && static_cast<double>(v) == nodata);
        if (missing)
            v = 0.0f;
    }
}

}  // namespace

std::string default_relief_path() {
    return "/usr/share/ferret-vis/data/etopo5.cdf";
}

ElevationGrid load_elevation(const std::string& path, const Bounds& window) {
    if (window.empty)
        throw DataError(path, "", "asked for the heights of an empty window");
    ogr::DatasetPtr ds = open_raster(path);
    const SourceGrid g = describe(*ds, path);
    const double south = std::max(window.south - std::abs(g.dy), -90.0);
    const double north = std::min(window.north + std::abs(g.dy), 90.0);
    auto [c0, c1] = column_span(g, window.west - g.dx, window.east + g.dx);
    if (!g.wraps) {
        c0 = std::max(c0, 0L);
        c1 = std::min(c1, static_cast<long>(g.width) - 1);
    }
    const int r0 = std::max(0, static_cast<int>(std::floor((g.origin_y - north) / -g.dy)));
    const int r1 =
        std::min(g.height - 1, static_cast<int>(std::ceil((g.origin_y - south) / -g.dy)) - 1);
    if (c1 < c0 || r1 < r0 || c1 - c0 + 1 > 2L * g.width)
        throw DataError(path, "", "does not cover the map's window");
    GDALRasterBand& band = *ds->GetRasterBand(1);
    ElevationGrid grid;
    grid.width = static_cast<int>(c1 - c0 + 1);
    grid.height = r1 - r0 + 1;
    grid.metres = read_block(band, g, c0, c1, r0, grid.height, path);
    replace_missing(grid.metres, band);
    grid.west = g.origin_x + (static_cast<double>(c0) + 0.5) * g.dx;
    grid.east = grid.west + (grid.width - 1) * g.dx;
    grid.north = g.origin_y + (r0 + 0.5) * g.dy;
    grid.south = grid.north + (grid.height - 1) * g.dy;
    return grid;
}

}  // namespace cm
