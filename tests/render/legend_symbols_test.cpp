// Every event type has a vector symbol of its own: the path drawn for one type differs from
// the path drawn for every other, and each symbol stays within its size.

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "geodata/model/event.hpp"
#include "render/display/canvas.hpp"
#include "render/symbols/event_symbol.hpp"

namespace {

/// Every EventType: the enum's values from 0 up to the first that does not name itself.
std::vector<cm::EventType> all_event_types() {
    std::vector<cm::EventType> out;
    for (int i = 0;; ++i) {
        const auto t = static_cast<cm::EventType>(i);
        if (cm::event_type_from_string(cm::to_string(t)) != t)
            return out;
        out.push_back(t);
    }
}

void collect(const cm::Group& group, std::vector<const cm::Shape*>& out) {
    for (const cm::Item& item : group.items) {
        if (const auto* shape = std::get_if<cm::Shape>(&item))
            out.push_back(shape);
        else if (const auto* sub = std::get_if<std::unique_ptr<cm::Group>>(&item))
            collect(**sub, out);
    }
}

/// The symbol's path (the ink, not its halo), its steps written out to 0.01 pt.
std::string symbol_path(cm::EventType type, double* extent_pt = nullptr) {
    cm::Canvas canvas(40.0, 40.0, nullptr);  // no text is measured
    cm::draw_event_symbol(canvas, type, {20.0, 20.0}, 10.0,
                          {{0.5, 0.1, 0.1, 1.0}, {1.0, 1.0, 1.0, 1.0}, 0.9});
    const cm::DisplayList list = canvas.finish();
    std::vector<const cm::Shape*> shapes;
    collect(list.root, shapes);
    std::ostringstream out;
    out.precision(2);
    out << std::fixed;
    double extent = 0.0;
    for (const cm::Shape* s : shapes) {
        if (s->stroke && s->stroke->colour.r > 0.9)
            continue;  // the halo repeats the path
        for (const cm::PathStep& p : s->path) {
            out << static_cast<int>(p.verb) << ' ' << p.p.x << ',' << p.p.y << ' ' << p.c1.x << ','
                << p.c1.y << ' ' << p.c2.x << ',' << p.c2.y << ' ' << p.radius_pt << ';';
            if (p.verb == cm::PathStep::Verb::close)
                continue;
            extent = std::max({extent, std::abs(p.p.x - 20.0) + p.radius_pt,
                               std::abs(p.p.y - 20.0) + p.radius_pt});
        }
        out << '|';
    }
    if (extent_pt)
        *extent_pt = extent;
    return out.str();
}

}  // namespace

TEST(LegendSymbols, EveryEventTypeIsEnumerated) {
    // The walk over the enum reaches the last type: a type added after it is reached too.
    const std::vector<cm::EventType> types = all_event_types();
    ASSERT_GE(types.size(), 10u);
    EXPECT_EQ(types.back(), cm::EventType::migration);
}

TEST(LegendSymbols, EveryEventTypeDrawsAPathOfItsOwn) {
    const std::vector<cm::EventType> types = all_event_types();
    std::vector<std::string> paths;
    for (cm::EventType t : types) {
        paths.push_back(symbol_path(t));
        EXPECT_GT(paths.back().size(), 2u) << cm::to_string(t) << " draws nothing";
    }
    for (std::size_t i = 0; i < types.size(); ++i)
        for (std::size_t j = i + 1; j < types.size(); ++j)
            EXPECT_NE(paths[i], paths[j]) << cm::to_string(types[i]) << " and "
                                          << cm::to_string(types[j]) << " draw the same path";
}

TEST(LegendSymbols, EverySymbolStaysWithinItsSize) {
    for (cm::EventType t : all_event_types()) {
        double extent = 0.0;
        symbol_path(t, &extent);
        EXPECT_LE(extent, 5.0 + 1e-9) << cm::to_string(t);
        EXPECT_GE(extent, 3.5) << cm::to_string(t) << " is drawn much smaller than its size";
    }
}
