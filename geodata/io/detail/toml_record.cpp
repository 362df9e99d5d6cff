#include "toml_record.hpp"

#include <cmath>

#include "geodata/files/input_file.hpp"
#include "geodata/files/toml_limits.hpp"
#include "geodata/model/error.hpp"

namespace cm::detail {
namespace {

std::string line_of(const toml::source_region& where) {
    return "line " + std::to_string(where.begin.line);
}

}  // namespace

toml::table parse_toml_file(const std::string& path) {
    const std::string text = read_input_file(path, kMaxTomlBytes);
    if (const auto problem = toml_limit_problem(text))
        throw DataError(path, "line " + std::to_string(problem->line), problem->message);
    try {
        return toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        const std::string what(e.description());
        if (!e.source().begin)
            throw DataError(path, "", what);
        throw DataError(path, line_of(e.source()), what);
    }
}

std::vector<const toml::table*> records_of(const toml::table& doc, const std::string& path,
                                           const std::string& key) {
    for (const auto& [name, node] : doc)
        if (name.str() != key)
            throw DataError(
                path, line_of(node.source()),
                "unknown key '" + std::string(name.str()) + "' (expected [[" + key + "]] tables)");
    std::vector<const toml::table*> out;
    if (!doc.contains(key))
        return out;  // a dataset may have no records of a kind
    const toml::array* array = doc[key].as_array();
    if (!array)
        throw DataError(path, "", "'" + key + "' must be [[" + key + "]] tables");
    for (const toml::node& node : *array) {
        const toml::table* table = node.as_table();
        if (!table)
            throw DataError(path, line_of(node.source()), "'" + key + "' must be tables");
        out.push_back(table);
    }
    return out;
}

TomlRecord::TomlRecord(const toml::table& table, std::string file, const std::string& kind,
                       std::size_t index)
    : m_table(table), m_file(std::move(file)) {
    m_record = kind + " #" + std::to_string(index + 1);
    if (table.source().begin)
        m_record += " (" + line_of(table.source()) + ")";
}

void TomlRecord::name_after(const std::string& id) {
    const auto paren = m_record.find(" #");
    m_record = m_record.substr(0, paren) + " '" + id + "'";
}

void TomlRecord::fail(const std::string& key, const std::string& message) const {
    throw DataError(m_file, m_record, (key.empty() ? "" : "'" + key + "': ") + message);
}

const toml::node* TomlRecord::find(const std::string& key) {
    m_read.insert(key);
    return m_table.get(key);
}

std::string TomlRecord::optional_text(const std::string& key) {
    const toml::node* node = find(key);
    if (!node)
        return {};
    const auto* value = node->as_string();
    if (!value)
        fail(key, "must be a string");
    return value->get();
}

std::string TomlRecord::text(const std::string& key) {
    if (!m_table.get(key))
        fail(key, "missing");
    std::string value = optional_text(key);
    if (value.empty())
        fail(key, "is empty");
    return value;
}

std::vector<std::string> TomlRecord::texts(const std::string& key) {
    const toml::node* node = find(key);
    if (!node)
        return {};
    const toml::array* array = node->as_array();
    if (!array)
        fail(key, "must be an array of strings");
    std::vector<std::string> out;
    for (const toml::node& item : *array) {
        const auto* value = item.as_string();
        if (!value || value->get().empty())
            fail(key, "must hold non-empty strings");
        out.push_back(value->get());
    }
    return out;
}

std::map<std::string, std::string> TomlRecord::text_table(const std::string& key) {
    const toml::node* node = find(key);
    if (!node)
        fail(key, "missing");
    const toml::table* table = node->as_table();
    if (!table || table->empty())
        fail(key, "must be a table of strings, e.g. { ru = \"...\" }");
    std::map<std::string, std::string> out;
    for (const auto& [name, value] : *table) {
        const auto* text = value.as_string();
        if (!text || text->get().empty())
            fail(key + "." + std::string(name.str()), "must be a non-empty string");
        out.emplace(std::string(name.str()), text->get());
    }
    return out;
}

std::optional<Bounds> TomlRecord::optional_extent(const std::string& key) {
    const toml::node* node = find(key);
    if (!node)
        return std::nullopt;
    const toml::array* array = node->as_array();
    if (!array || array->size() != 4)
        fail(key, "must be [west, south, east, north] in degrees");
    double v[4];
    for (std::size_t i = 0; i < 4; ++i) {
        const std::optional<double> d = (*array)[i].value<double>();
        if (!d || !std::isfinite(*d))
            fail(key, "must be [west, south, east, north] in degrees");
        v[i] = *d;
    }
    if (!(v[0] >= -180 && v[0] < v[2] && v[2] <= 180 && v[1] >= -90 && v[1] < v[3] && v[3] <= 90))
        fail(key, "must have -180 <= west < east <= 180 and -90 <= south < north <= 90");
    Bounds b;
    b.extend(LonLat{v[0], v[1]});
    b.extend(LonLat{v[2], v[3]});
    return b;
}

std::optional<long> TomlRecord::optional_count(const std::string& key) {
    const toml::node* node = find(key);
    if (!node)
        return std::nullopt;
    const auto* value = node->as_integer();
    if (!value)
        fail(key, "must be an integer");
    if (value->get() <= 0)
        fail(key, "must be positive");
    return static_cast<long>(value->get());
}

bool TomlRecord::flag(const std::string& key) {
    const toml::node* node = find(key);
    if (!node)
        return false;
    const auto* value = node->as_boolean();
    if (!value)
        fail(key, "must be true or false");
    return value->get();
}

Certainty TomlRecord::certainty(const std::string& key) {
    const std::string value = text(key);
    const auto c = certainty_from_string(value);
    if (!c)
        fail(key, "unknown certainty '" + value + "' (exact, approximate, uncertain)");
    return *c;
}

int TomlRecord::year_value(const toml::node& node, const std::string& key) const {
    const auto* value = node.as_integer();
    if (!value)
        fail(key, "years must be integers");
    if (value->get() < -10000 || value->get() > 10000)
        fail(key, "year out of range");
    return static_cast<int>(value->get());
}

int TomlRecord::year(const std::string& key) {
    const toml::node* node = find(key);
    if (!node)
        fail(key, "missing");
    return year_value(*node, key);
}

std::optional<YearRange> TomlRecord::years(bool required) {
    const toml::node* single = find("year");
    const toml::node* span = find("years");
    if (single && span)
        fail("years", "give either 'year' or 'years', not both");
    if (single) {
        const int y = year_value(*single, "year");
        return YearRange{y, y};
    }
    if (!span) {
        if (required)
            fail("year", "missing ('year = Y' or 'years = [first, last]')");
        return std::nullopt;
    }
    const toml::array* array = span->as_array();
    if (!array || array->size() != 2)
        fail("years", "must be [first, last]");
    return YearRange{year_value(*array->get(0), "years"), year_value(*array->get(1), "years")};
}

std::vector<const toml::table*> TomlRecord::tables(const std::string& key) {
    const toml::node* node = find(key);
    if (!node)
        return {};
    const toml::array* array = node->as_array();
    if (!array)
        fail(key, "must be an array of tables");
    std::vector<const toml::table*> out;
    for (const toml::node& item : *array) {
        const toml::table* table = item.as_table();
        if (!table)
            fail(key, "must hold tables");
        out.push_back(table);
    }
    return out;
}

void TomlRecord::finish() const {
    for (const auto& [name, node] : m_table)
        if (!m_read.count(std::string(name.str())))
            fail(std::string(name.str()), "unknown key");
}

}  // namespace cm::detail
