#include <filesystem>
#include <iostream>
#include <memory>

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "render/cli/commands.hpp"

namespace cm::cli {

Runner add_check_command(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "check", "Validate the gazetteer and the history; print every problem found");
    auto data_dir = std::make_shared<std::string>();
    add_data_option(*sub, *data_dir);
    return [data_dir]() -> int {
        namespace fs = std::filesystem;
        const Atlas atlas = load_atlas(*data_dir);
        const AtlasFiles files{(fs::path(*data_dir) / "gazetteer.geojson").string(),
                               (fs::path(*data_dir) / "history").string()};
        const ProblemList problems = check_atlas(atlas, files);
        for (const Problem& p : problems)
            std::cerr << "campaignmap: " << terminal_safe(to_string(p)) << '\n';
        if (!problems.empty()) {
            std::cerr << "campaignmap: " << problems.size() << " problem(s) found\n";
            return 1;
        }
        std::cout << "ok: " << atlas.places.size() << " places, " << atlas.polities.size()
                  << " polities, " << atlas.events.size() << " events, " << atlas.campaigns.size()
                  << " campaigns, " << atlas.regions.size() << " regions\n";
        return 0;
    };
}

}  // namespace cm::cli
