#include "frame_dir.hpp"

#include <cairo.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <regex>

#include <sys/stat.h>

#include "geodata/files/atomic_file.hpp"
#include "geodata/files/input_file.hpp"
#include "geodata/model/error.hpp"
#include "render/canvas/cairo_handles.hpp"
#include "render/writers/png_encoder.hpp"

namespace cm {
namespace fs = std::filesystem;
namespace {

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

/// @returns @p target without trailing slashes ("out/frames/" names the directory
/// "out/frames", made beside its siblings, not inside itself); "/" stays "/".
std::string without_trailing_slashes(std::string target) {
    while (target.size() > 1 && target.back() == '/')
        target.pop_back();
    return target;
}

/// @throws OutputError when @p target exists and is not a frame directory.
void check_replaceable(const std::string& target) {
    std::error_code ec;
    if (fs::exists(target, ec) && (!fs::is_directory(target, ec) || !is_frame_dir(target)))
        throw OutputError(target, "exists and is not a frame directory; not replacing it");
}

void replace_dir(const std::string& temp, const std::string& target) {
    std::error_code ec;
    // A stop signal between the renames would leave neither the old frames nor the new at the
    // target: it waits until the directory is in place and the old one removed.
    const StopSignalsBlocked blocked;
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
        fs::remove_all(old, ec);
        ec.clear();
    } else {
        fs::rename(temp, target, ec);
    }
    if (ec)
        throw OutputError(target, "cannot replace: " + ec.message());
}

/// The width and height in the IHDR chunk of the PNG at @p path, or nothing when the file
/// does not start as a PNG.
std::optional<std::pair<int, int>> png_size(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char head[24] = {};
    if (!in.read(reinterpret_cast<char*>(head), sizeof head))
        return std::nullopt;
    static const unsigned char signature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (std::memcmp(head, signature, 8) != 0 || std::memcmp(head + 12, "IHDR", 4) != 0)
        return std::nullopt;
    const auto be32 = [&](int at) {
        return (std::uint32_t{head[at]} << 24) | (std::uint32_t{head[at + 1]} << 16) |
               (std::uint32_t{head[at + 2]} << 8) | std::uint32_t{head[at + 3]};
    };
    const std::uint32_t w = be32(16), h = be32(20);
    if (w > 1u << 30 || h > 1u << 30)
        return std::pair<int, int>{-1, -1};
    return std::pair<int, int>{static_cast<int>(w), static_cast<int>(h)};
}

}  // namespace

std::string frame_file_name(int index) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", index + 1);
    return name;
}

RasterImage read_frame(const std::string& dir, int index, int width, int height) {
    const std::string path = (fs::path(dir) / frame_file_name(index)).string();
    check_input_file(path, kMaxFrameBytes);
    const auto size = png_size(path);
    if (!size)
        throw DataError(path, "", "not a readable PNG");
    if (size->first != width || size->second != height)
        throw DataError(path, "",
                        "is " + std::to_string(size->first) + "x" + std::to_string(size->second) +
                            " pixels; " + kManifestName + " says " + std::to_string(width) + "x" +
                            std::to_string(height));
    return read_frame(dir, index);
}

RasterImage read_frame(const std::string& dir, int index) {
    const std::string path = (fs::path(dir) / frame_file_name(index)).string();
    if (std::error_code ec; !fs::exists(fs::symlink_status(path, ec)))
        throw DataError(path, "", "frame missing (did every shard finish?)");
    check_input_file(path, kMaxFrameBytes);
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

FrameDirWriter::FrameDirWriter(const std::string& target, const FrameDirManifest& manifest,
                               Mode mode)
    : m_target(without_trailing_slashes(target)), m_manifest(manifest), m_mode(mode) {
    std::error_code ec;
    if (mode == Mode::whole) {
        check_replaceable(m_target);
        const StopSignalsBlocked blocked;
        m_dir = make_temp_dir(m_target);
        m_live.hold(m_dir, LiveTempPath::Kind::directory);
        return;
    }
    fs::create_directories(m_target, ec);
    if (ec || !fs::is_directory(m_target))
        throw OutputError(m_target, "cannot create the frame directory: " + ec.message());
    m_dir = m_target;
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
