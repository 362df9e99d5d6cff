// Outputs: the extension picks the format; the same map gives the same bytes in every
// format; SVG structure (elements, ids) stays as expected; failures leave no file.

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "geodata/model/error.hpp"
#include "golden_compare.hpp"
#include "render/output/write_map.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class OutputFormats : public ::testing::Test {
  protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("cm-output-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    PageMap map() const {
        return test::fixture_map(test::fixture_spec(400, 300, 1, {1001, 1001}), style);
    }
    fs::path dir;
    Style style = test::fixture_style();
};

TEST_F(OutputFormats, UnknownExtensionIsOutputError) {
    EXPECT_THROW(format_of("map.jpg"), OutputError);
    EXPECT_THROW(write_map(map(), style, (dir / "map.tiff").string(), false), OutputError);
    EXPECT_TRUE(fs::is_empty(dir));
}

// SVG is checked across two runs of the binary (tests/cli/render_cli_test.cpp): Cairo numbers
// SVG clip paths and glyphs with process-wide counters, so two SVGs of one process differ.
TEST_F(OutputFormats, SameInputsGiveIdenticalBytes) {
    const PageMap m = map();
    for (const char* ext : {".pdf", ".png"}) {
        write_map(m, style, (dir / (std::string("a") + ext)).string(), false);
        write_map(test::fixture_map(test::fixture_spec(400, 300, 1, {1001, 1001}), style), style,
                  (dir / (std::string("b") + ext)).string(), false);
        const std::string a = slurp(dir / (std::string("a") + ext));
        EXPECT_GT(a.size(), 1000u) << ext;
        EXPECT_TRUE(a == slurp(dir / (std::string("b") + ext))) << ext;
    }
}

TEST_F(OutputFormats, PngHasThePageSizeAndPdfIsPdf) {
    write_map(map(), style, (dir / "m.png").string(), false);
    write_map(map(), style, (dir / "m.pdf").string(), false);
    const std::string png = slurp(dir / "m.png");
    ASSERT_GT(png.size(), 24u);
    EXPECT_EQ(png.substr(1, 3), "PNG");
    auto be32 = [&](std::size_t at) {
        return (std::uint8_t(png[at]) << 24) | (std::uint8_t(png[at + 1]) << 16) |
               (std::uint8_t(png[at + 2]) << 8) | std::uint8_t(png[at + 3]);
    };
    EXPECT_EQ(be32(16), 400);
    EXPECT_EQ(be32(20), 300);
    EXPECT_EQ(slurp(dir / "m.pdf").substr(0, 5), "%PDF-");
}

std::size_t count(const std::string& text, const std::string& pattern) {
    const std::regex re(pattern);
    return static_cast<std::size_t>(
        std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

/// The structure of @p svg with its numbers left out: one line per element, its name and its
/// id and class, indented by depth, and for each run of sibling <path>s of one class a count
/// ("path x 12") instead of a line each.
std::string svg_structure(const std::string& svg) {
    const std::regex tag(R"(<(/?)([a-zA-Z]+)([^>]*?)(/?)>)");
    const std::regex id(R"( id="([^"]*)\")"), cls(R"( class="([^"]*)\")");
    std::string out, last;
    int depth = 0, repeats = 0;
    const auto flush = [&] {
        if (repeats > 1)
            out += " x " + std::to_string(repeats);
        if (repeats > 0)
            out += '\n';
        repeats = 0;
    };
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), tag); it != std::sregex_iterator();
         ++it) {
        const std::smatch& m = *it;
        if (m[1].length() > 0) {
            --depth;
            continue;
        }
        const std::string attributes = m[3].str();
        std::smatch part;
        std::string line = std::string(2 * depth, ' ') + m[2].str();
        if (std::regex_search(attributes, part, id))
            line += " #" + std::regex_replace(part[1].str(), std::regex("[0-9]+"), "N");
        if (std::regex_search(attributes, part, cls))
            line += " ." + part[1].str();
        if (line == last && m[2] == "path") {
            ++repeats;
        } else {
            flush();
            out += line;
            last = line, repeats = 1;
        }
        if (m[4].length() == 0)
            ++depth;
    }
    flush();
    return out;
}

// The whole structure (elements, ids, classes, path counts) is compared with
// tests/golden/svg-structure-400-300.txt (CM_GOLDEN_OVERWRITE=1 rewrites it), and the
// essentials are stated here: real text only, the page in mm, the layers in order.
TEST_F(OutputFormats, SvgStructure) {
    write_map(map(), style, (dir / "m.svg").string(), false);
    const std::string svg = slurp(dir / "m.svg");
    EXPECT_NE(svg.find("width=\"105.833mm\""), std::string::npos);  // 400 px at 96 dpi: 300 pt
    EXPECT_EQ(count(svg, "id=\"glyph"), 0u);  // text is real text, never glyph outlines
    EXPECT_EQ(count(svg, ">Westtown</tspan>"), 1u);
    EXPECT_EQ(count(svg, "<use [^>]*#label.place_westtown\""), 1u);  // its halo
    const test::GoldenResult result =
        test::compare_golden_text(svg_structure(svg), "svg-structure-400-300.txt", "SVG structure");
    EXPECT_TRUE(result.ok) << result.message;
}

TEST_F(OutputFormats, UnwritableDirectoryLeavesNothing) {
    const fs::path missing = dir / "no" / "such" / "m.png";
    EXPECT_THROW(write_map(map(), style, missing.string(), false), OutputError);
    EXPECT_FALSE(fs::exists(missing));
}

}  // namespace
}  // namespace cm
