#include "render/layers/event_words.hpp"

#include "render/language/words.hpp"

namespace cm {

std::string event_word(EventType t) {
    switch (t) {
        case EventType::battle:
            return tr("Battle");
        case EventType::siege:
            return tr("Siege");
        case EventType::capture:
            return tr("Capture");
        case EventType::revolt:
            return tr("Revolt");
        case EventType::assembly:
            return tr("Assembly");
        case EventType::migration:
            return tr("Migration or flight");
        case EventType::death:
            return tr("Death");
        case EventType::treaty:
            return tr("Treaty");
        case EventType::submission:
            return tr("Submission");
        case EventType::campaign:
            return tr("Campaign begun");
    }
    return tr("Event");
}

}  // namespace cm
