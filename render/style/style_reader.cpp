#include "render/style/style_reader.hpp"

#include <cstdio>
#include <utility>

#include "geodata/model/error.hpp"
#include "render/style/style_loader.hpp"

namespace cm::detail {
namespace {

bool in_range(double v, Range range) {
    return v >= range.min && v <= range.max;  // false for NaN
}

/// "0.01", "20", "1e+30", "nan", "inf": short and exact enough for a message.
std::string number_text(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

std::string range_text(Range range) {
    return number_text(range.min) + ".." + number_text(range.max);
}

}  // namespace

StyleTable::StyleTable(const toml::table* table, std::string file, std::string path)
    : m_table(table), m_file(std::move(file)), m_path(std::move(path)) {}

std::string StyleTable::qualified(const std::string& key) const {
    return m_path.empty() ? key : m_path + "." + key;
}

void StyleTable::fail(const std::string& key, const std::string& what) const {
    throw StyleError(m_file, qualified(key), what);
}

const toml::node* StyleTable::find(const std::string& key) {
    if (!m_table)
        return nullptr;
    m_used.insert(key);
    return m_table->get(key);
}

void StyleTable::number(const std::string& key, double& out, Range range) {
    const toml::node* node = find(key);
    if (!node)
        return;
    if (auto v = node->value<double>(); v && (node->is_floating_point() || node->is_integer())) {
        if (!in_range(*v, range))
            fail(key, "expected " + range_text(range) + ", got " + number_text(*v));
        out = *v;
        return;
    }
    fail(key, "expected a number in " + range_text(range));
}

void StyleTable::boolean(const std::string& key, bool& out) {
    const toml::node* node = find(key);
    if (!node)
        return;
    if (!node->is_boolean())
        fail(key, "expected true or false");
    out = *node->value<bool>();
}

void StyleTable::text(const std::string& key, std::string& out) {
    const toml::node* node = find(key);
    if (!node)
        return;
    if (!node->is_string())
        fail(key, "expected a string");
    out = *node->value<std::string>();
}

void StyleTable::colour(const std::string& key, Colour& out) {
    const toml::node* node = find(key);
    if (!node)
        return;
    if (!node->is_string())
        fail(key, "expected a colour \"#rrggbb\" or \"#rrggbbaa\"");
    const std::string value = *node->value<std::string>();
    if (!parse_colour(value, out))
        fail(key, "expected a colour \"#rrggbb\" or \"#rrggbbaa\", got \"" + value + "\"");
}

void StyleTable::numbers(const std::string& key, std::vector<double>& out, Range range) {
    const toml::node* node = find(key);
    if (!node)
        return;
    const std::string expected = "expected an array of 1.." + std::to_string(kMaxNumbers) +
                                 " numbers in " + range_text(range);
    const toml::array* array = node->as_array();
    if (!array || array->empty() || array->size() > kMaxNumbers)
        fail(key, expected);
    std::vector<double> values;
    for (const toml::node& item : *array) {
        auto v = item.value<double>();
        if (!v || !(item.is_floating_point() || item.is_integer()))
            fail(key, expected);
        if (!in_range(*v, range))
            fail(key, expected + ", got " + number_text(*v));
        values.push_back(*v);
    }
    out = std::move(values);
}

void StyleTable::font(const std::string& key, LabelFont& out) {
    StyleTable t = table(key);
    t.text("family", out.family);
    if (out.family != "Noto Sans" && out.family != "Noto Serif")
        t.fail("family", "expected \"Noto Sans\" or \"Noto Serif\" (the pinned fonts), got \"" +
                             out.family + "\"");
    t.number("size_pt", out.size_pt, kFontSizePt);
    t.boolean("italic", out.italic);
    t.boolean("bold", out.bold);
    t.number("letter_spacing_pt", out.letter_spacing_pt, kLetterSpacingPt);
    t.boolean("capitals", out.capitals);
    t.colour("colour", out.colour);
    t.colour("halo", out.halo);
    t.number("halo_pt", out.halo_pt, kFontHaloPt);
    t.finish();
}

StyleTable StyleTable::table(const std::string& key) {
    const toml::node* node = find(key);
    if (!node)
        return StyleTable(nullptr, m_file, qualified(key));
    if (!node->is_table())
        fail(key, "expected a table");
    return StyleTable(node->as_table(), m_file, qualified(key));
}

std::vector<std::string> StyleTable::keys() const {
    std::vector<std::string> out;
    if (!m_table)
        return out;
    for (const auto& [k, v] : *m_table)
        out.emplace_back(k.str());
    return out;
}

void StyleTable::finish() const {
    if (!m_table)
        return;
    for (const auto& [k, v] : *m_table)
        if (!m_used.count(std::string(k.str())))
            fail(std::string(k.str()), "unknown key");
}

}  // namespace cm::detail
