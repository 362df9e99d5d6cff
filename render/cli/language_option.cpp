#include "render/cli/language_option.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

#include "geodata/io/catalogue_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "geodata/model/error.hpp"
#include "geodata/model/localized_atlas.hpp"
#include "render/install/install_layout.hpp"
#include "render/language/words.hpp"

namespace cm::cli {
namespace {

std::filesystem::path locale_dir() {
    return std::filesystem::path(share_dir()) / "locale";
}

/// The languages with an installed catalogue, sorted.
std::vector<std::string> installed_languages() {
    std::vector<std::string> tags;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(locale_dir(), ec))
        if (std::filesystem::exists(entry.path() / "LC_MESSAGES" / "campaignmap.mo"))
            tags.push_back(entry.path().filename().string());
    std::sort(tags.begin(), tags.end());
    return tags;
}

/// English and the installed languages, for the usage message.
std::string known_languages() {
    std::vector<std::string> tags{"en"};
    for (std::string& t : installed_languages())
        tags.push_back(std::move(t));
    std::string text;
    for (const std::string& t : tags)
        text += (text.empty() ? "" : ", ") + t;
    return text;
}

}  // namespace

void add_language_option(CLI::App& sub, std::string& language) {
    sub.add_option("--lang", language,
                   "Language of names and interface words: en, ru, kk (po/LANG.po); for an SVG "
                   "map a list, en,ru,kk: one file with every language, English the default")
        ->capture_default_str();
}

Catalogue catalogue_for(const std::string& language) {
    if (language == "en")
        return {};
    const auto mo = locale_dir() / language / "LC_MESSAGES" / "campaignmap.mo";
    if (!is_language_tag(language) || !std::filesystem::is_regular_file(mo))
        throw UsageError("--lang '" + terminal_safe(language) +
                         "': no such language (known: " + known_languages() + ")");
    return load_catalogue(mo.string(), language);
}

std::vector<std::string> language_list(const std::string& option) {
    if (option.find(',') == std::string::npos)
        return {option};
    std::vector<std::string> languages{"en"};
    std::vector<std::string> given;
    std::size_t start = 0;
    while (start <= option.size()) {
        const std::size_t comma = std::min(option.find(',', start), option.size());
        const std::string tag = option.substr(start, comma - start);
        start = comma + 1;
        if (tag.empty())
            throw UsageError("--lang '" + terminal_safe(option) + "': an empty language");
        (void)catalogue_for(tag);  // a known language, or a usage error naming it
        if (std::find(given.begin(), given.end(), tag) != given.end())
            throw UsageError("--lang '" + terminal_safe(option) + "': " + tag + " given twice");
        given.push_back(tag);
        if (tag != "en")
            languages.push_back(tag);
    }
    return languages;
}

Atlas atlas_in_language(const Atlas& atlas, const std::string& language,
                        std::vector<std::string>& missing) {
    Catalogue catalogue = catalogue_for(language);
    Atlas out = localized_atlas(atlas, catalogue, &missing);
    use_catalogue(std::move(catalogue));
    return out;
}

void report_fallbacks(const std::string& language, const std::vector<std::string>& missing) {
    for (const std::string& name : missing)
        std::cerr << "campaignmap: no " << language
                  << " name, English drawn: " << terminal_safe(name) << '\n';
    for (const std::string& word : untranslated_words())
        std::cerr << "campaignmap: no " << language << " translation, English drawn: '"
                  << terminal_safe(word) << "'\n";
}

}  // namespace cm::cli

namespace cm::cli {

void report_missing_names(const Atlas& atlas) {
    std::set<std::string> languages;
    for (const std::string& tag : installed_languages())
        languages.insert(tag);
    for (const LabelRecord& r : atlas.labels)
        for (const auto& [tag, name] : r.names)
            languages.insert(tag);
    const std::size_t names = atlas.places.size() + atlas.polities.size() + atlas.regions.size() +
                              atlas.events.size() + atlas.wars.size();
    for (const std::string& tag : languages) {
        Catalogue catalogue;
        if (is_language_tag(tag) &&
            std::filesystem::is_regular_file(locale_dir() / tag / "LC_MESSAGES" / "campaignmap.mo"))
            catalogue = catalogue_for(tag);
        catalogue.language = tag;
        std::vector<std::string> missing;
        (void)localized_atlas(atlas, catalogue, &missing);
        std::cout << "names in " << tag << ": " << missing.size() << " of " << names
                  << " missing (drawn in English)\n";
    }
}

}  // namespace cm::cli
