#include "fonts.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <system_error>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>

#include "geodata/model/error.hpp"
#include "render/canvas/pango_handles.hpp"

namespace cm {
namespace {

struct PatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
struct FontSetDeleter {
    void operator()(FcFontSet* s) const { FcFontSetDestroy(s); }
};
struct ObjectSetDeleter {
    void operator()(FcObjectSet* s) const { FcObjectSetDestroy(s); }
};
struct ConfigDeleter {
    void operator()(FcConfig* c) const { FcConfigDestroy(c); }
};

/// @returns whether @p dir is a directory (not a link) of this user's that nobody else may
/// write to: another user could otherwise plant caches in a shared temporary directory.
bool is_own_private_dir(const std::filesystem::path& dir) {
    struct stat st {};
    return ::lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid() &&
           (st.st_mode & (S_IWGRP | S_IWOTH)) == 0 && ::access(dir.c_str(), W_OK) == 0;
}

/// $XDG_CACHE_HOME/campaignmap/fontconfig, else $HOME/.cache/campaignmap/fontconfig, created
/// if missing; where neither can be made, a directory of this user's in the temporary
/// directory. fontconfig itself would print "No writable cache directories" for a cache
/// directory whose parent is missing.
std::string font_cache_dir() {
    namespace fs = std::filesystem;
    std::vector<fs::path> candidates;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/')
        candidates.push_back(fs::path(xdg) / "campaignmap" / "fontconfig");
    else if (const char* home = std::getenv("HOME"); home && *home == '/')
        candidates.push_back(fs::path(home) / ".cache" / "campaignmap" / "fontconfig");
    std::error_code ec;
    const fs::path tmp = fs::temp_directory_path(ec);
    candidates.push_back((ec ? fs::path("/tmp") : tmp) /
                         ("campaignmap-fontconfig-" + std::to_string(::getuid())));
    for (const fs::path& dir : candidates) {
        fs::create_directories(dir, ec);
        struct stat st {};
        if (::lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid())
            ::chmod(dir.c_str(), 0700);  // ours: private whatever the umask made it
        if (is_own_private_dir(dir))
            return dir.string();
    }
    return {};
}

/// Loads @p conf_path and the cache directory into @p config.
bool load_configuration(FcConfig* config, const std::string& conf_path) {
    if (!FcConfigParseAndLoad(config, reinterpret_cast<const FcChar8*>(conf_path.c_str()), FcTrue))
        return false;
    const std::string cache = font_cache_dir();
    if (cache.empty())
        return true;
    const GlibText escaped(g_markup_escape_text(cache.c_str(), -1));
    const std::string xml =
        std::string("<fontconfig><cachedir>") + escaped.get() + "</cachedir></fontconfig>";
    return FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(xml.c_str()),
                                          FcTrue);
}

}  // namespace

void pin_fonts(const std::string& conf_path) {
    static std::mutex mutex;
    static std::string pinned;
    const std::lock_guard<std::mutex> lock(mutex);
    if (pinned == conf_path)
        return;
    // Released here: the current configuration holds its own reference.
    const std::unique_ptr<FcConfig, ConfigDeleter> config(FcConfigCreate());
    if (!config)
        throw RenderError("fontconfig: cannot create a configuration");
    if (!load_configuration(config.get(), conf_path) || !FcConfigBuildFonts(config.get()))
        throw RenderError(conf_path + ": cannot load the font configuration");
    if (!FcConfigSetCurrent(config.get()))
        throw RenderError(conf_path + ": cannot make the font configuration current");
    pinned = conf_path;
    if (!font_family_available("Noto Sans") || !font_family_available("Noto Serif"))
        throw RenderError(conf_path +
                          ": fonts Noto Sans and Noto Serif not found (install the Debian "
                          "package 'fonts-noto-core')");
}

bool font_family_available(const std::string& family) {
    std::unique_ptr<FcPattern, PatternDeleter> pattern(FcPatternCreate());
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    std::unique_ptr<FcObjectSet, ObjectSetDeleter> objects(
        FcObjectSetBuild(FC_FAMILY, FC_FILE, nullptr));
    std::unique_ptr<FcFontSet, FontSetDeleter> fonts(
        FcFontList(nullptr, pattern.get(), objects.get()));
    return fonts && fonts->nfont > 0;
}

}  // namespace cm
