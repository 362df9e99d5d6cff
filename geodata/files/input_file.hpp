#pragma once

// Every input file campaignmap opens itself (gazetteer, history, articles, styles, frame
// manifests and frames, relief and basemap files) is checked here first: it must be a regular
// file after following links, and no larger than the limit of its kind. A named pipe, a
// device, a directory or a symbolic link loop is refused from its metadata alone, without
// opening it, so nothing waits on a pipe that never ends.

#include <cstdint>
#include <string>

namespace cm {

constexpr std::uintmax_t kMiB = 1024 * 1024;

/// A TOML file: a history file, a style, a frame directory's manifest.
constexpr std::uintmax_t kMaxTomlBytes = 64 * kMiB;
/// An article: 50 MB articles are geocoded (in about 1.2 GB of memory); four times that
/// would not fit the memory of a small machine.
constexpr std::uintmax_t kMaxArticleBytes = 128 * kMiB;
/// A GeoJSON file we read whole (the gazetteer, the regions): GDAL holds the parsed
/// document, several times its size, in memory.
constexpr std::uintmax_t kMaxGeoJsonBytes = 256 * kMiB;
/// A GeoJSON file up to this size is parsed whole, faster than streamed (ogr::open_geojson).
constexpr std::uintmax_t kWholeGeoJsonBytes = 16 * kMiB;
/// A text list (geocode/not_places.txt).
constexpr std::uintmax_t kMaxListBytes = 16 * kMiB;
/// A PNG frame of a frame directory: at most 20000 x 20000 pixels of 4 bytes, compressed.
constexpr std::uintmax_t kMaxFrameBytes = 1600 * kMiB;
/// Files GDAL reads by windows (relief DEMs, basemap shapefiles): no limit on their size.
constexpr std::uintmax_t kNoSizeLimit = UINTMAX_MAX;

/// @returns why @p path cannot be read as an input of at most @p max_bytes ("is a named pipe
/// (FIFO), not a regular file", "is 70.0 MiB, more than the 64 MiB limit"), or "" when it
/// can. Looks at the file's metadata only; never opens it.
std::string input_file_problem(const std::string& path, std::uintmax_t max_bytes);

/// @throws DataError(@p path, "", problem) when input_file_problem() finds one.
void check_input_file(const std::string& path, std::uintmax_t max_bytes);

/// The bytes of @p path, or "" with @p problem set to why they cannot be read.
std::string try_read_input_file(const std::string& path, std::uintmax_t max_bytes,
                                std::string& problem);

/// The bytes of @p path. @throws DataError naming @p path when it is not a regular file,
/// is larger than @p max_bytes or cannot be read.
std::string read_input_file(const std::string& path, std::uintmax_t max_bytes);

/// @returns why @p path is not a directory that can be listed ("a symbolic link loop", "no
/// such directory", "is a named pipe, not a directory"), or "" when it is one.
std::string input_dir_problem(const std::string& path);

/// @throws DataError(@p path, "", problem) when input_dir_problem() finds one.
void check_input_dir(const std::string& path);

}  // namespace cm
