// Clean text out (issue 17): `-o -` writes the dataset or map to standard output and nothing
// else there; CSV cells a spreadsheet would run as formulas are neutralised; escape sequences
// from articles and file names reach the terminal escaped.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/child_process.hpp"
#include "tests/cli/scratch_data.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::ChildResult;
using cm::test::read_bytes;
using cm::test::run_child;
using cm::test::ScratchData;
using cm::test::write_bytes;

const std::string kArticle = (cm::test::kBadFixtures / "article-ok.txt").string();

/// The cells of a CSV file as GDAL writes it (quoted cells may hold commas and "" quotes).
std::vector<std::string> csv_cells(const std::string& text) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"')
            cells.back() += c, ++i;
        else if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == ',' || c == '\n'))
            cells.emplace_back();
        else if (quoted || c != '\r')
            cells.back() += c;
    }
    return cells;
}

bool has_cell(const std::vector<std::string>& cells, const std::string& value) {
    return std::find(cells.begin(), cells.end(), value) != cells.end();
}

/// No cell starts with a character that makes a spreadsheet run it.
void expect_no_formula(const std::vector<std::string>& cells) {
    for (const std::string& cell : cells)
        EXPECT_TRUE(cell.empty() || std::string("=+-@\t\r").find(cell[0]) == std::string::npos)
            << "formula cell: " << cell;
}

class HostileTextOut : public testing::Test {
  protected:
    std::vector<std::string> export_args(const std::string& out) const {
        return {"export", "--data", m_data.data(), "--year", "1645", "-o", out};
    }
    ScratchData m_data;
};

TEST_F(HostileTextOut, ExportToStandardOutputWritesGeoJsonOrCsvThereAlone) {
    const ChildResult json = run_child(export_args("-"));
    EXPECT_EQ(json.status, 0) << json.err;
    EXPECT_EQ(json.out.rfind("{", 0), 0u) << json.out.substr(0, 200);
    EXPECT_NE(json.out.find("\"FeatureCollection\""), std::string::npos);
    EXPECT_NE(json.out.find("siege-of-sayram-1645"), std::string::npos);
    EXPECT_EQ(json.out.find("wrote"), std::string::npos);
    std::vector<std::string> args = export_args("-");
    args.insert(args.end(), {"--format", "csv"});
    const ChildResult csv = run_child(args);
    EXPECT_EQ(csv.status, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("WKT,kind,year,", 0), 0u) << csv.out.substr(0, 200);
    EXPECT_TRUE(m_data.outputs().empty()) << "nothing written beside standard output";
    args.back() = "gpkg";
    const ChildResult gpkg = run_child(args);
    EXPECT_EQ(gpkg.status, 2) << gpkg.err;
    EXPECT_NE(gpkg.err.find("GeoPackage cannot go to standard output"), std::string::npos);
}

TEST_F(HostileTextOut, GeocodeAndRenderWriteToStandardOutput) {
    const ChildResult places = run_child({"geocode", "--data", m_data.data(), kArticle, "-o", "-"});
    EXPECT_EQ(places.status, 0) << places.err;
    EXPECT_NE(places.out.find("\"FeatureCollection\""), std::string::npos);
    EXPECT_NE(places.out.find("\"sayram\""), std::string::npos);
    EXPECT_NE(places.err.find("geocode: 1 article(s)"), std::string::npos) << "summary on stderr";
    const std::vector<std::string> map{"render", "--data",  m_data.data(), "--year", "1645",
                                       "--page", "400x300", "--relief",    "off",    "-o",
                                       "-"};
    const ChildResult svg = run_child(map);
    EXPECT_EQ(svg.status, 0) << svg.err;
    EXPECT_EQ(svg.out.rfind("<?xml", 0), 0u);
    EXPECT_NE(svg.out.find("<svg"), std::string::npos);
    std::vector<std::string> as_png = map;
    as_png.insert(as_png.end(), {"--format", "png"});
    const ChildResult png = run_child(as_png);
    EXPECT_EQ(png.status, 0) << png.err;
    EXPECT_EQ(png.out.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_TRUE(m_data.outputs().empty());
}

TEST_F(HostileTextOut, FormulaCellsAreNeutralisedInEveryCsv) {
    const fs::path events = fs::path(m_data.data()) / "history" / "events.toml";
    std::string toml = read_bytes(events);
    toml.replace(toml.find("\"Siege of Sayram\""), 17,
                 "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"");
    toml.replace(toml.find("\"The town falls.\""), 17, "\"+1+1\"");
    toml.replace(toml.find("source = \"fixture\""), 18, "source = \"@SUM(A1)\"");
    write_bytes(events, toml);
    const ChildResult r = run_child(export_args(m_data.out("1645.csv")));
    ASSERT_EQ(r.status, 0) << r.err;
    const std::vector<std::string> cells = csv_cells(read_bytes(m_data.out("1645.csv")));
    EXPECT_TRUE(has_cell(cells, "'=HYPERLINK(\"http://x\",\"y\")"));
    EXPECT_TRUE(has_cell(cells, "'+1+1"));
    EXPECT_TRUE(has_cell(cells, "'@SUM(A1)"));
    expect_no_formula(cells);

    const fs::path gazetteer = fs::path(m_data.data()) / "gazetteer.geojson";
    std::string places = read_bytes(gazetteer);
    places.replace(places.find("\"name\": \"Sayram\""), 16, "\"name\": \"-2+3\"");
    write_bytes(gazetteer, places);
    const ChildResult g =
        run_child({"geocode", "--data", m_data.data(), kArticle, "-o", m_data.out("places.csv")});
    ASSERT_EQ(g.status, 0) << g.err;
    const std::vector<std::string> place_cells = csv_cells(read_bytes(m_data.out("places.csv")));
    EXPECT_TRUE(has_cell(place_cells, "'-2+3"));
    expect_no_formula(place_cells);
}

TEST_F(HostileTextOut, EscapesFromAnArticleAreShownEscaped) {
    const std::string article = (m_data.root() / "article.txt").string();
    write_bytes(article,
                "Infobox\n- Place: Red\x1b[31mTown, Sayram\n\n= A war =\n\n"
                "== Course ==\nThe army left the Talas valley in 1645.\n");
    const ChildResult r = run_child(
        {"geocode", "--data", m_data.data(), article, "-o", m_data.out("places.geojson")});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("\"Red\\x1b[31mTown\" (Infobox Place)"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << "a raw escape reached the terminal";
}

TEST_F(HostileTextOut, EscapesInFileNamesAreShownEscaped) {
    const std::string name = (m_data.root() / "bad\x1b]0;title\x07\nname.txt").string();
    const ChildResult r =
        run_child({"geocode", "--data", m_data.data(), name, "-o", m_data.out("places.geojson")});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("bad\\x1b]0;title\\x07\\x0aname.txt: "), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos);
    EXPECT_EQ(r.err.find('\x07'), std::string::npos);
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line, not two";
}

}  // namespace
