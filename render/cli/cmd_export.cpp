#include <iostream>
#include <memory>

#include "geodata/export/year_export.hpp"
#include "geodata/io/atlas_loader.hpp"
#include "geodata/model/error.hpp"
#include "render/cli/checked_atlas.hpp"
#include "render/cli/commands.hpp"
#include "render/cli/history_years.hpp"

namespace cm::cli {
namespace {

struct ExportOptions {
    std::string data_dir;
    int year = 0;
    std::string output;
};

int run_export(const ExportOptions& options) {
    const Atlas atlas = load_checked_atlas(options.data_dir);
    require_history_year(atlas, "--year", options.year);
    export_year(atlas, options.year, options.output);
    std::cout << "wrote " << options.output << '\n';
    return 0;
}

}  // namespace

Runner add_export_command(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "export", "Write one year's territories, changes, events and campaign legs as GeoJSON");
    auto options = std::make_shared<ExportOptions>();
    add_data_option(*sub, options->data_dir);
    sub->add_option("--year", options->year, "The year to export")->required();
    sub->add_option("-o,--output", options->output, "Output GeoJSON file")->required();
    return [options]() -> int { return run_export(*options); };
}

}  // namespace cm::cli
