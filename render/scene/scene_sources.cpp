#include "render/scene/scene_sources.hpp"

#include <algorithm>

namespace cm::detail {

std::string article_of(const std::string& source) {
    const auto end = source.find_first_of(",;");
    std::string article = source.substr(0, end);
    while (!article.empty() && article.back() == ' ')
        article.pop_back();
    return article;
}

void add_source(std::vector<std::string>& sources, const std::string& source) {
    const std::string article = article_of(source);
    if (article.empty())
        return;
    auto it = std::lower_bound(sources.begin(), sources.end(), article);
    if (it == sources.end() || *it != article)
        sources.insert(it, article);
}

}  // namespace cm::detail
