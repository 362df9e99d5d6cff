#pragma once

// A fast copy of a GeoJSON vector layer. GDAL parses GeoJSON at some 10 MB/s: reading a Natural
// Earth directory as GeoJSON (3 MB of land, lakes and rivers) costs about 0.2 s on every map,
// more than drawing it. The first read of such a file converts it to FlatGeobuf (a binary
// format GDAL reads some twenty times faster) in the user's cache directory; later reads use
// the copy while the source keeps its size and modification time.
//
// Where: $XDG_CACHE_HOME/campaignmap/vectors, else $HOME/.cache/campaignmap/vectors. The copy
// holds the same features in the same order with the same attributes, and no CRS: campaignmap
// reads basemaps as lon/lat, as RFC 7946 has GeoJSON in any case.
//
// A copy cannot lie: beside it, a small file (COPY.sum) records its size and CRC-32, written
// after the copy is complete. Before a copy is used its bytes are checked against that record
// (a few MB: well under a millisecond per MB); a copy that is truncated, altered, empty, not a
// file or without its record is rebuilt from the source, with a note for the user.

#include <optional>
#include <string>

namespace cm {

/// @returns the directory cached copies go to, or nothing when neither XDG_CACHE_HOME nor
/// HOME is set.
std::optional<std::string> vector_cache_dir();

/// The file to read for a vector layer, and what the user should hear about it.
struct VectorToRead {
    std::string path;
    /// Empty, or one line such as "vector cache X (of Y) is damaged (...); rebuilt".
    std::string note;
};

/// @returns the file to read for the vector file @p path: for a .geojson or .json file, its
/// FlatGeobuf copy in @p cache_dir (made now if missing, stale or damaged); for any other
/// file, or when the copy cannot be made (no cache directory, unwritable, GDAL refuses),
/// @p path itself. A damaged copy is replaced, and said so in the note, never read.
/// Never throws for the cache's sake: a file that cannot be read fails later, when it is read.
VectorToRead fast_copy_of(const std::string& path,
                          const std::optional<std::string>& cache_dir = vector_cache_dir());

}  // namespace cm
