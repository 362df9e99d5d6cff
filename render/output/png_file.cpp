#include "render/output/png_file.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include "geodata/files/detail/write_all.hpp"
#include "geodata/files/output_target.hpp"
#include "geodata/model/error.hpp"
#include "render/writers/png_encoder.hpp"

namespace cm {

void write_png(const RasterImage& image, const std::string& path, const std::string& shown_path,
               bool opaque, int threads) {
    const std::vector<std::uint8_t> png = encode_png(image, opaque, threads);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
        throw OutputError(shown_path,
                          std::string("cannot open for writing: ") + std::strerror(errno));
    int error = detail::write_all(fd, std::string(png.begin(), png.end()));
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0)
        throw OutputError(shown_path, write_failure(error));
}

}  // namespace cm
