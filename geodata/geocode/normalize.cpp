#include "normalize.hpp"

#include <memory>

#include <glib.h>

namespace cm::geocode {
namespace {

struct GFreeDeleter {
    void operator()(gchar* p) const { g_free(p); }
};
using GlibText = std::unique_ptr<gchar, GFreeDeleter>;

bool is_letter_apostrophe(gunichar c) {
    return c == 0x27 || c == 0x2019 || c == 0x02BB || c == 0x02BC;
}

}  // namespace

std::string fold(std::string_view utf8) {
    const GlibText folded(g_utf8_casefold(utf8.data(), static_cast<gssize>(utf8.size())));
    const GlibText decomposed(g_utf8_normalize(folded.get(), -1, G_NORMALIZE_NFKD));
    std::string out;
    if (!decomposed)
        return out;
    out.reserve(utf8.size());
    for (const gchar* p = decomposed.get(); *p; p = g_utf8_next_char(p)) {
        const gunichar c = g_utf8_get_char(p);
        if (g_unichar_ismark(c) || is_letter_apostrophe(c))
            continue;
        out.append(p, static_cast<std::size_t>(g_utf8_next_char(p) - p));
    }
    return out;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
    const gchar* end = nullptr;
    if (g_utf8_validate(bytes.data(), static_cast<gssize>(bytes.size()), &end) &&
        end == bytes.data() + bytes.size())
        return std::nullopt;
    return static_cast<std::size_t>(end - bytes.data());
}

std::size_t count_code_points(std::string_view utf8) {
    return static_cast<std::size_t>(g_utf8_strlen(utf8.data(), static_cast<gssize>(utf8.size())));
}

}  // namespace cm::geocode
