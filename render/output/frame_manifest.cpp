#include "frame_manifest.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

#include "geodata/files/input_file.hpp"
#include "geodata/model/error.hpp"
#include "render/output/frame_dir.hpp"

namespace cm {
namespace fs = std::filesystem;
namespace {

/// A manifest is a few lines; anything larger is not one.
constexpr std::uintmax_t kMaxManifestBytes = 64 * 1024;
constexpr const char* kKnownKeys[] = {"frame_count", "fps",       "width",          "height",
                                      "first_year",  "last_year", "frames_per_year"};

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

bool is_key(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(),
                                     [](char c) { return c == '_' || (c >= 'a' && c <= 'z'); });
}

using Values = std::map<std::string, std::string>;

Values read_key_values(const std::string& path) {
    std::string problem;
    std::istringstream in(try_read_input_file(path, kMaxManifestBytes, problem));
    if (!problem.empty())
        throw DataError(path, "", problem + " (is this a frame directory?)");
    Values values;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        const std::string where = "line " + std::to_string(++number);
        line = trim(line);
        if (line.empty() || line[0] == '#')
            continue;
        const auto eq = line.find('=');
        const std::string key = trim(line.substr(0, eq == std::string::npos ? 0 : eq));
        const std::string value = eq == std::string::npos ? "" : trim(line.substr(eq + 1));
        if (!is_key(key) || value.empty() || value.find_first_of(" \t") != std::string::npos)
            throw DataError(path, where, "expected 'key = value'");
        if (std::find(std::begin(kKnownKeys), std::end(kKnownKeys), key) == std::end(kKnownKeys))
            throw DataError(path, key, "unknown key");
        if (!values.emplace(key, value).second)
            throw DataError(path, key, "given twice");
    }
    return values;
}

const std::string& value_of(const Values& values, const std::string& key, const std::string& path) {
    const auto it = values.find(key);
    if (it == values.end())
        throw DataError(path, key, "missing");
    return it->second;
}

/// A whole number in [lo, hi].
int whole(const Values& values, const std::string& key, const std::string& path, long lo, long hi) {
    const std::string& text = value_of(values, key, path);
    long v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size())
        throw DataError(path, key, "expected a whole number, found '" + text + "'");
    if (v < lo || v > hi)
        throw DataError(
            path, key,
            "expected " + std::to_string(lo) + ".." + std::to_string(hi) + ", found " + text);
    return static_cast<int>(v);
}

double frame_rate(const Values& values, const std::string& path) {
    const std::string& text = value_of(values, "fps", path);
    double v = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size())
        throw DataError(path, "fps", "expected a number, found '" + text + "'");
    if (!(v > 0.0 && v <= kMaxManifestFps))
        throw DataError(path, "fps", "expected more than 0 and at most 1000, found " + text);
    return v;
}

}  // namespace

std::string manifest_text(const FrameDirManifest& m) {
    char fps[64];
    std::snprintf(fps, sizeof fps, "%.17g", m.fps);
    std::ostringstream out;
    out << "# campaignmap animation frames: frame_00001.png ... in order\n"
        << "frame_count = " << m.frame_count << "\nfps = " << fps << "\nwidth = " << m.width
        << "\nheight = " << m.height << "\nfirst_year = " << m.years.first
        << "\nlast_year = " << m.years.last << "\nframes_per_year = " << m.frames_per_year << "\n";
    return out.str();
}

FrameDirManifest read_manifest(const std::string& dir) {
    check_input_dir(dir);
    const std::string path = (fs::path(dir) / kManifestName).string();
    const Values v = read_key_values(path);
    FrameDirManifest m;
    m.frame_count = whole(v, "frame_count", path, 1, kMaxManifestFrames);
    m.fps = frame_rate(v, path);
    m.width = whole(v, "width", path, 1, kMaxFrameSidePx);
    m.height = whole(v, "height", path, 1, kMaxFrameSidePx);
    m.years.first = whole(v, "first_year", path, -kMaxManifestYear, kMaxManifestYear);
    m.years.last = whole(v, "last_year", path, -kMaxManifestYear, kMaxManifestYear);
    m.frames_per_year = whole(v, "frames_per_year", path, 1, kMaxManifestFramesPerYear);
    if (m.years.last < m.years.first)
        throw DataError(path, "last_year",
                        std::to_string(m.years.last) + " is before first_year " +
                            std::to_string(m.years.first));
    const long expected = (static_cast<long>(m.years.last) - m.years.first + 1) * m.frames_per_year;
    if (expected != m.frame_count)
        throw DataError(path, "frame_count",
                        std::to_string(m.frame_count) +
                            " does not match the years and "
                            "frames_per_year (" +
                            std::to_string(expected) + " frames)");
    return m;
}

void check_frames_present(const std::string& dir, const FrameDirManifest& m) {
    std::vector<bool> present(static_cast<std::size_t>(m.frame_count), false);
    std::error_code ec;
    for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        int number = 0;
        const char* digits = name.c_str() + 6;
        if (name.size() < 15 || name.rfind("frame_", 0) != 0 ||
            name.substr(name.size() - 4) != ".png")
            continue;
        const auto [end, error] = std::from_chars(digits, name.c_str() + name.size() - 4, number);
        if (error != std::errc() || end != name.c_str() + name.size() - 4 || number < 1)
            continue;
        if (number > m.frame_count)
            throw DataError((fs::path(dir) / name).string(), "",
                            "frame beyond frame_count " + std::to_string(m.frame_count) + " of " +
                                kManifestName);
        present[static_cast<std::size_t>(number - 1)] = true;
    }
    if (ec)
        throw DataError(dir, "", "cannot list the frame directory: " + ec.message());
    const auto missing = std::find(present.begin(), present.end(), false);
    if (missing != present.end())
        throw DataError(
            (fs::path(dir) / frame_file_name(static_cast<int>(missing - present.begin()))).string(),
            "", "frame missing (did every shard finish?)");
}

}  // namespace cm
