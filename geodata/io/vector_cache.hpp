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

#include <optional>
#include <string>

namespace cm {

/// @returns the directory cached copies go to, or nothing when neither XDG_CACHE_HOME nor
/// HOME is set.
std::optional<std::string> vector_cache_dir();

/// @returns the path to read for the vector file @p path: for a .geojson or .json file, its
/// FlatGeobuf copy in @p cache_dir (made now if missing or stale); for any other file, or when
/// the copy cannot be made (no cache directory, unwritable, GDAL refuses), @p path itself.
/// Never throws for the cache's sake: a file that cannot be read fails later, when it is read.
std::string fast_copy_of(const std::string& path,
                         const std::optional<std::string>& cache_dir = vector_cache_dir());

}  // namespace cm
