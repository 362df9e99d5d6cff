// Compiled message catalogues (.mo) are read as gettext writes them, in either byte order,
// and a file that is not one, or is cut short, is one clear error.

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "geodata/io/catalogue_loader.hpp"
#include "geodata/model/error.hpp"
#include "tests/temp_dir.hpp"

namespace {

using cm::test::TempDir;

void put_word(std::string& out, std::uint32_t w, bool big_endian) {
    for (int i = 0; i < 4; ++i)
        out += static_cast<char>((w >> (big_endian ? 8 * (3 - i) : 8 * i)) & 0xff);
}

/// A .mo file of @p messages (msgid, msgstr), sorted by msgid as msgfmt writes them.
std::string mo_bytes(const std::vector<std::pair<std::string, std::string>>& messages,
                     bool big_endian = false) {
    const auto n = static_cast<std::uint32_t>(messages.size());
    const std::uint32_t originals = 28, translations = originals + 8 * n;
    std::uint32_t at = translations + 8 * n;
    std::string head, tables, strings;
    for (const std::uint32_t w : {0x950412deU, 0U, n, originals, translations, 0U, 0U})
        put_word(head, w, big_endian);
    std::string ids, texts;
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& [id, text] : messages) {
            const std::string& s = pass == 0 ? id : text;
            put_word(pass == 0 ? ids : texts, static_cast<std::uint32_t>(s.size()), big_endian);
            put_word(pass == 0 ? ids : texts, at, big_endian);
            strings += s + '\0';
            at += static_cast<std::uint32_t>(s.size() + 1);
        }
    return head + ids + texts + strings;
}

std::string load_error(const std::string& bytes) {
    const TempDir dir;
    dir.write("x.mo", bytes);
    try {
        cm::load_catalogue(dir / "x.mo", "ru");
    } catch (const cm::DataError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(CatalogueLoader, ReadsMessagesInEitherByteOrder) {
    for (const bool big : {false, true}) {
        const TempDir dir;
        dir.write(
            "ru.mo",
            mo_bytes({{"", "Language: ru\n"}, {"Battle", "Сражение"}, {"Siege of %s", "Осада %s"}},
                     big));
        const cm::Catalogue c = cm::load_catalogue(dir / "ru.mo", "ru");
        EXPECT_EQ(c.language, "ru");
        ASSERT_NE(cm::translation_of(c, "Battle"), nullptr) << big;
        EXPECT_EQ(*cm::translation_of(c, "Battle"), "Сражение");
        EXPECT_EQ(*cm::translation_of(c, "Siege of %s"), "Осада %s");
        EXPECT_EQ(cm::translation_of(c, ""), nullptr);  // the header is no message
        EXPECT_EQ(cm::translation_of(c, "Retreat"), nullptr);
    }
}

TEST(CatalogueLoader, RefusesWhatIsNotACatalogue) {
    EXPECT_NE(load_error("msgid \"Battle\"\nmsgstr \"Сражение\"\n").find("not a compiled"),
              std::string::npos);
    const std::string whole = mo_bytes({{"Battle", "Сражение"}});
    for (std::size_t cut : {2UL, 20UL, 40UL, whole.size() - 3})
        EXPECT_NE(load_error(whole.substr(0, cut)).find("x.mo"), std::string::npos) << cut;
    EXPECT_NE(load_error(whole.substr(0, 20)).find("cut short"), std::string::npos);
    EXPECT_NE(load_error(whole.substr(0, whole.size() - 3)).find("past the end"),
              std::string::npos);
}
