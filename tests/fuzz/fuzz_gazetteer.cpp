// libFuzzer target: the gazetteer loader on arbitrary bytes. Bad input must end in a
// cm::Error (a clear message), never a crash, a hang or another exception.

#include <cstddef>
#include <cstdint>

#include <cpl_vsi.h>

#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    cm::ogr::register_drivers();
    const char* path = "/vsimem/fuzz-gazetteer.geojson";
    VSILFILE* f = VSIFileFromMemBuffer(path, const_cast<GByte*>(data), size, FALSE);
    if (!f)
        return 0;
    VSIFCloseL(f);
    try {
        (void)cm::load_gazetteer(path);
    } catch (const cm::Error&) {
    }
    VSIUnlink(path);
    return 0;
}
