#include "csv_text.hpp"

namespace cm {

std::string csv_safe_cell(const std::string& text) {
    if (text.empty())
        return text;
    switch (text.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return "'" + text;
        default:
            return text;
    }
}

}  // namespace cm
