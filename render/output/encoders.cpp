#include "render/output/encoders.hpp"

#include <dlfcn.h>

#include "geodata/files/temp_files.hpp"
#include "geodata/model/error.hpp"
#include "render/install/install_layout.hpp"

namespace cm {
namespace {

/// Loads the module once for the process; it stays loaded until exit.
const Encoders& load_encoders() {
    const std::string path = encoders_module_path();
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle)  // dlerror() names the file and the reason
        throw RenderError(std::string("cannot load the video encoders: ") + ::dlerror());
    using Entry = decltype(&cm_encoders_entry);
    auto* entry = reinterpret_cast<Entry>(::dlsym(handle, "cm_encoders_entry"));
    if (!entry)
        throw RenderError(path + ": not campaignmap's encoder module");
    return *entry(temp_registry());
}

}  // namespace

const Encoders& encoders() {
    static const Encoders& loaded = load_encoders();
    return loaded;
}

}  // namespace cm
