#include "geodata/io/labels_loader.hpp"

#include <filesystem>
#include <set>

#include "geodata/io/detail/toml_record.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

/// A label record as read: without an `id` member of its own, since ids repeat across kinds
/// (the place "jetisu" and the region "jetisu"); duplicates are kind and id together.
struct ReadLabel {
    LabelRecord label;
};

ReadLabel read_label(detail::TomlRecord& r) {
    ReadLabel out;
    const std::string kind = r.text("kind");
    const auto named = named_kind_from_string(kind);
    if (!named)
        r.fail("kind", "unknown kind '" + kind + "' (place, polity, region, event or war)");
    out.label.kind = *named;
    out.label.id = r.text("id");
    r.name_after(kind + ":" + out.label.id);
    out.label.names = r.text_table("labels");
    for (const auto& [tag, name] : out.label.names)
        if (!is_language_tag(tag) || tag == "en")
            r.fail("labels." + tag,
                   "not a language tag other than en (two or three lower-case letters)");
    out.label.source = r.text("source");
    out.label.note = r.optional_text("note");
    return out;
}

}  // namespace

std::vector<LabelRecord> load_labels(const std::string& path) {
    if (!std::filesystem::exists(path))
        return {};
    std::vector<LabelRecord> out;
    std::set<std::pair<NamedKind, std::string>> seen;
    for (ReadLabel& r : detail::read_records<ReadLabel>(path, "label", read_label)) {
        if (!seen.emplace(r.label.kind, r.label.id).second)
            throw DataError(
                path, "label '" + std::string(to_string(r.label.kind)) + ":" + r.label.id + "'",
                "given twice");
        out.push_back(std::move(r.label));
    }
    return out;
}

}  // namespace cm
