#include "video_libav.hpp"

#include "geodata/model/error.hpp"

extern "C" {
#include <libavutil/error.h>
}

namespace cm::av {

std::string error_text(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

Frame make_frame(AVPixelFormat format, int width, int height, const std::string& what) {
    Frame frame(av_frame_alloc());
    if (!frame)
        throw OutputError(what, "out of memory for a video frame");
    frame->format = format;
    frame->width = width;
    frame->height = height;
    if (const int rc = av_frame_get_buffer(frame.get(), 0); rc < 0)
        throw OutputError(what, "cannot allocate a video frame: " + error_text(rc));
    return frame;
}

}  // namespace cm::av
