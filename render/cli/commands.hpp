#pragma once

// Each subcommand registers its options on the app and returns the function that runs it.
// Only main.cpp catches errors and prints them.

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

namespace cm::cli {

/// Runs a parsed subcommand. @returns the process exit status (0 on success).
using Runner = std::function<int()>;

/// Adds `--data DIR` (default: the project's geodata/) to @p sub.
void add_data_option(CLI::App& sub, std::string& data_dir);

Runner add_geocode_command(CLI::App& app);
Runner add_draft_command(CLI::App& app);
Runner add_check_command(CLI::App& app);
Runner add_export_command(CLI::App& app);
Runner add_render_command(CLI::App& app);
Runner add_animate_command(CLI::App& app);

}  // namespace cm::cli
