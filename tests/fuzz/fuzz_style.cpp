// libFuzzer target: the style parser on arbitrary bytes. A bad style must end in a
// cm::StyleError (or another cm::Error), never a crash, a hang or a foreign exception.

#include <cstddef>
#include <cstdint>
#include <string>

#include "geodata/model/error.hpp"
#include "render/style/style_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        (void)cm::parse_style(text, "fuzz.toml");
    } catch (const cm::Error&) {
    }
    return 0;
}
