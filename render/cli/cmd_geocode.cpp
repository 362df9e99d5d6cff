// `campaignmap geocode ARTICLE... -o OUT [--report REPORT.json]`: finds the gazetteer's
// places in articles, writes the places dataset, reports the names it could not place.

#include <filesystem>
#include <iostream>
#include <memory>

#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/not_places.hpp"
#include "geodata/geocode/report.hpp"
#include "geodata/io/atomic_file.hpp"
#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/places_writer.hpp"
#include "render/cli/commands.hpp"

namespace cm::cli {
namespace {

struct GeocodeOptions {
    std::string data_dir;
    std::vector<std::string> articles;
    std::string output;
    std::string report;
};

/// The gazetteer of @p data_dir and, when the dataset has one, its list of names that are
/// not places (geocode/not_places.txt).
geocode::PlaceIndex load_index(const std::string& data_dir) {
    namespace fs = std::filesystem;
    std::vector<Place> places = load_gazetteer((fs::path(data_dir) / "gazetteer.geojson").string());
    const fs::path not_places = fs::path(data_dir) / "geocode" / "not_places.txt";
    std::error_code ec;
    std::vector<std::string> phrases;
    if (fs::exists(not_places, ec))
        phrases = geocode::load_not_places(not_places.string());
    return geocode::PlaceIndex(std::move(places), phrases);
}

int run_geocode(const GeocodeOptions& o) {
    places_driver_for(o.output);  // an unknown extension fails before any work
    const geocode::PlaceIndex index = load_index(o.data_dir);
    const geocode::Geocoding result = geocode::geocode_files(o.articles, index);
    if (!o.report.empty())
        AtomicFile{o.report};  // an unwritable report fails before OUT
    write_places(result.places, o.output);
    if (!o.report.empty())
        write_file_atomically(o.report, geocode::report_json(result));
    std::cerr << geocode::report_summary(result);
    return 0;
}

}  // namespace

Runner add_geocode_command(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "geocode", "Find the gazetteer's places in articles; write them as a places dataset");
    auto o = std::make_shared<GeocodeOptions>();
    add_data_option(*sub, o->data_dir);
    sub->add_option("articles", o->articles, "Article text files (UTF-8)")->required();
    sub->add_option("-o,--output", o->output, "Places dataset: .geojson, .json, .gpkg or .csv")
        ->required();
    sub->add_option("--report", o->report,
                    "JSON report: resolved place ids and unresolved place-like names");
    return [o]() -> int { return run_geocode(*o); };
}

}  // namespace cm::cli
