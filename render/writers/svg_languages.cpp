#include "render/writers/svg_languages.hpp"

#include <algorithm>
#include <map>

#include "render/writers/detail/svg_document.hpp"
#include "render/writers/detail/svg_items.hpp"
#include "render/writers/detail/svg_markup.hpp"

namespace cm {
namespace {

using detail::SvgDocument;

/// SVG 1.1 has no paint-order (SVG 2 and CSS do; browsers and librsvg draw it): declared, so
/// that the file still validates against the SVG 1.1 DTD.
constexpr const char* kDeclarations = "<!ATTLIST text paint-order CDATA #IMPLIED>\n";

/// One item in each language, by the pages' order; null where that language has none.
using Variants = std::vector<const Item*>;

/// A label in each language, matched by its id (and, for an id given twice, its ordinal).
struct LabelVariants {
    std::vector<const PlacedLabel*> labels;
    std::string kind;
};

std::string clip_data(const Group& group) {
    std::string data;
    if (group.clip)
        detail::append_path_data(data, *group.clip);
    return data + (group.clip_rule == FillRule::even_odd ? "e" : "n");
}

/// @returns the labels of @p sets matched across languages: the default's in its order, then
/// those only other languages draw.
std::vector<LabelVariants> match_labels(const std::vector<const LabelSet*>& sets) {
    std::vector<LabelVariants> matched;
    std::map<std::string, std::size_t> index;
    for (std::size_t k = 0; k < sets.size(); ++k) {
        std::map<std::string, int> seen;
        for (std::size_t i = 0; i < sets[k]->labels.size(); ++i) {
            const PlacedLabel& label = sets[k]->labels[i];
            const std::string key = label.id + '#' + std::to_string(++seen[label.id]);
            const auto [at, fresh] = index.try_emplace(key, matched.size());
            if (fresh) {
                const std::string kind = i < sets[k]->kinds.size() ? sets[k]->kinds[i] : "";
                matched.push_back({std::vector<const PlacedLabel*>(sets.size(), nullptr), kind});
            }
            matched[at->second].labels[k] = &label;
        }
    }
    return matched;
}

/// Writes the pages' items into one document, each item once when every language draws it
/// alike, else as a <switch> by language.
class LanguageWriter {
  public:
    LanguageWriter(SvgDocument& doc, const std::vector<LanguagePage>& pages,
                   const detail::SvgPage& page)
        : m_doc(doc), m_pages(pages), m_page(page) {}

    void write(const Variants& items);
    void write_lists(const std::vector<const std::vector<Item>*>& lists);

  private:
    /// @returns @p item's markup in the default language from a fresh document, images
    /// sketched: for comparing items, not for the file.
    std::string sketch(const Item& item) const;
    bool alike(const Variants& items) const;
    void write_group(const Variants& items);
    void write_texts(const Variants& items);
    void write_labels(const Variants& items);
    void write_label(const LabelVariants& label);
    void write_copies(const Variants& items);
    void define_clips(const Item& item);
    /// Makes the children written next those of language @p k.
    void speak(std::size_t k);
    /// The children of a <switch>: @p child(k) for each language, the default last.
    template <typename Child>
    void write_switch(Child child);

