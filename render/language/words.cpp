#include "render/language/words.hpp"

#include <mutex>
#include <set>

namespace cm {
namespace {

struct Installed {
    Catalogue catalogue;
    std::mutex missing_mutex;
    std::set<std::string, std::less<>> missing;
};

Installed& installed() {
    static Installed state;
    return state;
}

}  // namespace

std::string translate(const Catalogue& catalogue, std::string_view msgid) {
    const std::string* text = translation_of(catalogue, msgid);
    return text ? *text : std::string(msgid);
}

std::string fill_pattern(std::string_view pattern, std::string_view value) {
    const auto at = pattern.find("%s");
    if (at == std::string_view::npos)
        return std::string(pattern);
    std::string out(pattern.substr(0, at));
    out += value;
    out += pattern.substr(at + 2);
    return out;
}

void use_catalogue(Catalogue catalogue) {
    Installed& state = installed();
    const std::lock_guard lock(state.missing_mutex);
    state.catalogue = std::move(catalogue);
    state.missing.clear();
}

const Catalogue& interface_catalogue() {
    return installed().catalogue;
}

std::string tr(const char* msgid) {
    Installed& state = installed();
    if (const std::string* text = translation_of(state.catalogue, msgid))
        return *text;
    if (state.catalogue.language != "en") {
        const std::lock_guard lock(state.missing_mutex);
        state.missing.emplace(msgid);
    }
    return msgid;
}

std::vector<std::string> untranslated_words() {
    Installed& state = installed();
    const std::lock_guard lock(state.missing_mutex);
    return {state.missing.begin(), state.missing.end()};
}

}  // namespace cm
