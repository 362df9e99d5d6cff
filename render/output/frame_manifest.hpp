#pragma once

// animation.toml, the manifest of a frame directory: how many frames, at what rate and size,
// for which years. Written by every run into its frame directory and read, strictly, by
// `animate --frames DIR`, which trusts nothing in it: every value has a range, the frame
// count must follow from the years, and the frames present must be exactly those it names.

#include <string>

#include "geodata/model/years.hpp"

namespace cm {

/// What animation.toml records.
struct FrameDirManifest {
    int frame_count = 0;
    double fps = 2.0;
    int width = 0;
    int height = 0;
    YearRange years;
    int frames_per_year = 1;
    friend bool operator==(const FrameDirManifest&, const FrameDirManifest&) = default;
};

/// The manifest's file name in a frame directory.
inline constexpr const char* kManifestName = "animation.toml";

/// Ranges of the manifest's values (both ends included).
constexpr long kMaxManifestFrames = 1'000'000;
constexpr double kMaxManifestFps = 1000.0;
constexpr int kMaxFrameSidePx = 20000;   ///< as the largest WxH page
constexpr int kMaxManifestYear = 10000;  ///< years are -10000..10000, as in the history
constexpr int kMaxManifestFramesPerYear = 600;

/// The text of animation.toml for @p m.
std::string manifest_text(const FrameDirManifest& m);

/// Reads and checks @p dir/animation.toml: known keys each given once, whole numbers where
/// counts are meant, every value in its range, first_year <= last_year, and frame_count equal
/// to years x frames_per_year.
/// @throws DataError naming the file, the key (or line) and what was expected.
FrameDirManifest read_manifest(const std::string& dir);

/// Checks that @p dir holds frame_00001.png ... of @p m exactly: none missing, none beyond.
/// @throws DataError naming the first missing or extra frame.
void check_frames_present(const std::string& dir, const FrameDirManifest& m);

}  // namespace cm
