#include "pixel_budget.hpp"

#include <cmath>
#include <cstdio>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

std::string gib(std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GiB", static_cast<double>(bytes) / (1u << 30));
    return text;
}

}  // namespace

std::uint64_t pixel_bytes(std::int64_t width_px, std::int64_t height_px, int images) {
    if (width_px <= 0 || height_px <= 0 || images <= 0)
        return 0;
    return static_cast<std::uint64_t>(width_px) * static_cast<std::uint64_t>(height_px) * 4u *
           static_cast<std::uint64_t>(images);
}

void check_pixel_budget(std::int64_t width_px, std::int64_t height_px, int images,
                        const std::string& asked) {
    const std::uint64_t bytes = pixel_bytes(width_px, height_px, images);
    if (bytes <= kPixelBudgetBytes)
        return;
    throw UsageError(asked + " needs " + gib(bytes) + " of pixels (" + std::to_string(width_px) +
                     " x " + std::to_string(height_px) + " px, " + std::to_string(images) +
                     (images == 1 ? " image" : " images") + " at once), more than the " +
                     gib(kPixelBudgetBytes) + " budget");
}

void check_pixel_budget(const PageSize& page, int images, const std::string& asked) {
    // From the page in points: width_px() would overflow int for absurd densities.
    const auto px = [&](double pt) {
        return static_cast<std::int64_t>(std::llround(pt * page.px_per_pt));
    };
    check_pixel_budget(px(page.width_pt), px(page.height_pt), images, asked);
}

std::string page_asked(const std::string& page, int dpi) {
    return "--page " + page + (dpi > 0 ? " at " + std::to_string(dpi) + " dpi" : "");
}

}  // namespace cm
