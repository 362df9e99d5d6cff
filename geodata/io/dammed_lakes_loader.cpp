#include "geodata/io/dammed_lakes_loader.hpp"

#include <sstream>

#include "geodata/files/input_file.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

constexpr std::uintmax_t kMaxBytes = 1 << 20;

std::vector<std::string> tab_fields(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t from = 0;
    for (std::size_t tab; (tab = line.find('\t', from)) != std::string::npos; from = tab + 1)
        fields.push_back(line.substr(from, tab - from));
    fields.push_back(line.substr(from));
    return fields;
}

/// The outline of place @p id, or none: "-", or a data set (--data) whose gazetteer has no
/// such lake, keeps Natural Earth's extent.
PolygonGeometry natural_extent(const std::string& id, const Atlas& atlas) {
    const Place* place = id == "-" ? nullptr : find_place(atlas, id);
    const auto* polygon = place ? std::get_if<PolygonGeometry>(&place->geometry) : nullptr;
    return polygon ? *polygon : PolygonGeometry{};
}

}  // namespace

std::vector<DammedLake> load_dammed_lakes(const std::string& path, const Atlas& atlas) {
    std::istringstream text(read_input_file(path, kMaxBytes));
    std::vector<DammedLake> lakes;
    std::string line;
    for (int number = 1; std::getline(text, line); ++number) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        const std::string record = "line " + std::to_string(number);
        const std::vector<std::string> fields = tab_fields(line);
        if (fields.size() != 3 || fields[0].empty())
            throw DataError(path, record, "expected NAME<TAB>DAM<TAB>GAZETTEER_ID (or -)");
        lakes.push_back({fields[0], fields[1], natural_extent(fields[2], atlas)});
    }
    return lakes;
}

}  // namespace cm
