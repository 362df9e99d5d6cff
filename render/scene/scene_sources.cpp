#include "render/scene/scene_sources.hpp"

#include <algorithm>
#include <cctype>

namespace cm::detail {
namespace {

void insert_sorted(std::vector<std::string>& names, const std::string& name) {
    auto it = std::lower_bound(names.begin(), names.end(), name);
    if (it == names.end() || *it != name)
        names.insert(it, name);
}

}  // namespace

std::string article_of(const std::string& source) {
    const auto end = source.find_first_of(",;");
    std::string article = source.substr(0, end);
    while (!article.empty() && article.back() == ' ')
        article.pop_back();
    return article;
}

bool is_reference(const std::string& source) {
    const std::string first = source.substr(0, source.find(';'));
    const auto comma = first.find(',');
    for (auto open = first.find(" (", comma);
         comma != std::string::npos && open != std::string::npos && open + 6 < first.size();
         open = first.find(" (", open + 1)) {
        const std::string year = first.substr(open + 2, 4);
        if (first[open + 6] == ')' && std::all_of(year.begin(), year.end(), [](unsigned char c) {
                return std::isdigit(c) != 0;
            }))
            return true;
    }
    return false;
}

void add_source(std::vector<std::string>& sources, std::vector<std::string>& references,
                const std::string& source) {
    const std::string article = article_of(source);
    if (!article.empty())
        insert_sorted(is_reference(source) ? references : sources, article);
}

}  // namespace cm::detail
