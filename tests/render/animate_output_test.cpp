#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "geodata/model/error.hpp"
#include "render/animate/interrupt.hpp"
#include "render/animate/write_animation.hpp"
#include "render/output/frame_dir.hpp"
#include "tests/render/animate_decode.hpp"
#include "tests/temp_dir.hpp"

using cm::test::TempDir;

using namespace cm;
namespace fs = std::filesystem;

namespace {

constexpr int kWidth = 161;  // odd on purpose: videos must round down to even
constexpr int kHeight = 91;

AnimationJob job_for(const std::string& output, double fps = 2.0, double hold = 0.5) {
    AnimationJob job;
    job.plan = make_frame_plan({1640, 1651}, fps, hold);
    job.width = kWidth;
    job.height = kHeight;
    job.output = output;
    job.show_progress = false;
    return job;
}

FrameSource synthetic() {
    return [](const PlannedFrame& f) { return test::synthetic_frame(f, kWidth, kHeight); };
}

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

/// Only the named entries are in @p dir: no temporary files were left behind.
std::vector<std::string> entries(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir))
        names.push_back(e.path().filename());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST(AnimateOutput, Mp4IsH264Yuv420EvenSizedWithOneFramePerYear) {
    const TempDir dir;
    write_animation(job_for(dir / "a.mp4"), synthetic());
    const test::DecodedVideo v = test::decode_video(dir / "a.mp4");
    EXPECT_EQ(v.codec, "h264");
    EXPECT_EQ(v.pixel_format, AV_PIX_FMT_YUV420P);
    EXPECT_EQ(v.width, kWidth - 1);
    EXPECT_EQ(v.height, kHeight - 1);
    ASSERT_EQ(v.frames_rgb.size(), 12u);
    for (int i = 0; i < 12; ++i)
        EXPECT_TRUE(test::near_colour(test::rgb_at(v, i, 80, 60),
                                      test::year_colour(1640 + i) & 0xffffff, 12))
            << "frame " << i << " shows " << std::hex << test::rgb_at(v, i, 80, 60);
    EXPECT_EQ(entries(dir.path), std::vector<std::string>{"a.mp4"});
}

TEST(AnimateOutput, Mp4HasItsIndexAtTheFrontForStreaming) {
    const TempDir dir;
    write_animation(job_for(dir / "a.mp4"), synthetic());
    const std::string bytes = file_bytes(dir / "a.mp4");
    const auto moov = bytes.find("moov");
    const auto mdat = bytes.find("mdat");
    ASSERT_NE(moov, std::string::npos);
    ASSERT_NE(mdat, std::string::npos);
    EXPECT_LT(moov, mdat);
}

TEST(AnimateOutput, WebmIsVp9WithEveryFrame) {
    const TempDir dir;
    write_animation(job_for(dir / "a.webm", 4.0, 0.5), synthetic());
    const test::DecodedVideo v = test::decode_video(dir / "a.webm");
    EXPECT_EQ(v.codec.find("vp9") != std::string::npos, true) << v.codec;
    EXPECT_EQ(v.width, kWidth - 1);
    ASSERT_EQ(v.frames_rgb.size(), 24u);
    EXPECT_TRUE(
        test::near_colour(test::rgb_at(v, 23, 80, 60), test::year_colour(1651) & 0xffffff, 16));
}

TEST(AnimateOutput, GifKeepsFullSizeAndYearColours) {
    const TempDir dir;
    write_animation(job_for(dir / "a.gif"), synthetic());
    const test::DecodedVideo v = test::decode_video(dir / "a.gif");
    EXPECT_EQ(v.codec, "gif");
    EXPECT_EQ(v.width, kWidth);
    EXPECT_EQ(v.height, kHeight);
    ASSERT_EQ(v.frames_rgb.size(), 12u);
    for (int i = 0; i < 12; ++i)
        EXPECT_TRUE(test::near_colour(test::rgb_at(v, i, 80, 60),
                                      test::year_colour(1640 + i) & 0xffffff, 4))
            << "frame " << i;
}

