#include "frame_scheduler.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "render/animate/interrupt.hpp"

namespace cm {
namespace {

constexpr auto kInterruptPoll = std::chrono::milliseconds(50);

/// What the workers and the consumer share; every field under `mutex`.
struct Queue {
    std::mutex mutex;
    std::condition_variable changed;
    std::map<std::size_t, RasterImage> ready;
    std::size_t next_to_claim = 0;
    std::size_t next_to_consume = 0;
    std::size_t frames_ahead = 1;
    /// The error of the earliest frame that failed, and that frame.
    std::exception_ptr error;
    std::size_t error_at = 0;
    bool stop = false;
};

void run_worker(Queue& q, const std::vector<PlannedFrame>& frames, const FrameSource& source) {
    for (;;) {
        std::size_t i = 0;
        {
            std::unique_lock lock(q.mutex);
            q.changed.wait(lock, [&] {
                return q.stop || q.next_to_claim >= frames.size() ||
                       q.next_to_claim < q.next_to_consume + q.frames_ahead;
            });
            if (q.stop || q.next_to_claim >= frames.size())
                return;
            i = q.next_to_claim++;
        }
        try {
            RasterImage image = source(frames[i]);
            const std::lock_guard lock(q.mutex);
            q.ready.emplace(i, std::move(image));
        } catch (...) {
            const std::lock_guard lock(q.mutex);
            if (!q.error || i < q.error_at) {
                q.error = std::current_exception();
                q.error_at = i;
            }
            q.stop = true;
        }
        q.changed.notify_all();
    }
}

/// Stops and joins the workers however the consumer leaves (return, error, interrupt).
struct Workers {
    Queue& q;
    std::vector<std::thread> threads;
    ~Workers() {
        {
            const std::lock_guard lock(q.mutex);
            q.stop = true;
        }
        q.changed.notify_all();
        for (std::thread& t : threads)
            t.join();
    }
};

/// Frame @p i once it is ready. A failure is reported when the consumer reaches the frame that
/// failed: the frames before it were claimed first and are still finishing, and one of them may
/// fail too, so the error shown is always that of the earliest failing frame.
RasterImage take_next(Queue& q, std::size_t i) {
    std::unique_lock lock(q.mutex);
    for (;;) {
        if (q.error && q.error_at <= i)
            std::rethrow_exception(q.error);
        throw_if_interrupted();
        const auto it = q.ready.find(i);
        if (it != q.ready.end()) {
            RasterImage image = std::move(it->second);
            q.ready.erase(it);
            q.next_to_consume = i + 1;
            lock.unlock();
            q.changed.notify_all();
            return image;
        }
        q.changed.wait_for(lock, kInterruptPoll);
    }
}

}  // namespace

int worker_count(int requested) {
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void render_in_order(const std::vector<PlannedFrame>& frames, const FrameSource& source,
                     const FrameConsumer& consume, const ScheduleOptions& options) {
    if (frames.empty())
        return;
    const int workers = std::min(worker_count(options.workers), static_cast<int>(frames.size()));
    Queue q;
    q.frames_ahead =
        static_cast<std::size_t>(options.frames_ahead > 0 ? options.frames_ahead : 2 * workers);
    Workers pool{q, {}};
    for (int w = 0; w < workers; ++w)
        pool.threads.emplace_back(run_worker, std::ref(q), std::cref(frames), std::cref(source));
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const RasterImage image = take_next(q, i);
        consume(frames[i], image);
        if (options.on_progress)
            options.on_progress(static_cast<int>(i + 1));
    }
}

}  // namespace cm
