#include "ogr.hpp"

#include <filesystem>
#include <mutex>

#include <cpl_error.h>

#include "geodata/files/input_file.hpp"
#include "geodata/model/error.hpp"

namespace cm::ogr {

void register_drivers() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

std::string last_error() {
    const char* msg = CPLGetLastErrorMsg();
    return (msg && *msg) ? std::string(msg) : std::string("unknown GDAL error");
}

DatasetPtr open_vector(const std::string& path) {
    check_input_file(path, kNoSizeLimit);
    register_drivers();
    CPLErrorReset();
    DatasetPtr ds(static_cast<GDALDataset*>(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!ds)
        throw DataError(path, "", "cannot open as vector data: " + last_error());
    return ds;
}

DatasetPtr open_geojson(const std::string& path) {
    check_input_file(path, kMaxGeoJsonBytes);
    register_drivers();
    // GDAL reads a GeoJSON file with its streaming parser, which keeps little in memory but
    // costs some 600 instructions a byte; given the text itself, the driver parses it whole
    // with json-c, about three times faster, in some ten times the text's size. The
    // history's and the gazetteer's files are read on every run, so a small file is read
    // whole; a large one (a user's basemap, converted once) is streamed.
    std::string text;
    std::error_code size_error;
    if (std::filesystem::file_size(path, size_error) <= kWholeGeoJsonBytes && !size_error) {
        text = read_input_file(path, kMaxGeoJsonBytes);
        if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)  // a UTF-8 byte order mark
            text.erase(0, 3);
        // Only an object is GeoJSON text; anything else GDAL would take for a file name.
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        if (first == std::string::npos || text[first] != '{')
            throw DataError(path, "", "is not GeoJSON: it does not begin with '{'");
    }
    CPLErrorReset();
    const char* const drivers[] = {"GeoJSON", nullptr};
    const std::string& source = text.empty() ? path : text;
    DatasetPtr ds(static_cast<GDALDataset*>(
        GDALOpenEx(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
    if (!ds)
        throw DataError(path, "", "cannot open as GeoJSON: " + last_error());
    return ds;
}

}  // namespace cm::ogr
