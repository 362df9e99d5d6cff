#include "fonts.hpp"

#include <memory>
#include <mutex>

#include <fontconfig/fontconfig.h>

#include "geodata/model/error.hpp"

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

}  // namespace

void pin_fonts(const std::string& conf_path) {
    static std::mutex mutex;
    static std::string pinned;
    const std::lock_guard<std::mutex> lock(mutex);
    if (pinned == conf_path)
        return;
    FcConfig* config = FcConfigCreate();
    if (!config)
        throw RenderError("fontconfig: cannot create a configuration");
    if (!FcConfigParseAndLoad(config, reinterpret_cast<const FcChar8*>(conf_path.c_str()),
                              FcTrue) ||
        !FcConfigBuildFonts(config)) {
        FcConfigDestroy(config);
        throw RenderError(conf_path + ": cannot load the font configuration");
    }
    if (!FcConfigSetCurrent(config)) {
        FcConfigDestroy(config);
        throw RenderError(conf_path + ": cannot make the font configuration current");
    }
    FcConfigDestroy(config);  // the current configuration holds its own reference
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
