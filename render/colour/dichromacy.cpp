#include "render/colour/colour_science.hpp"

namespace cm::colour {
namespace {

using Matrix = double[3][3];

// Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of
// Color Vision Deficiency", the matrices for severity 1.0, on linear RGB.
constexpr Matrix kProtanopia = {{0.152286, 1.052583, -0.204868},
                                {0.114503, 0.786281, 0.099216},
                                {-0.003882, -0.048116, 1.051998}};
constexpr Matrix kDeuteranopia = {{0.367322, 0.860646, -0.227968},
                                  {0.280085, 0.672501, 0.047413},
                                  {-0.011820, 0.042940, 0.968881}};
constexpr Matrix kTritanopia = {{1.255528, -0.076749, -0.178779},
                                {-0.078411, 0.930809, 0.147602},
                                {0.004733, 0.691367, 0.303900}};

const Matrix& matrix_of(Dichromacy kind) {
    switch (kind) {
        case Dichromacy::protanopia:
            return kProtanopia;
        case Dichromacy::deuteranopia:
            return kDeuteranopia;
        default:
            return kTritanopia;
    }
}

}  // namespace

Colour simulate(const Colour& srgb, Dichromacy kind) {
    const Matrix& m = matrix_of(kind);
    const LinearRgb c = to_linear(srgb);
    return to_srgb({m[0][0] * c.r + m[0][1] * c.g + m[0][2] * c.b,
                    m[1][0] * c.r + m[1][1] * c.g + m[1][2] * c.b,
                    m[2][0] * c.r + m[2][1] * c.g + m[2][2] * c.b});
}

}  // namespace cm::colour
