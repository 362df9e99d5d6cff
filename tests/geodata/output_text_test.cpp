// Text on its way out: terminal_safe() for what campaignmap prints, csv_safe_cell() for the
// cells of the CSV files it writes.

#include <gtest/gtest.h>

#include <string>

#include "geodata/io/csv_text.hpp"
#include "geodata/io/terminal_text.hpp"

using cm::csv_safe_cell;
using cm::terminal_safe;
using cm::terminal_safe_lines;

TEST(TerminalText, KeepsPrintableTextOfAnyScript) {
    for (const char* text : {"Sayram", "Ulytau, Ұлытау, Улытау", "Qarāqōrum ʻA", "مدينة",
                             "path/to/gazetteer.geojson: feature 'x': 'name'"})
        EXPECT_EQ(terminal_safe(text), text);
}

TEST(TerminalText, EscapesControlsAndEscapeSequences) {
    EXPECT_EQ(terminal_safe("Red\x1b[31mTown"), "Red\\x1b[31mTown");
    EXPECT_EQ(terminal_safe("a\nb\tc\rd\x7f"), "a\\x0ab\\x09c\\x0dd\\x7f");
    EXPECT_EQ(terminal_safe("title\x1b]0;pwned\x07"), "title\\x1b]0;pwned\\x07");
    EXPECT_EQ(terminal_safe(std::string("nul\0x", 5)), "nul\\x00x");
}

TEST(TerminalText, EscapesC1ControlsAndBidiOverrides) {
    EXPECT_EQ(terminal_safe("x\xc2\x9b"
                            "31m"),
              "x\\u{009b}31m");  // CSI as one code point
    EXPECT_EQ(terminal_safe("abc\xe2\x80\xae"
                            "def"),
              "abc\\u{202e}def");  // RIGHT-TO-LEFT OVERRIDE
    EXPECT_EQ(terminal_safe("\xe2\x81\xa6x\xe2\x81\xa9"), "\\u{2066}x\\u{2069}");  // isolates
    EXPECT_EQ(terminal_safe("a\xe2\x80\x8f"
                            "b\xe2\x80\xa8"
                            "c"),
              "a\\u{200f}b\\u{2028}c");  // RLM, LS
}

TEST(TerminalText, EscapesBytesThatAreNotUtf8) {
    EXPECT_EQ(terminal_safe("caf\xe9"), "caf\\xe9");                       // Latin-1
    EXPECT_EQ(terminal_safe("\xc3"), "\\xc3");                             // truncated
    EXPECT_EQ(terminal_safe("\xc0\xaf"), "\\xc0\\xaf");                    // overlong '/'
    EXPECT_EQ(terminal_safe("\xed\xa0\x80"), "\\xed\\xa0\\x80");           // surrogate
    EXPECT_EQ(terminal_safe("\xe0\x80\xaf"), "\\xe0\\x80\\xaf");           // overlong, 3 bytes
    EXPECT_EQ(terminal_safe("\xf4\x90\x80\x80"), "\\xf4\\x90\\x80\\x80");  // past U+10FFFF
    EXPECT_EQ(terminal_safe("\xf0\x9f\x97\xba"), "\xf0\x9f\x97\xba");      // a valid 4-byte one
}

TEST(TerminalText, LinesKeepTheirBreaksAndLoseTheirEscapes) {
    EXPECT_EQ(terminal_safe_lines("one\x1b[2J\ntwo\n"), "one\\x1b[2J\ntwo\n");
    EXPECT_EQ(terminal_safe_lines("no break\r"), "no break\\x0d");
    EXPECT_EQ(terminal_safe_lines(""), "");
}

TEST(CsvText, NeutralisesFormulaCells) {
    EXPECT_EQ(csv_safe_cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
    EXPECT_EQ(csv_safe_cell("+1+1"), "'+1+1");
    EXPECT_EQ(csv_safe_cell("-2+3"), "'-2+3");
    EXPECT_EQ(csv_safe_cell("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csv_safe_cell("\t=1"), "'\t=1");
    EXPECT_EQ(csv_safe_cell("\r=1"), "'\r=1");
}

TEST(CsvText, LeavesOtherCellsAlone) {
    for (const char* text :
         {"", "Sayram", "siege-of-sayram-1645", "a=b", "1645", "'quoted", " =spaced"})
        EXPECT_EQ(csv_safe_cell(text), text);
}
