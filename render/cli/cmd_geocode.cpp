// `campaignmap geocode ARTICLE... -o OUT [--report REPORT.json]`: finds the gazetteer's
// places in articles, writes the places dataset, reports the names it could not place.

#include <filesystem>
#include <iostream>
#include <memory>

#include "geodata/files/atomic_file.hpp"
#include "geodata/files/output_target.hpp"
#include "geodata/geocode/draft_gazetteer.hpp"
#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/places_writer.hpp"
#include "geodata/geocode/report.hpp"
#include "geodata/geocode/suggestions.hpp"
#include "geodata/io/reference_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "geodata/model/error.hpp"
#include "render/cli/commands.hpp"
#include "render/cli/geocode_index.hpp"
#include "render/cli/run_inputs.hpp"
#include "render/install/install_layout.hpp"

namespace cm::cli {
namespace {

struct GeocodeOptions {
    std::string data_dir;
    std::vector<std::string> articles;
    std::string output;
    std::string report;
    std::string format;
    std::string draft_gazetteer;
    std::string reference;         ///< directory of the reference gazetteer; "off" for none
    bool reference_given = false;  ///< named on the command line: it must exist
};

/// A --reference named on the command line must be a directory.
void check_reference(const GeocodeOptions& o) {
    std::error_code ec;
    if (o.reference_given && o.reference != "off" &&
        !std::filesystem::is_directory(o.reference, ec))
        throw UsageError("--reference " + o.reference +
                         ": not a directory (give the directory of the Natural Earth extract, "
                         "or off)");
}

/// --draft-gazetteer: GeoJSON, never an input, -o or --report.
void check_draft_gazetteer(const GeocodeOptions& o, const std::vector<std::string>& inputs) {
    if (o.draft_gazetteer.empty())
        return;
    check_output(o.draft_gazetteer, inputs);
    if (vector_format_for(o.draft_gazetteer, "") != VectorFormat::geojson)
        throw UsageError(o.draft_gazetteer + ": --draft-gazetteer writes GeoJSON (.geojson)");
    for (const std::string* other : {&o.output, &o.report})
        if (*other == o.draft_gazetteer)
            throw UsageError(o.draft_gazetteer + ": given as --draft-gazetteer and as " +
                             (other == &o.output ? "-o" : "--report"));
}

/// Checks both outputs before any work: formats, kinds of file, never an input or each other.
VectorFormat check_outputs(const GeocodeOptions& o) {
    std::vector<std::string> inputs = data_inputs(o.data_dir);
    inputs.insert(inputs.end(), o.articles.begin(), o.articles.end());
    if (o.reference != "off")
        inputs.push_back(o.reference);
    check_output(o.output, inputs);
    const VectorFormat format = vector_format_for(o.output, o.format);
    check_reference(o);
    check_draft_gazetteer(o, inputs);
    if (o.report.empty())
        return format;
    if (is_standard_output(o.report) && is_standard_output(o.output))
        throw UsageError("-o - and --report - would both go to standard output");
    check_output(o.report, inputs);
    std::error_code report_ec, output_ec;
    const auto report = std::filesystem::weakly_canonical(o.report, report_ec);
    const auto output = std::filesystem::weakly_canonical(o.output, output_ec);
    if (!report_ec && !output_ec && report == output)
        throw UsageError(o.report + ": given as both -o and --report");
    if (!is_standard_output(o.output))
        refuse_overwriting_inputs(o.report, {o.output});
    if (!is_standard_output(o.report))
        AtomicFile{o.report};  // an unwritable report fails before OUT
    return format;
}

int run_geocode(const GeocodeOptions& o) {
    const VectorFormat format = check_outputs(o);
    const geocode::PlaceIndex index = load_index(o.data_dir);
    geocode::Geocoding result = geocode::geocode_files(o.articles, index);
    if (o.reference != "off" && !result.unresolved.empty())  // read only when needed
        geocode::suggest_locations(result, load_reference_places(o.reference));
    write_places(result.places, o.output, format);
    if (!o.report.empty())
        write_output(o.report, geocode::report_json(result));
    if (!o.draft_gazetteer.empty())
        write_output(o.draft_gazetteer, geocode::draft_gazetteer_json(result));
    std::cerr << terminal_safe_lines(geocode::report_summary(result));
    return 0;
}

}  // namespace

Runner add_geocode_command(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "geocode", "Find the gazetteer's places in articles; write them as a places dataset");
    auto o = std::make_shared<GeocodeOptions>();
    add_data_option(*sub, o->data_dir);
    sub->add_option("articles", o->articles, "Article text files (UTF-8)")->required();
    sub->add_option("-o,--output", o->output,
                    "Places dataset: .geojson, .json, .gpkg or .csv, or - for standard output")
        ->required();
    sub->add_option("--report", o->report,
                    "JSON report: resolved place ids and unresolved place-like names (- for "
                    "standard output)");
    sub->add_option("--format", o->format,
                    "geojson (default) or csv: the format on standard output (-o -)");
    sub->add_option("--draft-gazetteer", o->draft_gazetteer,
                    "Write the best suggestion for each unresolved name as gazetteer features "
                    "(GeoJSON, certainty uncertain) to review and merge");
    o->reference = basemap_extract_dir();
    CLI::Option* reference =
        sub->add_option("--reference", o->reference,
                        "Reference gazetteer for suggestions: a directory with the Natural Earth "
                        "extract (off: no suggestions)")
            ->capture_default_str();
    return [o, reference]() -> int {
        o->reference_given = reference->count() > 0;
        return run_geocode(*o);
    };
}

}  // namespace cm::cli
