// `campaignmap export --year Y -o OUT`: one year's territories, changes, events and legs as
// GeoJSON, GeoPackage or CSV (by OUT's extension), or GeoJSON/CSV on standard output (-o -).

#include <iostream>
#include <memory>

#include "geodata/export/year_export.hpp"
#include "geodata/files/output_target.hpp"
#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "geodata/model/error.hpp"
#include "render/cli/checked_atlas.hpp"
#include "render/cli/commands.hpp"
#include "render/cli/history_years.hpp"
#include "render/cli/route_inputs.hpp"
#include "render/cli/run_inputs.hpp"

namespace cm::cli {
namespace {

struct ExportOptions {
    std::string data_dir;
    int year = 0;
    std::string output;
    std::string format;
    std::string relief = "default";
};

/// Exported courses keep bends of this size: about a millimetre at 1:10,000,000, where the
/// maps of a war are drawn.
constexpr double kExportGeneraliseKm = 10.0;

int run_export(const ExportOptions& options) {
    // Fails before any work.
    check_output(options.output, with_route_terrain(data_inputs(options.data_dir), options.relief));
    const VectorFormat format = vector_format_for(options.output, options.format);
    const Atlas atlas = load_checked_atlas(options.data_dir);
    require_history_year(atlas, "--year", options.year);
    const CourseTable courses = load_route_courses(
        options.relief, atlas, {options.year, options.year}, kExportGeneraliseKm);
    export_year(atlas, options.year, options.output, format, &courses);
    if (!is_standard_output(options.output))
        std::cout << "wrote " << terminal_safe(options.output) << '\n';
    return 0;
}

}  // namespace

Runner add_export_command(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "export",
        "Write one year's territories, changes, events and campaign legs as GeoJSON, "
        "GeoPackage or CSV");
    auto options = std::make_shared<ExportOptions>();
    add_data_option(*sub, options->data_dir);
    sub->add_option("--year", options->year, "The year to export")->required();
    sub->add_option("-o,--output", options->output,
                    "Output: .geojson, .json, .gpkg or .csv, or - for standard output")
        ->required();
    sub->add_option("--relief", options->relief,
                    "default, off, or a DEM file: the heights inferred courses follow when ETOPO5 "
                    "is not installed");
    sub->add_option("--format", options->format,
                    "geojson (default) or csv: the format on standard output (-o -)");
    return [options]() -> int { return run_export(*options); };
}

}  // namespace cm::cli
