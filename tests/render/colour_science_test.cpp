// The colour science of render/colour: CIEDE2000 on the 34 test pairs that Sharma, Wu & Dalal
// (2005) publish with the formula, CIELAB of known sRGB colours, and the Machado (2009)
// simulation of dichromacy.

#include <gtest/gtest.h>

#include "render/colour/colour_science.hpp"

namespace cm::colour {
namespace {

struct SharmaPair {
    Lab first, second;
    double difference;
};

// Table 1 of Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula:
// implementation notes, supplementary test data, and mathematical observations".
constexpr SharmaPair kSharma[] = {
    {{50.0, 2.6772, -79.7751}, {50.0, 0.0, -82.7485}, 2.0425},
    {{50.0, 3.1571, -77.2803}, {50.0, 0.0, -82.7485}, 2.8615},
    {{50.0, 2.8361, -74.0200}, {50.0, 0.0, -82.7485}, 3.4412},
    {{50.0, -1.3802, -84.2814}, {50.0, 0.0, -82.7485}, 1.0000},
    {{50.0, -1.1848, -84.8006}, {50.0, 0.0, -82.7485}, 1.0000},
    {{50.0, -0.9009, -85.5211}, {50.0, 0.0, -82.7485}, 1.0000},
    {{50.0, 0.0, 0.0}, {50.0, -1.0, 2.0}, 2.3669},
    {{50.0, -1.0, 2.0}, {50.0, 0.0, 0.0}, 2.3669},
    {{50.0, 2.4900, -0.0010}, {50.0, -2.4900, 0.0009}, 7.1792},
    {{50.0, 2.4900, -0.0010}, {50.0, -2.4900, 0.0010}, 7.1792},
    {{50.0, 2.4900, -0.0010}, {50.0, -2.4900, 0.0011}, 7.2195},
    {{50.0, 2.4900, -0.0010}, {50.0, -2.4900, 0.0012}, 7.2195},
    {{50.0, -0.0010, 2.4900}, {50.0, 0.0009, -2.4900}, 4.8045},
    {{50.0, -0.0010, 2.4900}, {50.0, 0.0010, -2.4900}, 4.8045},
    {{50.0, -0.0010, 2.4900}, {50.0, 0.0011, -2.4900}, 4.7461},
    {{50.0, 2.5, 0.0}, {50.0, 0.0, -2.5}, 4.3065},
    {{50.0, 2.5, 0.0}, {73.0, 25.0, -18.0}, 27.1492},
    {{50.0, 2.5, 0.0}, {61.0, -5.0, 29.0}, 22.8977},
    {{50.0, 2.5, 0.0}, {56.0, -27.0, -3.0}, 31.9030},
    {{50.0, 2.5, 0.0}, {58.0, 24.0, 15.0}, 19.4535},
    {{50.0, 2.5, 0.0}, {50.0, 3.1736, 0.5854}, 1.0000},
    {{50.0, 2.5, 0.0}, {50.0, 3.2972, 0.0}, 1.0000},
    {{50.0, 2.5, 0.0}, {50.0, 1.8634, 0.5757}, 1.0000},
    {{50.0, 2.5, 0.0}, {50.0, 3.2592, 0.3350}, 1.0000},
    {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, 1.2644},
    {{63.0109, -31.0961, -5.8663}, {62.8187, -29.7946, -4.0864}, 1.2630},
    {{61.2901, 3.7196, -5.3901}, {61.4292, 2.2480, -4.9620}, 1.8731},
    {{35.0831, -44.1164, 3.7933}, {35.0232, -40.0716, 1.5901}, 1.8645},
    {{22.7233, 20.0904, -46.6940}, {23.0331, 14.9730, -42.5619}, 2.0373},
    {{36.4612, 47.8580, 18.3852}, {36.2715, 50.5065, 21.2231}, 1.4146},
    {{90.8027, -2.0831, 1.4410}, {91.1528, -1.6435, 0.0447}, 1.4441},
    {{90.9257, -0.5406, -0.9208}, {88.6381, -0.8985, -0.7239}, 1.5381},
    {{6.7747, -0.2908, -2.4247}, {5.8714, -0.0985, -2.2286}, 0.6377},
    {{2.0776, 0.0795, -1.1350}, {0.9033, -0.0636, -0.5514}, 0.9082},
};

TEST(ColourScience, Ciede2000GivesSharmasThirtyFourTestPairs) {
    int pair = 1;
    for (const SharmaPair& p : kSharma) {
        EXPECT_NEAR(ciede2000(p.first, p.second), p.difference, 5e-5) << "pair " << pair;
        EXPECT_NEAR(ciede2000(p.second, p.first), p.difference, 5e-5) << "pair " << pair;
        ++pair;
    }
    EXPECT_EQ(ciede2000(Lab{40.0, 10.0, -20.0}, Lab{40.0, 10.0, -20.0}), 0.0);
}

TEST(ColourScience, SrgbToLabGivesTheKnownValues) {
    const Lab white = lab_of({1.0, 1.0, 1.0, 1.0});
    EXPECT_NEAR(white.l, 100.0, 1e-3);
    EXPECT_NEAR(white.a, 0.0, 1e-3);
    EXPECT_NEAR(white.b, 0.0, 1e-3);
    const Lab red = lab_of({1.0, 0.0, 0.0, 1.0});
    EXPECT_NEAR(red.l, 53.24, 0.01);
    EXPECT_NEAR(red.a, 80.09, 0.02);
    EXPECT_NEAR(red.b, 67.20, 0.02);
    const Lab blue = lab_of({0.0, 0.0, 1.0, 1.0});
    EXPECT_NEAR(blue.l, 32.30, 0.01);
    EXPECT_NEAR(blue.a, 79.19, 0.02);
    EXPECT_NEAR(blue.b, -107.86, 0.02);
    // sRGB 128 grey: L* 53.59, not 50 (the transfer function is not a plain power).
    EXPECT_NEAR(lightness({128 / 255.0, 128 / 255.0, 128 / 255.0, 1.0}), 53.585, 0.01);
    EXPECT_NEAR(srgb_to_linear(0.5), 0.214041, 1e-6);
}

TEST(ColourScience, ConversionsRoundTrip) {
    const Colour c{0.2, 0.6, 0.9, 1.0};
    const Colour back = to_srgb(to_linear(to_xyz(lab_of(c))));
    EXPECT_NEAR(back.r, c.r, 1e-6);
    EXPECT_NEAR(back.g, c.g, 1e-6);
    EXPECT_NEAR(back.b, c.b, 1e-6);
}

TEST(ColourScience, DichromacyKeepsGreysAndConfusesRedWithGreen) {
    const Colour grey{0.6, 0.6, 0.6, 1.0};
    for (Dichromacy kind :
         {Dichromacy::protanopia, Dichromacy::deuteranopia, Dichromacy::tritanopia}) {
        const Colour seen = simulate(grey, kind);
        EXPECT_NEAR(seen.r, 0.6, 2e-3);
        EXPECT_NEAR(seen.g, 0.6, 2e-3);
        EXPECT_NEAR(seen.b, 0.6, 2e-3);
    }
    // Machado's deuteranopia matrix on linear pure red: (0.367322, 0.280085, -0.011820).
    const Colour red = simulate({1.0, 0.0, 0.0, 1.0}, Dichromacy::deuteranopia);
    EXPECT_NEAR(red.r, linear_to_srgb(0.367322), 1e-6);
    EXPECT_NEAR(red.g, linear_to_srgb(0.280085), 1e-6);
    EXPECT_EQ(red.b, 0.0);  // clamped into the gamut
    // Protanopia on linear pure green: the matrix's second column.
    const Colour green = simulate({0.0, 1.0, 0.0, 1.0}, Dichromacy::protanopia);
    EXPECT_EQ(green.r, 1.0);
    EXPECT_NEAR(green.g, linear_to_srgb(0.786281), 1e-6);
    // A red and a green a normal eye tells apart easily look alike without one cone type.
    const Colour a{0.80, 0.45, 0.40, 1.0}, b{0.55, 0.58, 0.38, 1.0};
    EXPECT_GT(ciede2000(a, b), 20.0);
    EXPECT_LT(
        ciede2000(simulate(a, Dichromacy::deuteranopia), simulate(b, Dichromacy::deuteranopia)),
        8.0);
}

TEST(ColourScience, OverBlendsTheEncodedChannelsAsCairoDoes) {
    const Colour mixed = over({1.0, 0.0, 0.5, 1.0}, 0.25, {0.2, 0.4, 0.6, 1.0});
    EXPECT_DOUBLE_EQ(mixed.r, 0.4);
    EXPECT_DOUBLE_EQ(mixed.g, 0.3);
    EXPECT_DOUBLE_EQ(mixed.b, 0.575);
    EXPECT_EQ(mixed.a, 1.0);
}

}  // namespace
}  // namespace cm::colour
