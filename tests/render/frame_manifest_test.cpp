// The manifest of a frame directory is read strictly: every value has a sign and a range,
// frame_count must follow from the years, the frames present must be exactly those it
// names and each must have its size; a named pipe among them is refused without waiting.

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <utility>

#include <sys/stat.h>

#include "geodata/model/error.hpp"
#include "render/output/frame_dir.hpp"
#include "render/writers/png_encoder.hpp"
#include "tests/temp_dir.hpp"

namespace cm {
namespace {

using test::TempDir;

const FrameDirManifest kGood{6, 2.0, 32, 24, {1640, 1642}, 2};

std::string error_of(const std::string& dir) {
    try {
        read_manifest(dir);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

/// A manifest whose line `key = ...` says @p value instead.
std::string with(const std::string& key, const std::string& value) {
    const std::string text = manifest_text(kGood);
    const auto at = text.find("\n" + key + " = ") + 1;
    const auto end = text.find('\n', at);
    return text.substr(0, at) + key + " = " + value + text.substr(end);
}

void write_frame(const TempDir& dir, int index, int width, int height) {
    RasterImage image{width, height, width * 4, std::vector<std::uint8_t>(width * height * 4, 255)};
    const auto png = encode_png(image, true, 1);
    dir.write(frame_file_name(index), std::string(png.begin(), png.end()));
}

TEST(FrameManifest, RoundTrips) {
    const TempDir dir;
    dir.write(kManifestName, manifest_text(kGood));
    EXPECT_EQ(read_manifest(dir.path.string()), kGood);
}

TEST(FrameManifest, EveryValueHasASignAndARange) {
    const std::pair<std::string, std::string> cases[][1] = {
        {{with("frames_per_year", "-1"), "frames_per_year: expected 1..600, found -1"}},
        {{with("frames_per_year", "0"), "frames_per_year: expected 1..600, found 0"}},
        {{with("frame_count", "-6"), "frame_count: expected 1..1000000, found -6"}},
        {{with("frame_count", "7"),
          "frame_count: 7 does not match the years and "
          "frames_per_year (6 frames)"}},
        {{with("frame_count", "6.5"), "frame_count: expected a whole number, found '6.5'"}},
        {{with("frame_count", "99999999999999999999"), "frame_count: expected a whole number"}},
        {{with("fps", "nan"), "fps: expected more than 0 and at most 1000, found nan"}},
        {{with("fps", "-2"), "fps: expected more than 0"}},
        {{with("fps", "inf"), "fps: expected more than 0"}},
        {{with("width", "100000"), "width: expected 1..20000, found 100000"}},
        {{with("height", "0"), "height: expected 1..20000, found 0"}},
        {{with("first_year", "1643"), "last_year: 1642 is before first_year 1643"}},
        {{with("last_year", "20000"), "last_year: expected -10000..10000"}},
        {{manifest_text(kGood) + "fps = 3\n", "fps: given twice"}},
        {{manifest_text(kGood) + "speed = 3\n", "speed: unknown key"}},
        {{manifest_text(kGood) + "fps\n", "line 9: expected 'key = value'"}},
    };
    for (const auto& [c] : cases) {
        const TempDir dir;
        dir.write(kManifestName, c.first);
        const std::string what = error_of(dir.path.string());
        EXPECT_EQ(what.rfind(dir / kManifestName + ": ", 0), 0u) << what;
        EXPECT_NE(what.find(c.second), std::string::npos) << c.second << "\n" << what;
    }
    const TempDir dir;
    dir.write(kManifestName, with("width", std::string(100000, '9')));
    EXPECT_NE(error_of(dir.path.string()).find("more than the 64 KiB limit"), std::string::npos);
}

TEST(FrameManifest, FramesPresentMustBeExactlyThoseNamed) {
    const TempDir dir;
    for (int i = 0; i < 6; ++i)
        if (i != 3)
            write_frame(dir, i, 32, 24);
    EXPECT_THROW(
        {
            try {
                check_frames_present(dir.path.string(), kGood);
            } catch (const DataError& e) {
                EXPECT_EQ(std::string(e.what()),
                          dir / "frame_00004.png" + ": frame missing (did every shard finish?)");
                throw;
            }
        },
        DataError);
    write_frame(dir, 3, 32, 24);
    EXPECT_NO_THROW(check_frames_present(dir.path.string(), kGood));
    write_frame(dir, 6, 32, 24);
    try {
        check_frames_present(dir.path.string(), kGood);
        ADD_FAILURE() << "an extra frame passed";
    } catch (const DataError& e) {
        EXPECT_EQ(std::string(e.what()),
                  dir / "frame_00007.png" + ": frame beyond frame_count 6 of animation.toml");
    }
}

TEST(FrameManifest, FramesOfAnotherSizeOrNotFilesAreRefusedBeforeDecoding) {
    const TempDir dir;
    write_frame(dir, 0, 32, 24);
    write_frame(dir, 1, 40, 24);
    ASSERT_EQ(::mkfifo((dir / frame_file_name(2)).c_str(), 0600), 0);
    dir.write(frame_file_name(3), "not a png at all, not even its header");
    EXPECT_EQ(read_frame(dir.path.string(), 0, 32, 24).width, 32);
    const auto message = [&](int index) {
        try {
            read_frame(dir.path.string(), index, 32, 24);
        } catch (const DataError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(message(1),
              dir / frame_file_name(1) + ": is 40x24 pixels; animation.toml says 32x24");
    EXPECT_EQ(message(2),
              dir / frame_file_name(2) + ": is a named pipe (FIFO), not a regular file");
    EXPECT_EQ(message(3), dir / frame_file_name(3) + ": not a readable PNG");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

}  // namespace
}  // namespace cm
