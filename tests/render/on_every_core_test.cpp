// Pieces of work shared among the cores: each done once, by workers made per thread, and
// the failure of the earliest failing piece reported, whichever thread met it first.

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "render/scene/on_every_core.hpp"

namespace cm {
namespace {

TEST(OnEveryCore, DoesEveryPieceOnce) {
    std::vector<std::atomic<int>> done(200);
    std::atomic<int> workers{0};
    on_every_core(200, [&]() -> PieceWorker {
        ++workers;
        return [&](int i) { ++done[static_cast<std::size_t>(i)]; };
    });
    for (std::size_t i = 0; i < done.size(); ++i)
        EXPECT_EQ(done[i].load(), 1) << i;
    EXPECT_GE(workers.load(), 1);
    EXPECT_LE(workers.load(), 8);
    on_every_core(0, [&]() -> PieceWorker { return [&](int) { ADD_FAILURE(); }; });
}

TEST(OnEveryCore, WhenSeveralPiecesFailTheEarliestIsReported) {
    // Piece 3 fails at once, piece 1 only after a while: the error is piece 1's.
    for (int run = 0; run < 5; ++run) {
        try {
            on_every_core(6, []() -> PieceWorker {
                return [](int i) {
                    if (i == 1) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(100));
                        throw std::runtime_error("piece 1 failed");
                    }
                    if (i == 3)
                        throw std::runtime_error("piece 3 failed");
                };
            });
            ADD_FAILURE() << "no failure reported";
        } catch (const std::runtime_error& e) {
            EXPECT_EQ(std::string(e.what()), "piece 1 failed");
        }
    }
}

}  // namespace
}  // namespace cm
