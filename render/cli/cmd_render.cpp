#include "render/cli/commands.hpp"

#include "geodata/model/error.hpp"

namespace cm::cli {

Runner add_render_command(CLI::App& app) {
    auto* sub = app.add_subcommand("render", "(being built)");
    auto data_dir = std::make_shared<std::string>();
    add_data_option(*sub, *data_dir);
    return [] () -> int { throw Error("'render' is not available yet"); };
}

}  // namespace cm::cli
