#include "render/writers/detail/svg_markup.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <system_error>

#include "geodata/model/error.hpp"

namespace cm::detail {
namespace {

PagePt on_circle(const PathStep& s, double angle) {
    return {s.p.x + s.radius_pt * std::cos(angle), s.p.y + s.radius_pt * std::sin(angle)};
}

}  // namespace

void append_number(std::string& out, double v) {
    // Page coordinates are a few thousand points; anything not finite or beyond 1e15 is a
    // drawing that went wrong, never something to write into the file.
    if (!std::isfinite(v) || std::abs(v) > 1e15)
        throw RenderError("SVG: a number to write is not a page coordinate (" + std::to_string(v) +
                          ")");
    const double rounded = std::round(v * 100.0) / 100.0;
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer,
                                      rounded == 0.0 ? 0.0 : rounded, std::chars_format::fixed, 2);
    if (result.ec != std::errc())
        throw RenderError("SVG: a number does not fit its field");
    char* end = result.ptr;
    while (end > buffer && end[-1] == '0')
        --end;
    if (end > buffer && end[-1] == '.')
        --end;
    out.append(buffer, end);
}

std::string number(double v) {
    std::string out;
    append_number(out, v);
    return out;
}

std::string hex_colour(const Colour& c) {
    auto channel = [](double v) {
        return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
    };
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", channel(c.r), channel(c.g), channel(c.b));
    return buffer;
}

void append_escaped(std::string& out, const std::string& text) {
    for (const char ch : text) {
        const auto byte = static_cast<unsigned char>(ch);
        if (ch == '&')
            out += "&amp;";
        else if (ch == '<')
            out += "&lt;";
        else if (ch == '>')
            out += "&gt;";
        else if (ch == '"')
            out += "&quot;";
        else if (byte >= 0x20 || ch == '\t' || ch == '\n')
            out += ch;
    }
}

namespace {

/// Writes path data compactly: each point rounded to 0.01 pt, then given relative to the last
/// one written ("l" and "c" with deltas of the rounded points, so no error builds up), numbers
/// separated by a space only where a sign does not separate them.
class PathWriter {
  public:
    explicit PathWriter(std::string& out) : m_out(out) {}

    void step(const PathStep& s) {
        switch (s.verb) {
            case PathStep::Verb::move:
                command('M'), absolute(s.p);
                m_start = m_at;
                break;
            case PathStep::Verb::line:
                command('l'), relative(s.p);
                break;
            case PathStep::Verb::curve: {
                command('c');
                const PagePt from = m_at;
                relative_to(from, s.c1), relative_to(from, s.c2), relative_to(from, s.p);
                m_at = rounded(s.p);
                break;
            }
            case PathStep::Verb::arc:
                arc(s);
                break;
            case PathStep::Verb::close:
                command('Z');
                m_at = m_start;
                break;
        }
        m_has_point = true;
    }

  private:
    static PagePt rounded(PagePt p) {
        return {std::round(p.x * 100.0) / 100.0, std::round(p.y * 100.0) / 100.0};
    }
    void command(char c) {
        m_out += c;
        m_after_command = true;
    }
    void value(double v) {
        if (!m_after_command && v >= 0.0)
            m_out += ' ';
        append_number(m_out, v);
        m_after_command = false;
    }
    void absolute(PagePt p) {
        m_at = rounded(p);
        value(m_at.x), value(m_at.y);
    }
    void relative_to(PagePt from, PagePt p) {
        const PagePt r = rounded(p);
        value(r.x - from.x), value(r.y - from.y);
    }
    void relative(PagePt p) {
        relative_to(m_at, p);
        m_at = rounded(p);
    }
    /// An arc as Cairo draws it: from its start angle on, clockwise on the page, joined to the
    /// current point by a line unless it starts a subpath; in pieces of at most a quarter turn.
    void arc(const PathStep& s) {
        double to = s.to_rad;
        while (to < s.from_rad)
            to += 2.0 * M_PI;
        if (m_has_point && !s.new_subpath) {
            command('l'), relative(on_circle(s, s.from_rad));
        } else {
            command('M'), absolute(on_circle(s, s.from_rad));
            m_start = m_at;
        }
        const int pieces =
            std::max(1, static_cast<int>(std::ceil((to - s.from_rad) / (M_PI / 2) - 1e-9)));
        for (int i = 1; i <= pieces; ++i) {
            command('a');
            value(s.radius_pt), value(s.radius_pt), value(0), value(0), value(1);
            relative(on_circle(s, s.from_rad + (to - s.from_rad) * i / pieces));
        }
    }

    std::string& m_out;
    PagePt m_at, m_start;
    bool m_has_point = false;
    bool m_after_command = false;
};

}  // namespace

void append_path_data(std::string& out, const Path& path) {
    PathWriter writer(out);
    for (const PathStep& s : path)
        writer.step(s);
}

std::string id_part(const std::string& text) {
    std::string out;
    for (const char ch : text) {
        const bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                          (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.';
        out += keep ? ch : '_';
    }
    return out;
}

}  // namespace cm::detail
