// One quoting for the JSON and TOML files campaignmap writes: whatever a name holds (quotes,
// backslashes, control characters, DEL, other scripts) reads back the same from both.

#include <gtest/gtest.h>

#include <string>

#include <cpl_json.h>
#include <toml++/toml.h>

#include "geodata/io/quoted_text.hpp"

namespace {

const std::string kHostile = std::string("Red \"Town\" \\ tab\there\x01\x1b[31m\x7f end Шымкент");

}  // namespace

TEST(QuotedText, ControlCharactersAreEscapedNotDropped) {
    const std::string q = cm::quoted(kHostile);
    EXPECT_NE(q.find("\\u0001"), std::string::npos) << q;
    EXPECT_NE(q.find("\\u007f"), std::string::npos) << q;
    for (const char c : q)
        EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 || c == 0x7f) << q;
}

TEST(QuotedText, ReadsBackTheSameAsJson) {
    CPLJSONDocument doc;
    ASSERT_TRUE(doc.LoadMemory("{\"name\": " + cm::quoted(kHostile) + "}"));
    EXPECT_EQ(doc.GetRoot().GetString("name"), kHostile);
}

TEST(QuotedText, ReadsBackTheSameAsToml) {
    const toml::table t = toml::parse("name = " + cm::quoted(kHostile) + "\n");
    EXPECT_EQ(t["name"].value_or(std::string()), kHostile);
}
