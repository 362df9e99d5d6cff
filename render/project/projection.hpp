#pragma once

// The map projection: lon/lat (EPSG:4326, lon first) to projected metres through PROJ.
// Each Projection owns its own PJ_CONTEXT and PJ, so a copy is an independent clone that
// one thread can use while another uses the original (PROJ objects are not thread-safe).

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geodata/model/geometry.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

namespace detail {
struct ProjHandles;
}  // namespace detail

/// A transformation from WGS 84 lon/lat to a projected CRS, in the order lon, lat.
class Projection {
  public:
    /// @param definition a PROJ string ("+proj=aea +lat_1=... ") or "EPSG:n" or any CRS
    ///        PROJ understands (WKT, "ESRI:n").
    /// @throws UsageError naming @p definition when PROJ rejects it or it is not projected.
    static Projection from_definition(const std::string& definition);

    Projection(const Projection& other);
    Projection& operator=(const Projection& other);
    Projection(Projection&&) noexcept;
    Projection& operator=(Projection&&) noexcept;
    ~Projection();

    /// @throws RenderError when PROJ cannot project @p p (result not finite).
    MapXY forward(const LonLat& p) const;
    /// Projects many points at once (one PROJ call); same errors as forward().
    std::vector<MapXY> forward(const std::vector<LonLat>& points) const;
    /// @returns the lon/lat of @p p, or nothing when @p p lies outside the projection's domain.
    std::optional<LonLat> inverse(const MapXY& p) const;
    /// Inverse-projects in place, one PROJ call; points outside the domain become NaN.
    void inverse_in_place(std::vector<double>& xs, std::vector<double>& ys) const;

    /// @returns the definition this projection was made from.
    const std::string& definition() const { return m_definition; }

  private:
    Projection(std::string definition, std::unique_ptr<detail::ProjHandles> handles);

    std::string m_definition;
    std::unique_ptr<detail::ProjHandles> m_handles;
};

/// @returns a PROJ string for an Albers equal-area conic fitted to @p extent: standard
/// parallels at 1/6 and 5/6 of its latitude span, central meridian in its middle, WGS 84.
/// @pre !extent.empty
std::string fit_conic(const Bounds& extent);

}  // namespace cm
