// `campaignmap draft ARTICLE... -o DIR`: draft events.toml and campaigns.toml from the
// articles' dated sentences, every record marked certainty = "draft" for review.

#include <filesystem>
#include <iostream>
#include <memory>

#include "geodata/draft/draft_toml.hpp"
#include "geodata/draft/drafts.hpp"
#include "geodata/files/output_target.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "geodata/model/error.hpp"
#include "render/cli/commands.hpp"
#include "render/cli/geocode_index.hpp"
#include "render/cli/run_inputs.hpp"

namespace cm::cli {
namespace {

namespace fs = std::filesystem;

struct DraftOptions {
    std::string data_dir;
    std::vector<std::string> articles;
    std::string output_dir;
};

std::vector<Polity> dataset_polities(const std::string& data_dir) {
    const std::string path = history_files((fs::path(data_dir) / "history").string()).polities;
    std::error_code ec;
    return fs::exists(path, ec) ? load_polities(path) : std::vector<Polity>{};
}

/// The output directory, made when missing; both files checked before any work.
void prepare_outputs(const DraftOptions& o, const std::string& events,
                     const std::string& campaigns) {
    std::error_code ec;
    if (fs::exists(o.output_dir, ec) && !fs::is_directory(o.output_dir, ec))
        throw UsageError(o.output_dir + ": -o names a file; draft writes a directory");
    fs::create_directories(o.output_dir, ec);
    if (ec)
        throw OutputError(o.output_dir, "cannot make the directory: " + ec.message());
    std::vector<std::string> inputs = data_inputs(o.data_dir);
    inputs.insert(inputs.end(), o.articles.begin(), o.articles.end());
    check_output(events, inputs);
    check_output(campaigns, inputs);
}

int run_draft(const DraftOptions& o) {
    const std::string events = (fs::path(o.output_dir) / "events.toml").string();
    const std::string campaigns = (fs::path(o.output_dir) / "campaigns.toml").string();
    prepare_outputs(o, events, campaigns);
    const geocode::PlaceIndex index = load_index(o.data_dir);
    std::vector<geocode::Article> articles;
    for (const std::string& path : o.articles)
        articles.push_back(geocode::read_article(path));
    const draft::Drafts drafts =
        draft::draft_history(articles, index, dataset_polities(o.data_dir));
    write_output(events, draft::events_toml(drafts));
    write_output(campaigns, draft::campaigns_toml(drafts));
    std::cerr << "draft: " << drafts.events.size() << " event(s) in " << terminal_safe(events)
              << ", " << drafts.campaigns.size() << " campaign(s) in " << terminal_safe(campaigns)
              << " (certainty \"draft\": review each, then set it)\n";
    return 0;
}

}  // namespace

Runner add_draft_command(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "draft", "Draft events.toml and campaigns.toml from articles' dated sentences");
    auto o = std::make_shared<DraftOptions>();
    add_data_option(*sub, o->data_dir);
    sub->add_option("articles", o->articles, "Article text files (UTF-8)")->required();
    sub->add_option("-o,--output", o->output_dir,
                    "Directory for the drafts (events.toml, campaigns.toml); made when missing")
        ->required();
    return [o]() -> int { return run_draft(*o); };
}

}  // namespace cm::cli
