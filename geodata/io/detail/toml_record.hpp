#pragma once

// Strict reading of one TOML table (a record of a history file): every read names the
// file, the record and the key when it fails, and finish() rejects keys nobody read.
// Used by the history loaders only.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "geodata/model/geometry.hpp"
#include "geodata/model/place.hpp"
#include "geodata/model/years.hpp"

namespace cm::detail {

/// Parses @p path as TOML.
/// @throws DataError naming the file and the line of a syntax error, or a missing file.
toml::table parse_toml_file(const std::string& path);

/// The records of @p path: the array of tables under @p key ("polity" for [[polity]]),
/// none when the file has no such key. Any other top-level key is an error.
/// @throws DataError when the key is not an array of tables, or other keys exist.
std::vector<const toml::table*> records_of(const toml::table& doc, const std::string& path,
                                           const std::string& key);

class TomlRecord {
  public:
    /// @p kind names the record in messages ("event"); @p index is its position.
    TomlRecord(const toml::table& table, std::string file, const std::string& kind,
               std::size_t index);

    /// Renames the record in later messages once its id is known ("event 'orbulaq-1643'").
    void name_after(const std::string& id);
    const std::string& file() const { return m_file; }
    const std::string& record() const { return m_record; }

    std::string text(const std::string& key);  ///< required, non-empty string
    std::string optional_text(const std::string& key);
    std::vector<std::string> texts(const std::string& key);  ///< optional array of strings
    /// Required inline table of non-empty strings (`labels = { ru = "...", kk = "..." }`).
    std::map<std::string, std::string> text_table(const std::string& key);
    std::optional<long> optional_count(const std::string& key);  ///< positive integer
    bool flag(const std::string& key);                           ///< optional, default false
    Certainty certainty(const std::string& key);                 ///< required
    /// A required integer year under @p key.
    int year(const std::string& key);
    /// @returns whether @p key is present (without reading it).
    bool has(const std::string& key) const { return m_table.contains(key); }
    /// `year = Y` or `years = [first, last]` (exactly one when @p required).
    std::optional<YearRange> years(bool required);
    /// Optional `[west, south, east, north]` in degrees, west < east and south < north.
    std::optional<Bounds> optional_extent(const std::string& key);
    /// Sub-tables under @p key (an optional array of tables, or inline tables).
    std::vector<const toml::table*> tables(const std::string& key);

    /// @throws DataError naming the first key that was never read.
    void finish() const;

    [[noreturn]] void fail(const std::string& key, const std::string& message) const;

  private:
    const toml::node* find(const std::string& key);
    int year_value(const toml::node& node, const std::string& key) const;

    const toml::table& m_table;
    std::string m_file;
    std::string m_record;
    std::set<std::string> m_read;
};

/// Reads every [[kind]] record of @p path with @p read (TomlRecord& -> T), then rejects
/// unread keys and, for types with an `id`, duplicate ids.
template <typename T, typename Read>
std::vector<T> read_records(const std::string& path, const std::string& kind, Read read) {
    const toml::table doc = parse_toml_file(path);
    std::vector<T> out;
    std::set<std::string> ids;
    const auto tables = records_of(doc, path, kind);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        TomlRecord record(*tables[i], path, kind, i);
        T item = read(record);
        record.finish();
        if constexpr (requires { item.id; }) {
            if (!ids.insert(item.id).second)
                record.fail("id", "duplicate id '" + item.id + "'");
        }
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace cm::detail
