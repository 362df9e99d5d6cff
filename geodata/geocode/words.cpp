#include "words.hpp"

#include <glib.h>

#include "geodata/geocode/normalize.hpp"

namespace cm::geocode {
namespace {

/// Walks a UTF-8 text one code point at a time, counting code points.
struct Cursor {
    std::string_view text;
    std::size_t byte = 0;
    std::size_t offset = 0;

    bool done() const { return byte >= text.size(); }
    gunichar peek(std::size_t ahead = 0) const {
        const char* p = text.data() + byte;
        const char* end = text.data() + text.size();
        for (std::size_t i = 0; i < ahead && p < end; ++i)
            p = g_utf8_next_char(p);
        return p < end ? g_utf8_get_char(p) : 0;
    }
    void advance() {
        byte = static_cast<std::size_t>(g_utf8_next_char(text.data() + byte) - text.data());
        ++offset;
    }
};

bool is_word_char(gunichar c) {
    return c != 0 && (g_unichar_isalnum(c) || g_unichar_ismark(c));
}

bool is_apostrophe(gunichar c) {
    return c == 0x27 || c == 0x2019;
}

bool is_joiner(gunichar c) {
    return c == ' ' || c == '-' || c == 0x2010 || c == 0x2011;
}

/// An apostrophe continues a word when a letter follows, unless it is a possessive "'s".
bool apostrophe_continues(const Cursor& at) {
    if (!is_apostrophe(at.peek()) || !is_word_char(at.peek(1)))
        return false;
    const bool possessive = (at.peek(1) == 's' || at.peek(1) == 'S') && !is_word_char(at.peek(2));
    return !possessive;
}

Word read_word(Cursor& at, bool joined) {
    Word w;
    w.byte_begin = at.byte;
    w.offset = at.offset;
    w.capitalized = g_unichar_isupper(at.peek()) || g_unichar_istitle(at.peek());
    w.joined = joined;
    while (!at.done() && (is_word_char(at.peek()) || apostrophe_continues(at)))
        at.advance();
    w.byte_end = at.byte;
    w.folded = fold(at.text.substr(w.byte_begin, w.byte_end - w.byte_begin));
    return w;
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    Cursor at{text};
    bool only_joiners = false;  // since the previous word
    while (!at.done()) {
        const gunichar c = at.peek();
        if (is_word_char(c)) {
            words.push_back(read_word(at, !words.empty() && only_joiners));
            only_joiners = true;
            continue;
        }
        if (!is_joiner(c))
            only_joiners = false;
        at.advance();
    }
    return words;
}

bool joined_run(const std::vector<Word>& words, std::size_t first, std::size_t last) {
    if (last > words.size())
        return false;
    for (std::size_t i = first + 1; i < last; ++i)
        if (!words[i].joined)
            return false;
    return true;
}

}  // namespace cm::geocode
