#pragma once

// The legend's word for each kind of event, in the installed language.

#include <string>

#include "geodata/model/event.hpp"

namespace cm {

/// @returns "Battle", "Siege"... for @p type (tr(), render/language/words.hpp).
std::string event_word(EventType type);

}  // namespace cm
