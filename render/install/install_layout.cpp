#include "render/install/install_layout.hpp"

#include <filesystem>
#include <system_error>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

namespace fs = std::filesystem;

fs::path executable_dir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec)
        throw RenderError("cannot find campaignmap's own executable: " + ec.message());
    return exe.parent_path();
}

std::string find_share_dir() {
    const fs::path exe_dir = executable_dir();
    std::error_code ec;
    for (const fs::path& up : {exe_dir.parent_path(), exe_dir.parent_path().parent_path()}) {
        const fs::path candidate = up / "share" / "campaignmap";
        if (fs::is_directory(candidate / "styles", ec))
            return candidate.string();
    }
    throw RenderError("no share/campaignmap directory beside " + exe_dir.string() +
                      ": campaignmap is not installed completely (cmake --install)");
}

}  // namespace

const std::string& share_dir() {
    static const std::string dir = find_share_dir();
    return dir;
}

std::string styles_dir() {
    return share_dir() + "/styles";
}

std::string fonts_conf_path() {
    return styles_dir() + "/fonts.conf";
}

std::string default_data_dir() {
    return share_dir() + "/geodata";
}

std::string reference_gazetteer_dir() {
    return default_data_dir() + "/basemap";
}

std::string encoders_module_path() {
    const fs::path prefix = fs::path(share_dir()).parent_path().parent_path();
    return (prefix / "lib" / "campaignmap" / "libcm_encoders.so").string();
}

}  // namespace cm
