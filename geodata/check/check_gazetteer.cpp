#include "geodata/check/check_atlas.hpp"

namespace cm {

ProblemList check_gazetteer(const Atlas&, const AtlasFiles&) { return {}; }

}  // namespace cm
