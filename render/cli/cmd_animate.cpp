#include "render/cli/commands.hpp"

#include "geodata/model/error.hpp"

namespace cm::cli {

Runner add_animate_command(CLI::App& app) {
    auto* sub = app.add_subcommand("animate", "(being built)");
    auto data_dir = std::make_shared<std::string>();
    add_data_option(*sub, *data_dir);
    return [] () -> int { throw Error("'animate' is not available yet"); };
}

}  // namespace cm::cli
