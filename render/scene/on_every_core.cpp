#include "render/scene/on_every_core.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <future>
#include <thread>
#include <vector>

namespace cm {

void on_every_core(int count, const std::function<PieceWorker()>& make_worker) {
    if (count <= 0)
        return;
    std::vector<std::exception_ptr> failures(static_cast<std::size_t>(count));
    std::atomic<int> next{0}, earliest_failure{count};
    auto fail = [&](int i) {
        failures[static_cast<std::size_t>(i)] = std::current_exception();
        int seen = earliest_failure;
        while (i < seen && !earliest_failure.compare_exchange_weak(seen, i)) {
        }
    };
    auto claim = [&] {
        PieceWorker work;
        try {
            work = make_worker();
        } catch (...) {  // a thread without a worker fails the next piece
            if (const int i = next++; i < count)
                fail(i);
            return;
        }
        // Pieces are claimed in order: past a failure, every later piece is moot.
        for (int i = next++; i < count && i < earliest_failure; i = next++) {
            try {
                work(i);
            } catch (...) {
                fail(i);
            }
        }
    };
    const unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<std::future<void>> helpers;
    for (unsigned k = 1; k < std::min(cores, static_cast<unsigned>(count)); ++k)
        helpers.push_back(std::async(std::launch::async, claim));
    claim();
    for (std::future<void>& h : helpers)
        h.get();  // claim() lets no exception out
    for (const std::exception_ptr& f : failures)
        if (f)
            std::rethrow_exception(f);
}

}  // namespace cm
