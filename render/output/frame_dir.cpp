#include "frame_dir.hpp"

#include <cairo.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>

#include <sys/stat.h>

#include "geodata/io/atomic_file.hpp"
#include "geodata/model/error.hpp"
#include "render/output/png_encoder.hpp"

namespace cm {
namespace fs = std::filesystem;
namespace {

constexpr const char* kManifestName = "animation.toml";

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

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

std::map<std::string, std::string> read_key_values(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw DataError(path, "", "cannot read (is this a frame directory?)");
    static const std::regex line_re(R"(\s*([a-z_]+)\s*=\s*(\S+)\s*)");
    std::map<std::string, std::string> values;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.empty() || line[0] == '#')
            continue;
        std::smatch m;
        if (!std::regex_match(line, m, line_re))
            throw DataError(path, "line " + std::to_string(number), "expected 'key = value'");
        values[m[1]] = m[2];
    }
    return values;
}

double number_of(const std::map<std::string, std::string>& values, const std::string& key,
                 const std::string& path) {
    const auto it = values.find(key);
    if (it == values.end())
        throw DataError(path, key, "missing");
    try {
        std::size_t used = 0;
        const double v = std::stod(it->second, &used);
        if (used == it->second.size())
            return v;
    } catch (const std::exception&) {
    }
    throw DataError(path, key, "expected a number, found '" + it->second + "'");
}

/// A frame directory holds only frames and its manifest; anything else is not ours to replace.
bool is_frame_dir(const fs::path& dir) {
    static const std::regex frame_re(R"(frame_\d{5,}\.png)");
    for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (name != kManifestName && !std::regex_match(name, frame_re))
            return false;
    }
    return true;
}

std::string make_temp_dir(const std::string& target) {
    const fs::path path(target);
    const fs::path parent = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(parent, ec))
        throw OutputError(target, "output directory '" + parent.string() + "' does not exist");
    std::string pattern = (parent / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    if (!::mkdtemp(pattern.data()))
        throw OutputError(target,
                          "cannot write in '" + parent.string() + "': " + std::strerror(errno));
    return pattern;
}

/// @throws OutputError when @p target exists and is not a frame directory.
void check_replaceable(const std::string& target) {
    std::error_code ec;
    if (fs::exists(target, ec) && (!fs::is_directory(target, ec) || !is_frame_dir(target)))
        throw OutputError(target, "exists and is not a frame directory; not replacing it");
}

void replace_dir(const std::string& temp, const std::string& target) {
    std::error_code ec;
    if (fs::exists(target, ec)) {
        check_replaceable(target);
        const std::string old = make_temp_dir(target);
        fs::rename(target, old + "/old", ec);
        if (ec)
            throw OutputError(target, "cannot replace: " + ec.message());
        fs::rename(temp, target, ec);
        if (ec) {
            std::error_code restore;
            fs::rename(old + "/old", target, restore);
        }
        fs::remove_all(old);
    } else {
        fs::rename(temp, target, ec);
    }
    if (ec)
        throw OutputError(target, "cannot replace: " + ec.message());
}

}  // namespace

std::string frame_file_name(int index) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", index + 1);
    return name;
}

RasterImage read_frame(const std::string& dir, int index) {
    const std::string path = (fs::path(dir) / frame_file_name(index)).string();
    if (!fs::exists(path))
        throw DataError(path, "", "frame missing (did every shard finish?)");
    Surface surface(cairo_image_surface_create_from_png(path.c_str()));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw DataError(path, "", "not a readable PNG");
    cairo_surface_flush(surface.get());
    const cairo_format_t format = cairo_image_surface_get_format(surface.get());
    RasterImage image;
    image.width = cairo_image_surface_get_width(surface.get());
    image.height = cairo_image_surface_get_height(surface.get());
    image.stride = image.width * 4;
    image.pixels.resize(static_cast<std::size_t>(image.stride) * image.height);
    const unsigned char* src = cairo_image_surface_get_data(surface.get());
    const int src_stride = cairo_image_surface_get_stride(surface.get());
    for (int y = 0; y < image.height; ++y) {
        auto* row = reinterpret_cast<std::uint32_t*>(image.pixels.data() + y * image.stride);
        std::memcpy(row, src + static_cast<std::ptrdiff_t>(y) * src_stride, image.stride);
        if (format == CAIRO_FORMAT_RGB24)
            for (int x = 0; x < image.width; ++x)
                row[x] |= 0xff000000u;
    }
    return image;
}

FrameDirManifest read_manifest(const std::string& dir) {
    const std::string path = (fs::path(dir) / kManifestName).string();
    const auto values = read_key_values(path);
    static const char* known[] = {"frame_count", "fps",       "width",          "height",
                                  "first_year",  "last_year", "frames_per_year"};
    for (const auto& [key, value] : values)
        if (std::find(std::begin(known), std::end(known), key) == std::end(known))
            throw DataError(path, key, "unknown key");
    const auto whole = [&](const char* key) {
        const double v = number_of(values, key, path);
        if (v != static_cast<int>(v))
            throw DataError(path, key, "expected a whole number");
        return static_cast<int>(v);
    };
    FrameDirManifest m;
    m.frame_count = whole("frame_count");
    m.fps = number_of(values, "fps", path);
    m.width = whole("width");
    m.height = whole("height");
    m.years = YearRange{whole("first_year"), whole("last_year")};
    m.frames_per_year = whole("frames_per_year");
    if (m.frame_count < 1 || !(m.fps > 0) || m.width < 1 || m.height < 1)
        throw DataError(path, "", "frame_count, fps, width and height must be positive");
    return m;
}

FrameDirWriter::FrameDirWriter(const std::string& target, const FrameDirManifest& manifest,
                               Mode mode)
    : m_target(target), m_manifest(manifest), m_mode(mode) {
    std::error_code ec;
    if (mode == Mode::whole) {
        check_replaceable(target);
        const StopSignalsBlocked blocked;
        m_dir = make_temp_dir(target);
        m_live.hold(m_dir, LiveTempPath::Kind::directory);
        return;
    }
    fs::create_directories(target, ec);
    if (ec || !fs::is_directory(target))
        throw OutputError(target, "cannot create the frame directory: " + ec.message());
    m_dir = target;
}

FrameDirWriter::~FrameDirWriter() {
    if (m_mode == Mode::whole && !m_finished) {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
}

void FrameDirWriter::add_frame(int index, const RasterImage& image) {
    const std::string path = (fs::path(m_dir) / frame_file_name(index)).string();
    const std::string shown = (fs::path(m_target) / frame_file_name(index)).string();
    const std::vector<std::uint8_t> png = encode_png(image, false, 1);  // frames run in parallel
    write_file_atomically(path, std::string(png.begin(), png.end()), shown);
}

void FrameDirWriter::finish() {
    write_file_atomically((fs::path(m_dir) / kManifestName).string(), manifest_text(m_manifest));
    if (m_mode == Mode::whole)
        replace_dir(m_dir, m_target);
    m_live.release();
    m_finished = true;
}

}  // namespace cm
