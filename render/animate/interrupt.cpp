#include "interrupt.hpp"

#include <string>

#include <signal.h>

namespace cm {
namespace {

std::string signal_name(int signal_number) {
    switch (signal_number) {
        case SIGTERM:
            return "SIGTERM";
        case SIGHUP:
            return "SIGHUP";
        default:
            return "SIGINT";
    }
}

}  // namespace

Interrupted::Interrupted(int signal_number)
    : Error("interrupted by " + signal_name(signal_number) + "; no output written"),
      m_signal(signal_number) {}

int interrupt_signal() {
    return stop_signal();
}

void throw_if_interrupted() {
    if (const int s = stop_signal())
        throw Interrupted(s);
}

}  // namespace cm
