#pragma once

// Synthetic height grids for the relief tests, written with GDAL into a test's TempDir: a
// GeoTIFF of a smooth function of lon/lat, a large one of a function cheap to compute and to
// compress, and a VRT that declares a huge grid over a small file; and an in-memory grid.

#include <cmath>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "geodata/model/elevation_grid.hpp"

namespace cm::test {

/// A 5' grid over 68-82 E, 38-48 N (a little more than 70-80 E, 40-46 N) whose height is
/// @p height(lon, lat).
template <typename Height>
ElevationGrid synthetic_grid(Height height) {
    ElevationGrid g;
    g.west = 68.0;
    g.east = 82.0;
    g.south = 38.0;
    g.north = 48.0;
    g.width = 14 * 12 + 1;
    g.height = 10 * 12 + 1;
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c)
            g.metres.push_back(static_cast<float>(
                height(g.west + c * g.cell_width_deg(), g.north - r * g.cell_height_deg())));
    return g;
}

/// A north-up lon/lat grid: @p width x @p height cells from (west, north), cell_deg wide.
struct DemShape {
    int width = 0;
    int height = 0;
    double west = 0.0, north = 0.0, cell_deg = 0.0;
};

/// Writes a tiled, compressed Float32 GeoTIFF of @p height_m(lon, lat) at the cell centres.
/// @returns false when GDAL cannot write it.
inline bool write_dem(const std::string& path, const DemShape& s,
                      const std::function<double(double, double)>& height_m) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    const char* options[] = {"TILED=YES", "COMPRESS=DEFLATE", nullptr};
    GDALDataset* ds = driver ? driver->Create(path.c_str(), s.width, s.height, 1, GDT_Float32,
                                              const_cast<char**>(options))
                             : nullptr;
    if (!ds)
        return false;
    double gt[6] = {s.west, s.cell_deg, 0.0, s.north, 0.0, -s.cell_deg};
    ds->SetGeoTransform(gt);
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    ds->SetSpatialRef(&wgs84);
    std::vector<float> row(static_cast<std::size_t>(s.width));
    bool ok = true;
    for (int j = 0; j < s.height && ok; ++j) {
        const double lat = s.north - (j + 0.5) * s.cell_deg;
        for (int i = 0; i < s.width; ++i)
            row[static_cast<std::size_t>(i)] =
                static_cast<float>(height_m(s.west + (i + 0.5) * s.cell_deg, lat));
        ok = ds->GetRasterBand(1)->RasterIO(GF_Write, 0, j, s.width, 1, row.data(), s.width, 1,
                                            GDT_Float32, 0, 0, nullptr) == CE_None;
    }
    GDALClose(ds);
    return ok;
}

/// Writes a tiled, compressed 16-bit GeoTIFF of @p across(lon) + @p down(lat): a function of
/// that form costs one row to compute and compresses well, so a grid of hundreds of millions
/// of cells takes a second or two and some 20 MB. @returns false when GDAL cannot write it.
inline bool write_large_dem(const std::string& path, const DemShape& s,
                            const std::function<double(double)>& across,
                            const std::function<double(double)>& down) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    const char* options[] = {"TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=1", nullptr};
    GDALDataset* ds = driver ? driver->Create(path.c_str(), s.width, s.height, 1, GDT_Int16,
                                              const_cast<char**>(options))
                             : nullptr;
    if (!ds)
        return false;
    double gt[6] = {s.west, s.cell_deg, 0.0, s.north, 0.0, -s.cell_deg};
    ds->SetGeoTransform(gt);
    std::vector<float> first(static_cast<std::size_t>(s.width)), row(first.size());
    for (int i = 0; i < s.width; ++i)
        first[static_cast<std::size_t>(i)] =
            static_cast<float>(across(s.west + (i + 0.5) * s.cell_deg));
    bool ok = true;
    for (int j = 0; j < s.height && ok; ++j) {
        const float offset = static_cast<float>(down(s.north - (j + 0.5) * s.cell_deg));
        for (std::size_t i = 0; i < row.size(); ++i)
            row[i] = first[i] + offset;
        ok = ds->GetRasterBand(1)->RasterIO(GF_Write, 0, j, s.width, 1, row.data(), s.width, 1,
                                            GDT_Float32, 0, 0, nullptr) == CE_None;
    }
    GDALClose(ds);
    return ok;
}

/// Writes a VRT of @p shape (huge) whose only source is all of the grid @p small_path of
/// @p small_shape, covering the same ground and stretched to it cell by cell (nearest).
inline void write_stretched_vrt(const std::string& path, const DemShape& shape,
                                const std::string& small_path, const DemShape& small_shape) {
    std::ofstream out(path);
    out.precision(12);
    out << "<VRTDataset rasterXSize=\"" << shape.width << "\" rasterYSize=\"" << shape.height
        << "\">\n  <SRS>EPSG:4326</SRS>\n  <GeoTransform>" << shape.west << ", " << shape.cell_deg
        << ", 0, " << shape.north << ", 0, " << -shape.cell_deg
        << "</GeoTransform>\n  <VRTRasterBand dataType=\"Float32\" band=\"1\">\n"
        << "    <SimpleSource>\n      <SourceFilename relativeToVRT=\"0\">" << small_path
        << "</SourceFilename>\n      <SourceBand>1</SourceBand>\n      <SrcRect xOff=\"0\" "
        << "yOff=\"0\" xSize=\"" << small_shape.width << "\" ySize=\"" << small_shape.height
        << "\"/>\n      <DstRect xOff=\"0\" yOff=\"0\" xSize=\"" << shape.width << "\" ySize=\""
        << shape.height << "\"/>\n    </SimpleSource>\n  </VRTRasterBand>\n</VRTDataset>\n";
}

}  // namespace cm::test
