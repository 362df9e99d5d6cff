#pragma once

// The atlas as render, export and animate use it: loaded and then validated like `check`,
// so a map is never drawn from data that `check` rejects (DESIGN.md, Errors and bad input).

#include <future>
#include <memory>
#include <string>

#include "geodata/check/problem.hpp"
#include "geodata/model/atlas.hpp"

namespace cm::cli {

/// Loads the data directory @p data_dir and validates it.
/// @throws DataError naming the file, record and field of the first problem, with the
/// number of further problems (`campaignmap check` lists them all).
Atlas load_checked_atlas(const std::string& data_dir);

/// The atlas of a map being made: loaded, its records checked (check_atlas_records) at once,
/// its borders' topology (check_atlas_topology, the costly part) on another thread while the
/// map is made. The map is written only after require_checked(); a failure while it is made
/// calls require_checked() first, so a problem of the data is reported as `check` reports it.
class AtlasUnderCheck {
  public:
    /// @throws DataError as load_checked_atlas() for the records (once the topology is
    /// checked too, so the count of further problems is whole).
    explicit AtlasUnderCheck(const std::string& data_dir);

    const Atlas& atlas() const { return *m_atlas; }

    /// Waits for the topology check. @throws DataError as load_checked_atlas().
    void require_checked();

  private:
    std::unique_ptr<const Atlas> m_atlas;
    std::shared_future<ProblemList> m_topology;  // last: waited for before the atlas goes
};

}  // namespace cm::cli
