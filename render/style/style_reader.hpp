#pragma once

// detail of the style loader: reads one TOML table, remembering which keys were used, so
// that every key the style does not know is reported.

#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "render/labels/label.hpp"

namespace cm::detail {

/// The values a numeric key accepts, both ends included.
struct Range {
    double min = 0.0;
    double max = 0.0;
};

/// The font keys' ranges (fonts.*.size_pt, letter_spacing_pt, halo_pt).
constexpr Range kFontSizePt{2.0, 144.0};
constexpr Range kLetterSpacingPt{0.0, 50.0};
constexpr Range kFontHaloPt{0.0, 20.0};
/// Most entries of a list of numbers (basemap.river_widths_pt).
constexpr std::size_t kMaxNumbers = 16;

class StyleTable {
  public:
    StyleTable(const toml::table* table, std::string file, std::string path);

    /// A number in @p range; NaN, infinity and values outside are errors naming the range.
    void number(const std::string& key, double& out, Range range);
    void boolean(const std::string& key, bool& out);
    void text(const std::string& key, std::string& out);
    void colour(const std::string& key, Colour& out);
    /// 1..kMaxNumbers numbers, each in @p range.
    void numbers(const std::string& key, std::vector<double>& out, Range range);
    void font(const std::string& key, LabelFont& out);
    /// A sub-table; absent gives an empty reader.
    StyleTable table(const std::string& key);
    /// Every key of this table (for free-form tables such as [polities]).
    std::vector<std::string> keys() const;
    /// @throws StyleError for the first key never read.
    void finish() const;

    [[noreturn]] void fail(const std::string& key, const std::string& what) const;

  private:
    const toml::node* find(const std::string& key);
    std::string qualified(const std::string& key) const;

    const toml::table* m_table;
    std::string m_file;
    std::string m_path;
    std::set<std::string> m_used;
};

}  // namespace cm::detail
