#include "terminal_text.hpp"

#include <cstdio>

namespace cm {
namespace {

/// The length of the UTF-8 sequence starting @p text[at], or 0 when it is not valid UTF-8
/// (a stray continuation, a truncated or overlong sequence, a surrogate, beyond U+10FFFF).
std::size_t sequence_length(std::string_view text, std::size_t at, char32_t& cp) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t n = 0;
    if (lead < 0x80)
        return cp = lead, 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        n = 2, cp = lead & 0x1F;
    else if (lead >= 0xE0 && lead <= 0xEF)
        n = 3, cp = lead & 0x0F;
    else if (lead >= 0xF0 && lead <= 0xF4)
        n = 4, cp = lead & 0x07;
    else
        return 0;
    if (at + n > text.size())
        return 0;
    for (std::size_t i = 1; i < n; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (byte(at + i) & 0x3F);
    }
    const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return 0;
    return n;
}

bool is_hidden_control(char32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

void append_escape(std::string& out, const char* format, unsigned value) {
    char buf[16];
    std::snprintf(buf, sizeof buf, format, value);
    out += buf;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        char32_t cp = 0;
        const std::size_t n = sequence_length(text, at, cp);
        if (n == 0) {
            append_escape(out, "\\x%02x", static_cast<unsigned char>(text[at]));
            at += 1;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F)
            append_escape(out, "\\x%02x", static_cast<unsigned>(cp));
        else if (is_hidden_control(cp))
            append_escape(out, "\\u{%04x}", static_cast<unsigned>(cp));
        else
            out.append(text.substr(at, n));
        at += n;
    }
    return out;
}

std::string terminal_safe_lines(std::string_view text) {
    std::string out;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            return out + terminal_safe(text.substr(start));
        out += terminal_safe(text.substr(start, end - start)) + '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace cm