TEST(AnimateOutput, FrameDirectoryHoldsNumberedPngsAndManifest) {
    const TempDir dir;
    write_animation(job_for(dir / "frames", 4.0, 0.5), synthetic());
    const FrameDirManifest m = read_manifest(dir / "frames");
    EXPECT_EQ(m.frame_count, 24);
    EXPECT_EQ(m.width, kWidth);
    EXPECT_EQ(m.years, (YearRange{1640, 1651}));
    EXPECT_TRUE(fs::exists(dir / "frames/frame_00001.png"));
    EXPECT_TRUE(fs::exists(dir / "frames/frame_00024.png"));
    EXPECT_FALSE(fs::exists(dir / "frames/frame_00025.png"));
    const RasterImage back = read_frame(dir / "frames", 23);
    const RasterImage drawn =
        test::synthetic_frame(planned_frame(job_for("x", 4.0).plan, 23), kWidth, kHeight);
    EXPECT_EQ(back.pixels, drawn.pixels);
    EXPECT_EQ(entries(dir.path), std::vector<std::string>{"frames"});
}

TEST(AnimateOutput, ShardsAssembleIntoTheSameVideoAsOneRun) {
    const TempDir dir;
    write_animation(job_for(dir / "whole", 4.0, 0.5), synthetic());
    for (int k = 0; k < 3; ++k) {
        AnimationJob job = job_for(dir / "shards", 4.0, 0.5);
        job.shard = Shard{k, 3};
        write_animation(job, synthetic());
    }
    for (int i = 0; i < 24; ++i)
        EXPECT_EQ(file_bytes(dir / ("whole/" + frame_file_name(i))),
                  file_bytes(dir / ("shards/" + frame_file_name(i))))
            << i;
    write_animation(job_for(dir / "single.mp4", 4.0, 0.5), synthetic());
    assemble_frames(dir / "shards", dir / "assembled.mp4", false);
    const test::DecodedVideo single = test::decode_video(dir / "single.mp4");
    const test::DecodedVideo assembled = test::decode_video(dir / "assembled.mp4");
    ASSERT_EQ(single.frames_rgb.size(), 24u);
    EXPECT_EQ(single.frames_rgb, assembled.frames_rgb);
    EXPECT_EQ(file_bytes(dir / "single.mp4"), file_bytes(dir / "assembled.mp4"));
}

TEST(AnimateOutput, AssemblyNamesTheMissingFrame) {
    const TempDir dir;
    AnimationJob job = job_for(dir / "shards");
    job.shard = Shard{0, 2};
    write_animation(job, synthetic());
    try {
        assemble_frames(dir / "shards", dir / "out.mp4", false);
        FAIL() << "expected DataError";
    } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find("frame_00002.png"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(dir / "out.mp4"));
    EXPECT_EQ(entries(dir.path), std::vector<std::string>{"shards"});
}

TEST(AnimateOutput, ShardToAVideoIsAUsageError) {
    const TempDir dir;
    AnimationJob job = job_for(dir / "a.mp4");
    job.shard = Shard{0, 2};
    EXPECT_THROW(write_animation(job, synthetic()), UsageError);
    EXPECT_THROW(write_animation(job_for(dir / "a.avi"), synthetic()), UsageError);
}

TEST(AnimateOutput, SourceFailureLeavesNoFile) {
    const TempDir dir;
    const FrameSource failing = [](const PlannedFrame& f) {
        if (f.index == 6)
            throw RenderError("cannot draw");
        return test::synthetic_frame(f, kWidth, kHeight);
    };
    for (const char* name : {"a.mp4", "a.gif", "a.webm", "frames"})
        EXPECT_THROW(write_animation(job_for(dir / name), failing), RenderError) << name;
    EXPECT_TRUE(entries(dir.path).empty());
}

TEST(AnimateOutput, SigintInAChildLeavesNoOutputAndNoTempFile) {
    const TempDir dir;
    for (const char* name : {"slow.mp4", "slow"}) {
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            const FrameSource slow = [](const PlannedFrame& f) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                return test::synthetic_frame(f, kWidth, kHeight);
            };
            try {
                const InterruptGuard guard;
                write_animation(job_for(dir / name, 20.0, 1.0), slow);
            } catch (const Interrupted& e) {
                die_by_signal(e.signal_number());
            }
            ::_exit(0);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        ::kill(child, SIGINT);
        int status = 0;
        ::waitpid(child, &status, 0);
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) << name;
        EXPECT_TRUE(entries(dir.path).empty()) << name;
    }
}
