#include "render/labels/candidate_cache.hpp"

namespace cm {

CandidateCache::Entry::Entry(const LabelRequest& request, const Typesetter& typesetter)
    : m_typesetter(typesetter),
      m_request(request),
      m_candidates(candidates_for(m_request, typesetter)) {
    if (m_request.kind == LabelKind::area && !m_request.inside.empty())
        m_land.emplace(m_request.inside);
}

const std::vector<Candidate>& CandidateCache::Entry::inner_candidates() {
    if (!m_inner)
        m_inner = area_inner_candidates(m_request, m_typesetter);
    return *m_inner;
}

CandidateCache::Entry& CandidateCache::entry(const LabelRequest& request,
                                             const Typesetter& typesetter) {
    std::unique_ptr<Entry>& slot = m_entries[request.id];
    if (!slot || !(slot->request() == request))
        slot = std::make_unique<Entry>(request, typesetter);
    return *slot;
}

}  // namespace cm
