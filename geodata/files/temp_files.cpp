#include "temp_files.hpp"

#include <array>
#include <atomic>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

namespace cm {
namespace {

constexpr std::size_t kSlots = 256;
constexpr std::size_t kPathBytes = 4096;

enum State : int { kFree = 0, kFilling = 1, kLive = 2 };

struct Slot {
    std::atomic<int> state{kFree};
    bool directory = false;
    char path[kPathBytes] = {};
};

static_assert(std::atomic<int>::is_always_lock_free, "the signal handler reads slot states");

}  // namespace

struct TempRegistry {
    std::array<Slot, kSlots> slots;
};

namespace {

TempRegistry g_own;
std::atomic<TempRegistry*> g_registry{&g_own};

std::array<Slot, kSlots>& slots() {
    return g_registry.load()->slots;
}

/// Removes the files directly inside @p dir, then @p dir (frame directories are flat).
void remove_flat_directory(const char* dir) noexcept {
    const int fd = ::open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        alignas(dirent64) char buf[4096];
        for (;;) {
            const ssize_t n = ::getdents64(fd, buf, sizeof buf);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto* entry = reinterpret_cast<const dirent64*>(buf + at);
                const char* name = entry->d_name;
                const bool dots = name[0] == '.' && (name[1] == 0 || (name[1] == '.' && !name[2]));
                if (!dots)
                    ::unlinkat(fd, name, 0);
                at += entry->d_reclen;
            }
        }
        ::close(fd);
    }
    ::rmdir(dir);
}

}  // namespace

LiveTempPath::LiveTempPath(const std::string& path, Kind kind) {
    hold(path, kind);
}

LiveTempPath::~LiveTempPath() {
    release();
}

void LiveTempPath::hold(const std::string& path, Kind kind) {
    release();
    if (path.size() >= kPathBytes)
        return;
    std::array<Slot, kSlots>& table = slots();
    for (std::size_t i = 0; i < kSlots; ++i) {
        int expected = kFree;
        if (!table[i].state.compare_exchange_strong(expected, kFilling))
            continue;
        std::memcpy(table[i].path, path.c_str(), path.size() + 1);
        table[i].directory = kind == Kind::directory;
        table[i].state.store(kLive);
        m_slot = static_cast<int>(i);
        return;
    }
}

void LiveTempPath::release() {
    if (m_slot >= 0)
        slots()[static_cast<std::size_t>(m_slot)].state.store(kFree);
    m_slot = -1;
}

TempRegistry* temp_registry() {
    return g_registry.load();
}

void use_temp_registry(TempRegistry* host) {
    g_registry.store(host);
}

void remove_live_temp_paths() noexcept {
    for (Slot& slot : slots()) {
        if (slot.state.load() != kLive)
            continue;
        if (slot.directory)
            remove_flat_directory(slot.path);
        else
            ::unlink(slot.path);
    }
}

StopSignalsBlocked::StopSignalsBlocked() {
    sigset_t stops;
    sigemptyset(&stops);
    for (const int s : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&stops, s);
    pthread_sigmask(SIG_BLOCK, &stops, &m_saved);
}

StopSignalsBlocked::~StopSignalsBlocked() {
    pthread_sigmask(SIG_SETMASK, &m_saved, nullptr);
}

}  // namespace cm
