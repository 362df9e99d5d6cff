#include "geodata/io/relief_loader.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <gdal_priv.h>
#include <gdal_vrt.h>

#include "geodata/files/input_file.hpp"
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

/// GDAL keeps the blocks it reads in a cache of 5% of the machine's memory unless told
/// otherwise. A DEM is read once, a row of blocks at a time, so a small cache does as well,
/// and a large DEM does not leave gigabytes of blocks behind. GDAL_CACHEMAX still decides.
void limit_block_cache() {
    constexpr GIntBig kCacheBytes = 64 << 20;
    if (!CPLGetConfigOption("GDAL_CACHEMAX", nullptr))
        GDALSetCacheMax64(std::min(GDALGetCacheMax64(), kCacheBytes));
}

/// Opens @p path as a raster; a netCDF file of several variables gives its ROSE variable
/// (ETOPO5's name) or its first one.
ogr::DatasetPtr open_raster(const std::string& path) {
    check_input_file(path, kNoSizeLimit);  // GDAL reads the window only
    ogr::register_drivers();
    limit_block_cache();
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
    if (ds.GetGeoTransform(gt) != CE_None || gt[2] != 0.0 || gt[4] != 0.0 || !(gt[1] > 0.0) ||
        !(gt[5] < 0.0) || !std::isfinite(gt[0]) || !std::isfinite(gt[3]))
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
/// @p cells (a whole number of cells), held within ±2^40 so that any grid converts (a hostile
/// geotransform with a tiny cell size would overflow the cast).
long bounded_cells(double cells) {
    constexpr double kLimit = 1099511627776.0;
    return static_cast<long>(std::clamp(cells, -kLimit, kLimit));
}

std::pair<long, long> column_span(const SourceGrid& g, double west, double east) {
    double shift = 0.0;
    if (g.wraps)
        shift = 360.0 * std::floor((west - g.origin_x) / 360.0);
    const long c0 = bounded_cells(std::floor((west - shift - g.origin_x) / g.dx));
    const long c1 = bounded_cells(std::ceil((east - shift - g.origin_x) / g.dx)) - 1;
    return {c0 + static_cast<long>(std::lround(shift / 360.0)) * g.width,
            c1 + static_cast<long>(std::lround(shift / 360.0)) * g.width};
}

/// The source cells a read covers: columns [c0, c1] (absolute: they may wrap), rows [r0, r1].
struct CellSpan {
    long c0 = 0, c1 = -1;
    int r0 = 0, r1 = -1;
    int columns() const { return static_cast<int>(c1 - c0 + 1); }
    int rows() const { return r1 - r0 + 1; }
};

/// The cells of @p window and @p margin cells around it.
/// @throws DataError when the grid does not cover the window.
CellSpan span_of(const SourceGrid& g, const Bounds& window, double margin,
                 const std::string& path) {
    const double south = std::max(window.south - margin * std::abs(g.dy), -90.0);
    const double north = std::min(window.north + margin * std::abs(g.dy), 90.0);
    auto [c0, c1] = column_span(g, window.west - margin * g.dx, window.east + margin * g.dx);
    if (!g.wraps) {
        c0 = std::max(c0, 0L);
        c1 = std::min(c1, static_cast<long>(g.width) - 1);
    }
    const long first = bounded_cells(std::floor((g.origin_y - north) / -g.dy));
    const long last = bounded_cells(std::ceil((g.origin_y - south) / -g.dy)) - 1;
    const int r0 = static_cast<int>(std::clamp(first, 0L, static_cast<long>(g.height)));
    const int r1 = static_cast<int>(std::clamp(last, -1L, static_cast<long>(g.height) - 1));
    if (c1 < c0 || r1 < r0 || c1 - c0 + 1 > 2L * g.width)
        throw DataError(path, "", "does not cover the map's window");
    return {c0, c1, r0, r1};
}

/// How many source cells, each way, one cell of the grid read must average so that it has at
/// most @p most cells (a zero there: no limit); 1 when the span is small enough already.
double reduction_for(const CellSpan& span, const GridSize& most) {
    double k = 1.0;
    if (most.columns > 0)
        k = std::max(k, static_cast<double>(span.columns()) / most.columns);
    if (most.rows > 0)
        k = std::max(k, static_cast<double>(span.rows()) / most.rows);
    return k;
}

/// The size of the grid read from @p span: the span itself, or reduced alike in both
/// directions to fit in @p most (never below 2 x 2, which shading needs).
std::pair<int, int> reduced_size(const CellSpan& span, const GridSize& most) {
    const double k = reduction_for(span, most);
    if (k <= 1.0)
        return {span.columns(), span.rows()};
    const auto reduce = [k](int cells) {
        return std::max(2, std::min(cells, static_cast<int>(std::floor(cells / k))));
    };
    return {reduce(span.columns()), reduce(span.rows())};
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

/// Source columns [c0, c0+cols) as one band: @p band itself when they do not cross the
/// grid's edge (@p x0 is then their first column), else a VRT that puts the runs on either
/// side of the edge side by side (@p x0 = 0). @p keep holds the VRT.
GDALRasterBand* mosaic_of(GDALRasterBand& band, const SourceGrid& g, long c0, long cols, int r0,
                          int rows, ogr::DatasetPtr& keep, int& x0) {
    const long first = ((c0 % g.width) + g.width) % g.width;
    if (first + cols <= g.width) {
        x0 = static_cast<int>(first);
        return &band;
    }
    keep.reset(GDALDataset::FromHandle(VRTCreate(static_cast<int>(cols), rows)));
    keep->AddBand(GDT_Float32, nullptr);
    GDALRasterBand* mosaic = keep->GetRasterBand(1);
    int has_nodata = 0;
    const double nodata = band.GetNoDataValue(&has_nodata);
    if (has_nodata)
        mosaic->SetNoDataValue(nodata);
    for (long c = 0; c < cols;) {
        const long source = ((c0 + c) % g.width + g.width) % g.width;
        const int run = static_cast<int>(std::min<long>(cols - c, g.width - source));
        VRTAddSimpleSource(mosaic, &band, static_cast<int>(source), r0, run, rows,
                           static_cast<int>(c), 0, run, rows, "near", VRT_NODATA_UNSET);
        c += run;
    }
    x0 = 0;
    return mosaic;
}

/// Reads columns [c0, c0+cols) of rows [r0, r0+rows) into out_w x out_h cells, each the
/// average of the source cells it covers (nodata left out). GDAL reads from the band's
/// overviews when it has some fine enough, else the source a block at a time.
std::vector<float> read_reduced(GDALRasterBand& band, const SourceGrid& g, long c0, long cols,
                                int r0, int rows, int out_w, int out_h, const std::string& path) {
    ogr::DatasetPtr vrt;
    int x0 = 0;
    GDALRasterBand* source = mosaic_of(band, g, c0, cols, r0, rows, vrt, x0);
    const int y0 = source == &band ? r0 : 0;
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = GRIORA_Average;
    std::vector<float> out(static_cast<std::size_t>(out_w) * static_cast<std::size_t>(out_h));
    const CPLErr err = source->RasterIO(GF_Read, x0, y0, static_cast<int>(cols), rows, out.data(),
                                        out_w, out_h, GDT_Float32, 0, 0, &extra);
    if (err != CE_None)
        throw DataError(path, "", "cannot read heights: " + ogr::last_error());
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

ElevationGrid load_elevation(const std::string& path, const Bounds& window, const GridSize& most) {
    if (window.empty)
        throw DataError(path, "", "asked for the heights of an empty window");
    ogr::DatasetPtr ds = open_raster(path);
    const SourceGrid g = describe(*ds, path);
    CellSpan span = span_of(g, window, 1.0, path);
    const double reduction = reduction_for(span, most);
    if (reduction > 1.0)  // a margin of one reduced cell, as the hillshade samples around
        span = span_of(g, window, std::ceil(reduction) + 1.0, path);
    const auto [out_w, out_h] = reduced_size(span, most);
    GDALRasterBand& band = *ds->GetRasterBand(1);
    ElevationGrid grid;
    grid.width = out_w;
    grid.height = out_h;
    if (out_w == span.columns() && out_h == span.rows())
        grid.metres = read_block(band, g, span.c0, span.c1, span.r0, out_h, path);
    else
        grid.metres = read_reduced(band, g, span.c0, span.columns(), span.r0, span.rows(), out_w,
                                   out_h, path);
    replace_missing(grid.metres, band);
    const double sx = static_cast<double>(span.columns()) / out_w;  // source cells per cell
    const double sy = static_cast<double>(span.rows()) / out_h;
    grid.west = g.origin_x + (static_cast<double>(span.c0) + 0.5 * sx) * g.dx;
    grid.east = grid.west + (grid.width - 1) * (sx * g.dx);
    grid.north = g.origin_y + (span.r0 + 0.5 * sy) * g.dy;
    grid.south = grid.north + (grid.height - 1) * (sy * g.dy);
    return grid;
}

}  // namespace cm