    SvgDocument& m_doc;
    const std::vector<LanguagePage>& m_pages;
    const detail::SvgPage& m_page;
};

std::string LanguageWriter::sketch(const Item& item) const {
    // A fresh document for each: the markup of two items compares alike from any one start.
    SvgDocument scratch;
    SvgFile file;
    const detail::SvgPage page{m_page.list, m_page.options, file, true};
    detail::append_item(scratch, page, item);
    return scratch.out;
}

bool LanguageWriter::alike(const Variants& items) const {
    for (const Item* item : items)
        if (!item || item->index() != items.front()->index())
            return false;
    const std::string first = sketch(*items.front());
    for (std::size_t k = 1; k < items.size(); ++k)
        if (sketch(*items[k]) != first)
            return false;
    return true;
}

void LanguageWriter::speak(std::size_t k) {
    m_doc.language = k == 0 ? "" : m_pages[k].language;
    m_doc.id_suffix = k == 0 ? "" : "." + detail::id_part(m_pages[k].language);
}

template <typename Child>
void LanguageWriter::write_switch(Child child) {
    m_doc.out += "<switch>\n";
    for (std::size_t k = 1; k <= m_pages.size(); ++k) {
        speak(k % m_pages.size());
        child(k % m_pages.size());
    }
    speak(0);
    m_doc.out += "</switch>\n";
}

void LanguageWriter::write(const Variants& items) {
    if (alike(items)) {
        detail::append_item(m_doc, m_page, *items.front());
        return;
    }
    bool same_kind = true;
    for (const Item* item : items)
        same_kind = same_kind && item && item->index() == items.front()->index();
    const auto is_group = [](const Item* item) { return item && group_in(*item) != nullptr; };
    if (std::all_of(items.begin(), items.end(), is_group))
        write_group(items);
    else if (same_kind && std::holds_alternative<TextRun>(*items.front()))
        write_texts(items);
    else if (same_kind && std::holds_alternative<LabelSet>(*items.front()))
        write_labels(items);
    else
        write_copies(items);
}

/// A group with the same id and clip in every language is written once around its items,
/// matched one by one when every language has as many.
void LanguageWriter::write_group(const Variants& items) {
    std::vector<const Group*> groups;
    for (const Item* item : items)
        groups.push_back(group_in(*item));
    const Group& first = *groups.front();
    for (const Group* g : groups)
        if (g->id != first.id || clip_data(*g) != clip_data(first))
            return write_copies(items);
    detail::open_group(m_doc, first);
    std::vector<const std::vector<Item>*> lists;
    for (const Group* g : groups)
        lists.push_back(&g->items);
    write_lists(lists);
    m_doc.out += "</g>\n";
}

void LanguageWriter::write_lists(const std::vector<const std::vector<Item>*>& lists) {
    bool parallel = true;
    for (const auto* list : lists)
        parallel = parallel && list->size() == lists.front()->size();
    if (parallel) {
        for (std::size_t i = 0; i < lists.front()->size(); ++i) {
            Variants items;
            for (const auto* list : lists)
                items.push_back(&(*list)[i]);
            write(items);
        }
        return;
    }
    for (const auto* list : lists)
        for (const Item& item : *list)
            define_clips(item);
    write_switch([&](std::size_t k) {
        m_doc.out += "<g";
        if (!m_doc.language.empty())
            m_doc.out += " systemLanguage=\"" + m_doc.language + '"';
        m_doc.out += ">\n";
        for (const Item& item : *lists[k])
            detail::append_item(m_doc, m_page, item);
        m_doc.out += "</g>\n";
    });
}

void LanguageWriter::write_texts(const Variants& items) {
    write_switch(
        [&](std::size_t k) { detail::append_switched_run(m_doc, std::get<TextRun>(*items[k])); });
}

void LanguageWriter::write_labels(const Variants& items) {
    std::vector<const LabelSet*> sets;
    for (const Item* item : items)
        sets.push_back(&std::get<LabelSet>(*item));
    for (const LabelVariants& label : match_labels(sets))
        write_label(label);
}

/// A label every language draws alike is one <text>; any other a <switch>.
void LanguageWriter::write_label(const LabelVariants& label) {
    bool everywhere = true;
    for (const PlacedLabel* l : label.labels)
        everywhere = everywhere && l;
    const auto markup = [&](const PlacedLabel& l) {
        SvgDocument scratch;
        detail::append_switched_label(scratch, l, label.kind);
        return scratch.out;
    };
    bool alike_everywhere = everywhere;
    for (std::size_t k = 1; alike_everywhere && k < label.labels.size(); ++k)
        alike_everywhere = markup(*label.labels[k]) == markup(*label.labels[0]);
    if (alike_everywhere)
        return detail::append_switched_label(m_doc, *label.labels[0], label.kind);
    write_switch([&](std::size_t k) {
        if (label.labels[k])
            detail::append_switched_label(m_doc, *label.labels[k], label.kind);
        else if (k != 0)
            detail::append_switched_nothing(m_doc);
    });
}

/// Items that differ otherwise: a <switch> of a <g> per language holding its own.
void LanguageWriter::write_copies(const Variants& items) {
    for (const Item* item : items)
        if (item)
            define_clips(*item);
    write_switch([&](std::size_t k) {
        if (!items[k] && k == 0)
            return;
        m_doc.out += "<g";
        if (!m_doc.language.empty())
            m_doc.out += " systemLanguage=\"" + m_doc.language + '"';
        m_doc.out += ">\n";
        if (items[k])
            detail::append_item(m_doc, m_page, *items[k]);
        m_doc.out += "</g>\n";
    });
}

/// Clip paths are defined outside any <switch>, so that every child can use them.
void LanguageWriter::define_clips(const Item& item) {
    const Group* group = group_in(item);
    if (!group)
        return;
    if (group->clip)
        (void)detail::clip_id(m_doc, *group);
    for (const Item& inner : group->items)
        define_clips(inner);
}

}  // namespace

SvgFile write_svg_languages(const std::vector<LanguagePage>& pages, const SvgOptions& options) {
    SvgFile file;
    SvgDocument doc;
    const DisplayList& first = pages.front().list;
    doc.out = detail::svg_head(first, kDeclarations);
    const detail::SvgPage page{first, options, file};
    std::vector<const std::vector<Item>*> lists;
    for (const LanguagePage& p : pages)
        lists.push_back(&p.list.root.items);
    LanguageWriter(doc, pages, page).write_lists(lists);
    doc.out += "</svg>\n";
    file.svg = std::move(doc.out);
    return file;
}

}  // namespace cm
