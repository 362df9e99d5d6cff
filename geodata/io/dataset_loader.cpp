// dataset.toml: what the dataset as a whole is called and the titles of the articles its
// sources cite. Optional: a dataset without it is titled and credited by its ids.

#include <filesystem>

#include "geodata/io/detail/toml_record.hpp"
#include "geodata/io/history_loader.hpp"

namespace cm {
namespace {

Article read_article(detail::TomlRecord& r) {
    Article a;
    a.id = r.text("id");
    r.name_after(a.id);
    a.title = r.text("title");
    return a;
}

}  // namespace

void load_dataset(const std::string& path, Atlas& atlas) {
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
        return;
    const toml::table doc = detail::parse_toml_file(path);
    detail::TomlRecord whole(doc, path, "dataset", 0);
    whole.name_after("dataset");
    atlas.region = whole.optional_text("region");
    if (whole.has("region_names"))
        atlas.region_names = whole.text_table("region_names");
    const auto tables = whole.tables("article");
    whole.finish();
    for (std::size_t i = 0; i < tables.size(); ++i) {
        detail::TomlRecord record(*tables[i], path, "article", i);
        Article article = read_article(record);
        record.finish();
        if (find_article(atlas, article.id))
            record.fail("id", "duplicate id '" + article.id + "'");
        atlas.articles.push_back(std::move(article));
    }
}

}  // namespace cm
