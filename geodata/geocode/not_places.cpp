#include "not_places.hpp"

#include <sstream>

#include "geodata/files/input_file.hpp"
#include "geodata/geocode/normalize.hpp"
#include "geodata/model/error.hpp"

namespace cm::geocode {

std::vector<std::string> load_not_places(const std::string& path) {
    std::istringstream in(read_input_file(path, kMaxListBytes));
    std::vector<std::string> phrases;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (first_invalid_utf8(line))
            throw DataError(path, "line " + std::to_string(number), "not UTF-8 text");
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#')
            continue;
        const auto last = line.find_last_not_of(" \t\r");
        phrases.push_back(line.substr(first, last - first + 1));
    }
    return phrases;
}

}  // namespace cm::geocode
