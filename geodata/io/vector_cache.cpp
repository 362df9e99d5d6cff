#include "geodata/io/vector_cache.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <sys/stat.h>

#include "geodata/files/atomic_file.hpp"
#include "geodata/io/detail/file_digest.hpp"
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
/// time, so an edited or replaced source gets a new copy (and of the cache's format: copies
/// made before they carried a checksum are not taken for damaged ones).
std::optional<fs::path> copy_path(const std::string& path, const fs::path& dir) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    if (ec)
        return std::nullopt;
    const std::string key = "checked\n" + absolute.string() + '\n' + std::to_string(st.st_size) +
                            '\n' + std::to_string(st.st_mtim.tv_sec) + '.' +
                            std::to_string(st.st_mtim.tv_nsec);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
    return dir / (absolute.stem().string() + '-' + hex + ".fgb");
}

/// Copies the first layer of @p source, feature by feature, into a new FlatGeobuf file at
/// @p file (@p target names the copy in messages). @returns how many features it wrote.
/// @throws DataError or OutputError when GDAL fails.
long write_flatgeobuf(const std::string& source, const std::string& file,
                      const std::string& target) {
    ogr::DatasetPtr in = ogr::open_geojson(source);
    OGRLayer* layer = in->GetLayer(0);
    if (!layer)
        throw DataError(source, "", "has no layer");
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("FlatGeobuf");
    if (!driver)
        throw OutputError(target, "GDAL has no FlatGeobuf driver");
    ogr::DatasetPtr out(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
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
    long written = 0;
    while (ogr::FeaturePtr feature{layer->GetNextFeature()}) {
        ogr::FeaturePtr out_feature{OGRFeature::CreateFeature(copy->GetLayerDefn())};
        out_feature->SetFrom(feature.get(), TRUE);
        if (copy->CreateFeature(out_feature.get()) != OGRERR_NONE)
            throw OutputError(target, "cannot write a feature: " + ogr::last_error());
        ++written;
    }
    CPLErrorReset();
    out.reset();  // closing the dataset completes the file
    if (CPLGetLastErrorType() >= CE_Failure)
        throw OutputError(target, "cannot complete: " + ogr::last_error());
    return written;
}

/// Reads every feature of the FlatGeobuf file @p file. @returns how many there are.
/// @throws DataError when it cannot be opened.
long count_features(const std::string& file) {
    ogr::DatasetPtr ds = ogr::open_vector(file);
    OGRLayer* layer = ds->GetLayer(0);
    long count = 0;
    while (layer && ogr::FeaturePtr{layer->GetNextFeature()})
        ++count;
    return count;
}

/// The record of a copy's size and checksum, beside it.
std::string record_path(const fs::path& copy) {
    return copy.string() + ".sum";
}

/// The first bytes of @p path (a record is one short line), or nothing when unreadable.
std::string read_record(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))  // a FIFO in its place would block the read
        return {};
    std::ifstream in(path, std::ios::binary);
    std::string text(128, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

/// What a look at the place of a cached copy finds.
struct CopyState {
    bool present = false;  ///< something is there (a file, a directory...)
    std::string damage;    ///< why it cannot be used; empty when it is sound or absent
};

/// Checks the copy at @p copy against its record, reading all its bytes.
CopyState inspect(const fs::path& copy) {
    struct stat st {};
    if (::lstat(copy.c_str(), &st) != 0) {
        const int error = errno;  // ENOENT, ENOTDIR: no copy, or no cache directory at all
        return {error != ENOENT && error != ENOTDIR,
                std::string("cannot look at it: ") + std::strerror(error)};
    }
    std::string why;
    const std::optional<detail::FileDigest> actual = detail::digest_of(copy.string(), why);
    if (!actual)
        return {true, why};
    const std::optional<detail::FileDigest> recorded =
        detail::parse_digest(read_record(record_path(copy)));
    if (!recorded)
        return {true, "its checksum record is missing or unreadable"};
    if (recorded->size != actual->size)
        return {true, std::to_string(actual->size) + " bytes where " +
                          std::to_string(recorded->size) + " were written"};
    if (recorded->crc32 != actual->crc32)
        return {true, "its bytes do not match their checksum"};
    return {true, ""};
}

/// Makes the copy of @p source at @p copy: the FlatGeobuf under a temporary name, read back in
/// full, its record, then the rename, so a copy never stands without a record of what it
/// should be. Whatever was at @p copy (a damaged file, a directory, a FIFO) is removed first.
/// @throws Error or filesystem_error when anything fails.
void build_copy(const std::string& source, const fs::path& copy, const fs::path& dir) {
    fs::create_directories(dir);
    std::error_code ec;
    fs::remove(record_path(copy), ec);
    const fs::file_status there = fs::symlink_status(copy);
    if (fs::is_directory(there))
        fs::remove_all(copy);
    else if (fs::exists(there) && !fs::is_regular_file(there))
        fs::remove(copy);  // a FIFO, socket or link in the cache's own place
    AtomicFile file(copy.string());
    std::remove(file.temp_path().c_str());  // the driver creates the file itself
    const long written = write_flatgeobuf(source, file.temp_path(), copy.string());
    if (count_features(file.temp_path()) != written)
        throw OutputError(copy.string(), "the copy does not read back whole");
    std::string why;
    const std::optional<detail::FileDigest> digest = detail::digest_of(file.temp_path(), why);
    if (!digest)
        throw OutputError(copy.string(), why);
    write_file_atomically(record_path(copy), detail::to_text(*digest));
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

VectorToRead fast_copy_of(const std::string& path, const std::optional<std::string>& cache_dir) {
    const std::string ext = fs::path(path).extension().string();
    if (!cache_dir || (ext != ".geojson" && ext != ".json"))
        return {path, ""};
    const std::optional<fs::path> copy = copy_path(path, *cache_dir);
    if (!copy)
        return {path, ""};
    const CopyState state = inspect(*copy);
    if (state.present && state.damage.empty())
        return {copy->string(), ""};
    const std::string damaged = state.present ? "vector cache " + copy->string() + " (of " + path +
                                                    ") is damaged (" + state.damage + ")"
                                              : "";
    try {
        build_copy(path, *copy, *cache_dir);
        return {copy->string(), damaged.empty() ? "" : damaged + "; rebuilt"};
    } catch (const std::exception&) {  // Error or filesystem_error: read the source instead
        return {path, damaged.empty() ? "" : damaged + "; read the source instead"};
    }
}

}  // namespace cm
