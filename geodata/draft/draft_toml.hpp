#pragma once

// The drafts as the history files' TOML (events.toml, campaigns.toml formats).

#include <string>

#include "geodata/draft/drafts.hpp"

namespace cm::draft {

std::string events_toml(const Drafts& drafts);
std::string campaigns_toml(const Drafts& drafts);

}  // namespace cm::draft
