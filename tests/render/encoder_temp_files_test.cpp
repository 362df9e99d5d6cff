// The encoder module (libcm_encoders.so) has its own copy of AtomicFile: its temporary files
// must still be registered where the host's stop handlers look (geodata/files/temp_files.hpp),
// or a stop signal during `animate` would leave a hidden half-video behind.

#include <gtest/gtest.h>

#include <filesystem>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "geodata/files/stop_signals.hpp"
#include "render/output/encoders.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

std::size_t entries_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

/// Opens @p name in @p dir with the module's encoder, then stops by SIGTERM.
int stop_while_encoding(const cm::test::TempDir& dir, const char* name) {
    const pid_t child = ::fork();
    if (child == 0) {
        cm::install_stop_handlers();
        const std::string target = dir / name;
        if (std::string(name) == "a.gif") {
            const auto gif = cm::encoders().open_gif(target, 64, 64, 2.0);
            ::raise(SIGTERM);
        } else {
            const auto video = cm::encoders().open_video(
                target, cm::VideoSettings{64, 64, 2.0, cm::VideoCodec::h264});
            ::raise(SIGTERM);
        }
        ::_exit(0);  // not reached
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return status;
}

}  // namespace

TEST(EncoderModule, StopSignalsRemoveItsTemporaryFiles) {
    for (const char* name : {"a.mp4", "a.gif"}) {
        const cm::test::TempDir dir;
        const int status = stop_while_encoding(dir, name);
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << name << " " << status;
        EXPECT_EQ(entries_in(dir.path), 0u) << name << ": a temporary file remains";
    }
}
