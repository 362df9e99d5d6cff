#include "render/writers/detail/svg_markup.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace cm::detail {
namespace {

void append_point(std::string& out, PagePt p) {
    append_number(out, p.x);
    out += ' ';
    append_number(out, p.y);
}

PagePt on_circle(const PathStep& s, double angle) {
    return {s.p.x + s.radius_pt * std::cos(angle), s.p.y + s.radius_pt * std::sin(angle)};
}

/// An arc as Cairo draws it: from its start angle on, clockwise on the page, joined to the
/// current point by a line unless it starts a subpath.
void append_arc(std::string& out, const PathStep& s, bool has_point) {
    double to = s.to_rad;
    while (to < s.from_rad)
        to += 2.0 * M_PI;
    out += has_point && !s.new_subpath ? "L " : "M ";
    append_point(out, on_circle(s, s.from_rad));
    const int pieces = std::max(1, static_cast<int>(std::ceil((to - s.from_rad) / (M_PI / 2))));
    for (int i = 1; i <= pieces; ++i) {
        out += " A ";
        append_number(out, s.radius_pt);
        out += ' ';
        append_number(out, s.radius_pt);
        out += " 0 0 1 ";
        append_point(out, on_circle(s, s.from_rad + (to - s.from_rad) * i / pieces));
    }
}

}  // namespace

void append_number(std::string& out, double v) {
    const double rounded = std::round(v * 100.0) / 100.0;
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer,
                                      rounded == 0.0 ? 0.0 : rounded, std::chars_format::fixed, 2);
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

void append_path_data(std::string& out, const Path& path) {
    bool has_point = false;
    for (const PathStep& s : path) {
        if (has_point)
            out += ' ';
        switch (s.verb) {
            case PathStep::Verb::move:
                out += "M ";
                append_point(out, s.p);
                break;
            case PathStep::Verb::line:
                out += "L ";
                append_point(out, s.p);
                break;
            case PathStep::Verb::curve:
                out += "C ";
                append_point(out, s.c1);
                out += ' ';
                append_point(out, s.c2);
                out += ' ';
                append_point(out, s.p);
                break;
            case PathStep::Verb::arc:
                append_arc(out, s, has_point);
                break;
            case PathStep::Verb::close:
                out += 'Z';
                break;
        }
        has_point = true;
    }
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
