// campaignmap: campaign maps from history articles. The one place that catches errors:
// each is printed as one line "campaignmap: <file>: <record>: <what is wrong>".
// Exit status: 0 success, 2 usage error, 1 any other error.

#include <iostream>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "geodata/files/stop_signals.hpp"
#include "geodata/io/terminal_text.hpp"
#include "geodata/model/error.hpp"
#include "render/cli/commands.hpp"
#include "render/install/install_layout.hpp"

namespace {

constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

/// The one print point of errors: inputs' text is escaped, so it cannot act on the terminal.
int fail(const std::string& message, int status) {
    std::cerr << "campaignmap: " << cm::terminal_safe(message) << '\n';
    return status;
}

using Commands = std::vector<std::pair<CLI::App*, cm::cli::Runner>>;

/// Runs the parsed command; every error it throws ends here, as one line.
int run_parsed(const Commands& commands) {
    try {
        for (const auto& [sub, run] : commands)
            if (sub->parsed())
                return run();
        return fail("no command given (see 'campaignmap --help')", kExitUsage);
    } catch (const cm::UsageError& e) {
        return fail(e.what(), kExitUsage);
    } catch (const cm::Error& e) {
        return fail(e.what(), kExitError);
    } catch (const std::bad_alloc&) {
        return fail("out of memory", kExitError);
    } catch (const std::exception& e) {
        return fail(std::string("internal error: ") + e.what(), kExitError);
    }
}

}  // namespace

namespace cm::cli {

void add_data_option(CLI::App& sub, std::string& data_dir) {
    data_dir = default_data_dir();
    sub.add_option("--data", data_dir, "Data directory (gazetteer.geojson, history/)")
        ->capture_default_str();
}

}  // namespace cm::cli

int main(int argc, char** argv) {
    cm::install_stop_handlers();  // from here on, a stop signal leaves no temporary file
    CLI::App app{"campaignmap: turns history articles into campaign maps"};
    app.set_version_flag("--version", std::string("campaignmap ") + CM_VERSION);
    app.require_subcommand(1, 1);
    try {
        (void)cm::share_dir();  // the default --data, the styles and fonts live there
    } catch (const cm::Error& e) {
        return fail(e.what(), kExitError);
    }

    Commands commands;
    auto add = [&](cm::cli::Runner (*adder)(CLI::App&)) {
        const std::size_t before = app.get_subcommands({}).size();
        cm::cli::Runner run = adder(app);
        commands.emplace_back(app.get_subcommands({}).at(before), std::move(run));
    };
    add(cm::cli::add_geocode_command);
    add(cm::cli::add_draft_command);
    add(cm::cli::add_check_command);
    add(cm::cli::add_export_command);
    add(cm::cli::add_render_command);
    add(cm::cli::add_animate_command);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return fail(std::string(e.what()) + " (see 'campaignmap --help')", kExitUsage);
    }

    return run_parsed(commands);
}
