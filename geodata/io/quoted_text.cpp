#include "geodata/io/quoted_text.hpp"

#include <cstdio>

namespace cm {

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte == 0x7f) {
            char code[8];
            std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(byte));
            out += code;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

}  // namespace cm
