// libFuzzer target: the gazetteer loader on arbitrary bytes. Bad input must end in a
// cm::Error (a clear message), never a crash, a hang or another exception. The bytes go to a
// real file: the loaders read only regular files (a GDAL /vsimem/ path is refused).

#include <cstddef>
#include <cstdint>

#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"
#include "tests/fuzz/scratch_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const cm::fuzz::ScratchFile scratch("cm-fuzz-gazetteer", ".geojson");
    cm::ogr::register_drivers();
    if (!scratch.write(data, size))
        return 0;
    try {
        (void)cm::load_gazetteer(scratch.path());
    } catch (const cm::Error&) {
    }
    return 0;
}
