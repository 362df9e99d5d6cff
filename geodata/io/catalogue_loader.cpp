#include "geodata/io/catalogue_loader.hpp"

#include <cstdint>
#include <string_view>

#include "geodata/files/input_file.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

constexpr std::uint32_t kMagic = 0x950412de;
constexpr std::uintmax_t kMaxCatalogueBytes = 16 * kMiB;

/// The bytes of a .mo file, read as little- or big-endian 32-bit words as its magic says.
class MoBytes {
  public:
    MoBytes(std::string bytes, std::string path)
        : m_bytes(std::move(bytes)), m_path(std::move(path)) {
        if (word_at(0, false) == kMagic)
            m_swap = false;
        else if (word_at(0, true) == kMagic)
            m_swap = true;
        else
            fail("not a compiled message catalogue (.mo)");
    }

    std::uint32_t word(std::size_t at) const { return word_at(at, m_swap); }

    /// The string of table entry @p index of the table at @p table.
    std::string_view entry(std::uint32_t table, std::uint32_t index) const {
        const std::uint64_t at = table + 8ULL * index;
        const std::uint32_t length = word(at), offset = word(at + 4);
        if (std::uint64_t{offset} + length > m_bytes.size())
            fail("a string lies past the end of the file");
        return std::string_view(m_bytes).substr(offset, length);
    }

    [[noreturn]] void fail(const std::string& what) const { throw DataError(m_path, "", what); }

  private:
    std::uint32_t word_at(std::uint64_t at, bool swap) const {
        if (at + 4 > m_bytes.size())
            fail("cut short");
        std::uint32_t w = 0;
        for (int i = 0; i < 4; ++i) {
            const auto byte = static_cast<unsigned char>(m_bytes[at + static_cast<unsigned>(i)]);
            w |= std::uint32_t{byte} << (swap ? 8 * (3 - i) : 8 * i);
        }
        return w;
    }

    std::string m_bytes;
    std::string m_path;
    bool m_swap = false;
};

}  // namespace

Catalogue load_catalogue(const std::string& path, const std::string& language) {
    const MoBytes mo(read_input_file(path, kMaxCatalogueBytes), path);
    const std::uint32_t count = mo.word(8), originals = mo.word(12), translations = mo.word(16);
    Catalogue out;
    out.language = language;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::string_view id = mo.entry(originals, i);
        if (id.empty())
            continue;  // the header
        std::string_view text = mo.entry(translations, i);
        text = text.substr(0, text.find('\0'));  // the singular of a plural message
        out.messages.emplace(std::string(id.substr(0, id.find('\0'))), std::string(text));
    }
    return out;
}

}  // namespace cm
