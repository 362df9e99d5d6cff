#include "render/cli/style_coverage.hpp"

#include <algorithm>
#include <filesystem>

#include "render/install/install_layout.hpp"
#include "render/style/style_loader.hpp"

namespace cm::cli {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> style_files_in(const fs::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return out;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".toml" && entry.is_regular_file(ec))
            out.push_back(entry.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

std::vector<std::string> styles_to_check(const std::vector<std::string>& named,
                                         const std::string& data_dir) {
    std::vector<std::string> out;
    for (const std::string& name : named)
        out.push_back(resolve_style_for_data(name, data_dir));
    if (!out.empty())
        return out;
    for (const fs::path& dir :
         {fs::path(data_dir) / "styles", fs::path(data_dir) / ".." / "styles"})
        if (out = style_files_in(dir); !out.empty())
            return out;
    return style_files_in(styles_dir());
}

ProblemList check_colour_keys(const Atlas& atlas, const std::string& polities_file,
                              const std::vector<std::string>& style_paths) {
    ProblemList out;
    for (const std::string& path : style_paths) {
        const Style style = load_style(path);
        const std::string name = fs::path(path).stem().string();
        for (const Polity& p : atlas.polities)
            if (!style.territories.polities.contains(p.colour_key))
                out.push_back({polities_file, "polity '" + p.id + "'", "colour_key",
                               "'" + p.colour_key + "' has no colour in style '" + name + "' (" +
                                   path + "): add it to that style's [polities] table"});
    }
    return out;
}

}  // namespace cm::cli
