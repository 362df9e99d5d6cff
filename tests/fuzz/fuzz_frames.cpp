// libFuzzer target: the manifest of a frame directory (animation.toml, read by `animate
// --frames DIR`) on arbitrary bytes. A bad manifest must end in a cm::Error, never a crash, a
// hang or a foreign exception; one that passes must describe a plan whose frame count is the
// one it states (the frames present are then checked against it: none are, here).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

#include "geodata/model/error.hpp"
#include "render/animate/frame_plan.hpp"
#include "render/output/frame_dir.hpp"

namespace {

/// A scratch frame directory for this process, removed at exit.
struct ScratchDir {
    std::string path;
    ScratchDir() {
        std::string pattern = "/tmp/cm-fuzz-frames-XXXXXX";
        path = ::mkdtemp(pattern.data()) ? pattern : std::string();
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const ScratchDir dir;
    const std::string manifest = dir.path + "/" + cm::kManifestName;
    std::FILE* f = std::fopen(manifest.c_str(), "wb");
    if (!f)
        return 0;
    const bool written = std::fwrite(data, 1, size, f) == size;
    if (std::fclose(f) != 0 || !written)
        return 0;
    try {
        const cm::FrameDirManifest m = cm::read_manifest(dir.path);
        const cm::FramePlan plan{m.years, m.fps, m.frames_per_year, 0};
        if (plan.frame_count() != m.frame_count || m.frames_per_year < 1 || m.width < 1)
            std::abort();  // read_manifest let through what it promises to refuse
        cm::check_frames_present(dir.path, m);
    } catch (const cm::Error&) {
    }
    return 0;
}
