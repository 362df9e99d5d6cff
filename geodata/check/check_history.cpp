#include "geodata/check/check_atlas.hpp"

namespace cm {

ProblemList check_history(const Atlas&, const AtlasFiles&) { return {}; }

}  // namespace cm
