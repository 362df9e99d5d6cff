// `campaignmap check [--data DIR] [--style NAME...]`: every problem of the dataset at once,
// errors and warnings, with a count; exit 1 when there is an error.

#include <filesystem>
#include <iostream>
#include <memory>

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "render/cli/commands.hpp"
#include "render/cli/language_option.hpp"
#include "render/cli/style_coverage.hpp"

namespace cm::cli {
namespace {

struct CheckOptions {
    std::string data_dir;
    std::vector<std::string> styles;
};

void print_problems(const ProblemList& problems) {
    for (const Problem& p : problems)
        std::cerr << "campaignmap: " << (p.severity == Severity::warning ? "warning: " : "")
                  << terminal_safe(to_string(p)) << '\n';
}

int run_check(const CheckOptions& o) {
    namespace fs = std::filesystem;
    const Atlas atlas = load_atlas(o.data_dir);
    const AtlasFiles files{(fs::path(o.data_dir) / "gazetteer.geojson").string(),
                           (fs::path(o.data_dir) / "history").string()};
    ProblemList problems = check_atlas(atlas, files);
    const ProblemList colours =
        check_colour_keys(atlas, (fs::path(files.history_dir) / "polities.toml").string(),
                          styles_to_check(o.styles, o.data_dir));
    problems.insert(problems.end(), colours.begin(), colours.end());
    print_problems(problems);
    const std::size_t errors = count_of(problems, Severity::error);
    const std::size_t warnings = count_of(problems, Severity::warning);
    if (!problems.empty())
        std::cerr << "campaignmap: " << problems.size() << " problem(s) found: " << errors
                  << " error(s), " << warnings << " warning(s)\n";
    if (errors > 0)
        return 1;
    std::cout << "ok: " << atlas.places.size() << " places, " << atlas.polities.size()
              << " polities, " << atlas.events.size() << " events, " << atlas.campaigns.size()
              << " campaigns, " << atlas.regions.size() << " regions\n";
    report_missing_names(atlas);
    return 0;
}

}  // namespace

Runner add_check_command(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "check", "Validate the gazetteer and the history; print every problem found");
    auto o = std::make_shared<CheckOptions>();
    add_data_option(*sub, o->data_dir);
    sub->add_option("--style", o->styles,
                    "Styles whose [polities] colours to compare with the polities' colour_key "
                    "(default: the styles beside the data, else the shipped ones)");
    return [o]() -> int { return run_check(*o); };
}

}  // namespace cm::cli
