// The event types of an assembly (a kurultai) and of a mass migration or flight: spelled in
// the data, each with a symbol of its own.

#include <gtest/gtest.h>

#include <cairo.h>

#include <string>
#include <vector>

#include "geodata/model/event.hpp"
#include "render/symbols/event_symbol.hpp"
#include "render/writers/cairo_writer.hpp"

namespace {

/// The pixels of @p type's symbol drawn 24 pt across on a 32 x 32 transparent image.
std::vector<unsigned char> symbol_pixels(cm::EventType type) {
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 32, 32);
    cairo_t* cr = cairo_create(s);
    cm::Canvas canvas(32.0, 32.0, cr);
    cm::draw_event_symbol(canvas, type, {16.0, 16.0}, 24.0,
                          {{0.5, 0.1, 0.1, 1.0}, {1.0, 1.0, 1.0, 1.0}, 1.0});
    cm::draw_display_list(cr, canvas.finish());
    cairo_surface_flush(s);
    const unsigned char* data = cairo_image_surface_get_data(s);
    std::vector<unsigned char> out(data, data + cairo_image_surface_get_stride(s) * 32);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    return out;
}

bool has_ink(const std::vector<unsigned char>& pixels) {
    for (std::size_t i = 3; i < pixels.size(); i += 4)
        if (pixels[i] != 0)
            return true;
    return false;
}

}  // namespace

TEST(EventTypes, AssemblyAndMigrationAreSpelledInTheData) {
    EXPECT_EQ(cm::event_type_from_string("assembly"), cm::EventType::assembly);
    EXPECT_EQ(cm::event_type_from_string("migration"), cm::EventType::migration);
    EXPECT_EQ(cm::to_string(cm::EventType::assembly), "assembly");
    EXPECT_EQ(cm::to_string(cm::EventType::migration), "migration");
}

TEST(EventTypes, AssemblyAndMigrationHaveSymbolsOfTheirOwn) {
    const auto assembly = symbol_pixels(cm::EventType::assembly);
    const auto migration = symbol_pixels(cm::EventType::migration);
    EXPECT_TRUE(has_ink(assembly));
    EXPECT_TRUE(has_ink(migration));
    EXPECT_NE(assembly, migration);
    for (cm::EventType other : {cm::EventType::battle, cm::EventType::siege, cm::EventType::capture,
                                cm::EventType::revolt, cm::EventType::treaty}) {
        const auto pixels = symbol_pixels(other);
        EXPECT_NE(pixels, assembly) << cm::to_string(other);
        EXPECT_NE(pixels, migration) << cm::to_string(other);
    }
}
