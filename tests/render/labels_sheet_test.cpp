// A test sheet of the label engine, written as labels_test_sheet.png (with a copy with
// the occupied boxes outlined and an enlarged detail) beside the test binary in the
// build directory, to be looked at: crowded settlements, a wavy and a sharply bent
// river, region and lake labels, a long region name stacked, halos.

#include <cmath>
#include <filesystem>
#include <memory>

#include <cairo.h>
#include <gtest/gtest.h>

#include "render/labels/placement.hpp"
#include "render/writers/cairo_labels.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

const PageBox kFrame{0.0, 0.0, 420.0, 280.0};

std::vector<PagePt> wavy(double x0, double x1, double y, double amplitude, double period) {
    std::vector<PagePt> path;
    for (double x = x0; x <= x1; x += 2.0)
        path.push_back({x, y + amplitude * std::sin(x / period)});
    return path;
}

/// A river with a hairpin and a zigzag: its name must find the gently curving reach.
std::vector<PagePt> bent_river() {
    std::vector<PagePt> path{{20.0, 250.0}, {60.0, 240.0}, {70.0, 262.0}, {80.0, 238.0}};
    for (double x = 90.0; x <= 250.0; x += 4.0)
        path.push_back({x, 232.0 - 10.0 * std::sin((x - 90.0) / 50.0)});
    for (int i = 1; i <= 8; ++i)
        path.push_back({250.0 + 10.0 * i, (i % 2 == 0) ? 222.0 : 238.0});
    return path;
}

struct Sheet {
    std::vector<LabelRequest> requests;
    std::vector<PageBox> battles;
    std::vector<std::vector<PagePt>> rivers;
};

Sheet crowded_sheet() {
    Sheet sheet;
    sheet.rivers = {wavy(10.0, 410.0, 90.0, 14.0, 35.0), bent_river()};
    sheet.requests = {
        test::line_label("ili", "Ili", sheet.rivers[0], 3),
        test::line_label("syr", "Syr Darya", sheet.rivers[1], 3),
        test::area_label("jetisu", "Jetisu", {300.0, 40.0}, 1),
        test::area_label("ulytau", "Ulytau", {90.0, 40.0}, 1),
        test::area_label("issyk-kul", "Issyk-Kul and the inner Tian Shan", {330.0, 200.0}, 1),
        test::point_label("orbulaq-battle", "Battle of Orbulaq 1643", {105.0, 195.0}, 2, 6.0)};
    LabelRequest lake = test::area_label("balkhash", "Balkhash", {300.0, 150.0}, 2);
    lake.font = test::river_font();
    lake.font.size_pt = 10.0;
    sheet.requests.push_back(lake);
    const std::vector<std::pair<const char*, PagePt>> towns{
        {"Ayagöz", {150.0, 130.0}},   {"Yalangtoʻsh", {172.0, 140.0}},
        {"Сайрам", {140.0, 152.0}},   {"Turkistan", {186.0, 128.0}},
        {"Otrar", {160.0, 165.0}},    {"Sauran", {195.0, 160.0}},
        {"Sygnak", {125.0, 135.0}},   {"Tashkent", {178.0, 178.0}},
        {"Chimkent", {205.0, 145.0}}, {"Orbulaq", {60.0, 150.0}},
        {"Taraz", {250.0, 200.0}},    {"Qarqaraly", {370.0, 250.0}}};
    int rank = 4;
    for (const auto& [name, at] : towns)
        sheet.requests.push_back(test::point_label(name, name, at, rank++));
    sheet.battles = {{228.0, 120.0, 238.0, 130.0}, {100.0, 190.0, 110.0, 200.0}};
    return sheet;
}

void paint_background(cairo_t* cr, const Sheet& sheet) {
    cairo_set_source_rgb(cr, 0.96, 0.94, 0.88);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0.55, 0.72, 0.86);
    cairo_set_line_width(cr, 1.2);
    for (const auto& river : sheet.rivers) {
        for (const PagePt& p : river)
            cairo_line_to(cr, p.x, p.y);
        cairo_stroke(cr);
    }
    cairo_set_source_rgb(cr, 0.75, 0.1, 0.1);
    for (const PageBox& b : sheet.battles) {
        cairo_rectangle(cr, b.x0, b.y0, b.width(), b.height());
        cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    for (const LabelRequest& r : sheet.requests) {
        if (r.kind != LabelKind::point)
            continue;
        cairo_arc(cr, r.anchor.x, r.anchor.y, r.clearance_pt * 0.8, 0.0, 2.0 * M_PI);
        cairo_fill(cr);
    }
}

void outline_boxes(cairo_t* cr, const Placement& placement) {
    cairo_set_source_rgba(cr, 0.0, 0.6, 0.0, 0.8);
    cairo_set_line_width(cr, 0.25);
    for (const PlacedLabel& label : placement.placed) {
        for (const PageBox& b : label.boxes)
            cairo_rectangle(cr, b.x0, b.y0, b.width(), b.height());
    }
    cairo_stroke(cr);
}

/// Draws the part @p region of the sheet at @p scale pixels per point into @p path.
void write_sheet(const Sheet& sheet, const Placement& placement, const PageBox& region,
                 double scale, bool boxes, const std::string& path) {
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(region.width() * scale),
                                   static_cast<int>(region.height() * scale)),
        &cairo_surface_destroy);
    cairo_t* cr = cairo_create(surface.get());
    cairo_scale(cr, scale, scale);
    cairo_translate(cr, -region.x0, -region.y0);
    paint_background(cr, sheet);
    draw_labels(cr, placement.placed);
    if (boxes)
        outline_boxes(cr, placement);
    cairo_destroy(cr);
    ASSERT_EQ(cairo_surface_write_to_png(surface.get(), path.c_str()), CAIRO_STATUS_SUCCESS);
}

/// The directory of the running test binary (the build tree), never the source tree.
std::filesystem::path sheet_directory() {
    std::error_code error;
    const auto exe = std::filesystem::canonical("/proc/self/exe", error);
    return error ? std::filesystem::temp_directory_path() : exe.parent_path();
}

TEST(LabelSheet, CrowdedSheetIsWrittenForInspection) {
    const Sheet sheet = crowded_sheet();
    const Placement placement = place_labels(sheet.requests, sheet.battles, kFrame);
    for (const std::string& id : placement.dropped)
        std::cout << "dropped: " << id << '\n';
    // The rivers, the regions and the lake always find room on this sheet.
    for (const char* id : {"ili", "syr", "jetisu", "ulytau", "issyk-kul", "balkhash", "Ayagöz"})
        EXPECT_NE(test::find_placed(placement, id), nullptr) << id;
    EXPECT_GE(placement.placed.size(), 12u);
    const std::filesystem::path dir = sheet_directory();
    write_sheet(sheet, placement, kFrame, 3.0, false, dir / "labels_test_sheet.png");
    write_sheet(sheet, placement, kFrame, 3.0, true, dir / "labels_test_sheet_boxes.png");
    write_sheet(sheet, placement, {110.0, 110.0, 240.0, 240.0}, 8.0, false,
                dir / "labels_test_sheet_detail.png");
    EXPECT_TRUE(std::filesystem::exists(dir / "labels_test_sheet.png"));
}

}  // namespace
}  // namespace cm
