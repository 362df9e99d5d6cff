#pragma once

// The candidates of labels placed before. A map's labels are placed several times over (around
// a longer legend, with an event list, with a town's name moved into a callout), and most
// requests are the same each time: their candidates, the set texts in them and the index of
// their land are made once.

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "render/labels/area_fit.hpp"
#include "render/labels/candidates.hpp"
#include "render/labels/label.hpp"
#include "render/labels/layout.hpp"

namespace cm {

/// Owned by one placement's caller and used on its thread only.
class CandidateCache {
  public:
    /// What one request's placement needs, made the first time it is asked for.
    class Entry {
      public:
        explicit Entry(const LabelRequest& request, const Typesetter& typesetter);
        Entry(const Entry&) = delete;
        Entry& operator=(const Entry&) = delete;

        const LabelRequest& request() const { return m_request; }
        /// candidates_for() the request.
        const std::vector<Candidate>& candidates() const { return m_candidates; }
        /// area_inner_candidates() of the request, made on the first call.
        const std::vector<Candidate>& inner_candidates();
        /// The land an area label must stay inside; none for other labels.
        const std::optional<AreaFit>& land() const { return m_land; }

      private:
        const Typesetter& m_typesetter;
        LabelRequest m_request;  ///< the land's index refers to its rings
        std::vector<Candidate> m_candidates;
        std::optional<std::vector<Candidate>> m_inner;
        std::optional<AreaFit> m_land;
    };

    /// The entry of @p request, made anew when none was made for a request equal to it.
    /// Entries live as long as the cache or until a different request of the same id is asked
    /// for. The typesetter must outlive the cache.
    Entry& entry(const LabelRequest& request, const Typesetter& typesetter);

  private:
    std::unordered_map<std::string, std::unique_ptr<Entry>> m_entries;
};

}  // namespace cm
