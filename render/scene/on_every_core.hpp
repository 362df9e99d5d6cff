#pragma once

// Independent pieces of work shared among the cores.

#include <functional>

namespace cm {

/// One thread's worker: does piece i.
using PieceWorker = std::function<void(int)>;

/// Runs piece i for every i in [0, count), on up to one thread per core (at most 8), the
/// pieces claimed in order; each thread does its pieces with a worker of its own from
/// @p make_worker (called on that thread), which may hold what one thread must not share,
/// such as a projection. When some pieces fail, the exception of the smallest failing i is
/// rethrown once all have stopped, however the pieces were shared; pieces after it may be
/// left undone.
void on_every_core(int count, const std::function<PieceWorker()>& make_worker);

}  // namespace cm
