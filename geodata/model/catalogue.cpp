#include "geodata/model/catalogue.hpp"

namespace cm {

const std::string* translation_of(const Catalogue& catalogue, std::string_view msgid) {
    const auto it = catalogue.messages.find(msgid);
    return it == catalogue.messages.end() || it->second.empty() ? nullptr : &it->second;
}

}  // namespace cm
