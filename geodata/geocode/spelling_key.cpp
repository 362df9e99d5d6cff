#include "geodata/geocode/spelling_key.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "geodata/geocode/normalize.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode {
namespace {

/// Cyrillic letters (after folding) in Latin, with the Kazakh ones.
constexpr std::array<std::pair<std::string_view, std::string_view>, 42> kCyrillic{{
    {"а", "a"},  {"б", "b"},  {"в", "v"},  {"г", "g"},  {"д", "d"}, {"е", "e"}, {"ж", "zh"},
    {"з", "z"},  {"и", "i"},  {"к", "k"},  {"л", "l"},  {"м", "m"}, {"н", "n"}, {"о", "o"},
    {"п", "p"},  {"р", "r"},  {"с", "s"},  {"т", "t"},  {"у", "u"}, {"ф", "f"}, {"х", "kh"},
    {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "sh"}, {"ъ", ""},  {"ы", "y"}, {"ь", ""},
    {"э", "e"},  {"ю", "yu"}, {"я", "ya"}, {"ә", "a"},  {"ғ", "g"}, {"қ", "k"}, {"ң", "n"},
    {"ө", "o"},  {"ұ", "u"},  {"ү", "u"},  {"һ", "h"},  {"і", "i"}, {"ё", "e"}, {"є", "e"},
}};

/// Letter groups that transliterations write differently, merged (longest first).
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kMerged{{
    {"dzh", "z"},
    {"shch", "s"},
    {"sh", "s"},
    {"ch", "s"},
    {"zh", "z"},
    {"kh", "k"},
    {"gh", "g"},
    {"ts", "s"},
    {"q", "k"},
    {"c", "k"},
    {"x", "k"},
    {"j", "z"},
    {"w", "v"},
    {"y", "i"},
    {"dz", "z"},
}};

/// Words that describe rather than name: dropped from the key.
bool is_descriptor(std::string_view w) {
    static constexpr std::array<std::string_view, 27> kWords{
        "river", "lake",   "mountains", "mountain", "mts",    "mt",     "mount",
        "range", "desert", "steppe",    "plateau",  "basin",  "valley", "pass",
        "area",  "region", "the",       "of",       "battle", "city",   "town",
        "hills", "gorge",  "fortress",  "siege",    "upland", "uplands"};
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

std::string latin_of(std::string_view folded) {
    std::string out;
    for (std::size_t i = 0; i < folded.size();) {
        const unsigned char c = static_cast<unsigned char>(folded[i]);
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z')
                out += static_cast<char>(c);
            ++i;
            continue;
        }
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        const std::string_view letter = folded.substr(i, len);
        for (const auto& [cyrillic, latin] : kCyrillic)
            if (letter == cyrillic)
                out += latin;
        i += len;
    }
    return out;
}

std::string merged(const std::string& latin) {
    std::string out;
    for (std::size_t i = 0; i < latin.size();) {
        bool replaced = false;
        for (const auto& [from, to] : kMerged)
            if (latin.compare(i, from.size(), from) == 0) {
                out += to;
                i += from.size();
                replaced = true;
                break;
            }
        if (!replaced)
            out += latin[i++];
    }
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

std::string spelling_key(std::string_view name) {
    std::string latin;
    for (const Word& w : split_words(name))
        if (!is_descriptor(w.folded))
            latin += latin_of(w.folded);
    return merged(latin);
}

}  // namespace cm::geocode
