#include "render/cli/history_years.hpp"

#include "geodata/model/error.hpp"
#include "geodata/query/control.hpp"

namespace cm::cli {

void require_history_year(const Atlas& atlas, const std::string& option, int year) {
    const YearRange span = history_span(atlas);
    if (!span.contains(year))
        throw UsageError(option + " " + std::to_string(year) + " is outside the history's years (" +
                         std::to_string(span.first) + "-" + std::to_string(span.last) + ")");
}

}  // namespace cm::cli
