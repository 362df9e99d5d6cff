#include "geodata/io/vector_cache.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <sys/stat.h>

#include "geodata/io/atomic_file.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

namespace fs = std::filesystem;

/// FNV-1a: a stable hash, so a cache survives rebuilding campaignmap.
std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t h = 14695981039346656037ull;
    for (const unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

/// The copy's name: the source's stem and a hash of its absolute path, size and modification
/// time, so an edited or replaced source gets a new copy.
std::optional<fs::path> copy_path(const std::string& path, const fs::path& dir) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    if (ec)
        return std::nullopt;
    const std::string key = absolute.string() + '\n' + std::to_string(st.st_size) + '\n' +
                            std::to_string(st.st_mtim.tv_sec) + '.' +
                            std::to_string(st.st_mtim.tv_nsec);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
    return dir / (absolute.stem().string() + '-' + hex + ".fgb");
}

/// Copies the first layer of @p source, feature by feature, into a new FlatGeobuf file at
/// @p target. @throws DataError or OutputError when GDAL fails.
void write_flatgeobuf(const std::string& source, const std::string& target) {
    ogr::DatasetPtr in = ogr::open_geojson(source);
    OGRLayer* layer = in->GetLayer(0);
    if (!layer)
        throw DataError(source, "", "has no layer");
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("FlatGeobuf");
    if (!driver)
        throw OutputError(target, "GDAL has no FlatGeobuf driver");
    AtomicFile file(target);
    std::remove(file.temp_path().c_str());  // the driver creates the file itself
    {
        ogr::DatasetPtr out(
            driver->Create(file.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!out)
            throw OutputError(target, "cannot create: " + ogr::last_error());
        const char* options[] = {"SPATIAL_INDEX=NO", nullptr};  // keeps the features' order
        OGRLayer* copy = out->CreateLayer(layer->GetName(), nullptr, layer->GetGeomType(),
                                          const_cast<char**>(options));
        if (!copy)
            throw OutputError(target, "cannot create the layer: " + ogr::last_error());
        OGRFeatureDefn* definition = layer->GetLayerDefn();
        for (int i = 0; i < definition->GetFieldCount(); ++i)
            if (copy->CreateField(definition->GetFieldDefn(i)) != OGRERR_NONE)
                throw OutputError(target, "cannot copy a field: " + ogr::last_error());
        layer->ResetReading();
        while (ogr::FeaturePtr feature{layer->GetNextFeature()}) {
            ogr::FeaturePtr out_feature{OGRFeature::CreateFeature(copy->GetLayerDefn())};
            out_feature->SetFrom(feature.get(), TRUE);
            if (copy->CreateFeature(out_feature.get()) != OGRERR_NONE)
                throw OutputError(target, "cannot write a feature: " + ogr::last_error());
        }
    }  // closing the dataset completes the file
    file.commit();
}

}  // namespace

std::optional<std::string> vector_cache_dir() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && *xdg)
        return (fs::path(xdg) / "campaignmap" / "vectors").string();
    const char* home = std::getenv("HOME");
    if (home && *home)
        return (fs::path(home) / ".cache" / "campaignmap" / "vectors").string();
    return std::nullopt;
}

std::string fast_copy_of(const std::string& path, const std::optional<std::string>& cache_dir) {
    const std::string ext = fs::path(path).extension().string();
    if (!cache_dir || (ext != ".geojson" && ext != ".json"))
        return path;
    const std::optional<fs::path> copy = copy_path(path, *cache_dir);
    if (!copy)
        return path;
    std::error_code ec;
    if (fs::exists(*copy, ec))
        return copy->string();
    try {
        fs::create_directories(*cache_dir);
        write_flatgeobuf(path, copy->string());
        return copy->string();
    } catch (const std::exception&) {  // Error or filesystem_error: read the source instead
        return path;
    }
}

}  // namespace cm
