#include "render/project/projection.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include <proj.h>

#include "geodata/model/error.hpp"

namespace cm {

namespace detail {

struct PjDeleter {
    void operator()(PJ* p) const { proj_destroy(p); }
};
struct ProjContextDeleter {
    void operator()(PJ_CONTEXT* c) const { proj_context_destroy(c); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;
using ProjContext = std::unique_ptr<PJ_CONTEXT, ProjContextDeleter>;

/// One PROJ context and the lon/lat -> projected transformation created in it (released
/// before its context).
struct ProjHandles {
    ProjContext context{proj_context_create()};
    PjPtr transform;
};

}  // namespace detail

namespace {

using detail::PjPtr;

std::string proj_reason(PJ_CONTEXT* context) {
    const int code = proj_context_errno(context);
    if (code == 0)
        return "not a projected coordinate system";
    return proj_context_errno_string(context, code);
}

bool is_projected(PJ_CONTEXT* context, const std::string& definition) {
    PjPtr crs(proj_create(context, definition.c_str()));
    if (!crs)
        return false;
    const PJ_TYPE type = proj_get_type(crs.get());
    if (type == PJ_TYPE_PROJECTED_CRS)
        return true;
    // A bare "+proj=aea ..." string without +type=crs is a conversion; accept it as a CRS.
    return type == PJ_TYPE_CONVERSION || type == PJ_TYPE_OTHER_COORDINATE_OPERATION;
}

/// PROJ strings of the "+proj=..." form need "+type=crs" to be used as a target CRS.
std::string as_crs(const std::string& definition) {
    if (definition.rfind("+proj=", 0) == 0 && definition.find("+type=crs") == std::string::npos)
        return definition + " +type=crs";
    return definition;
}

}  // namespace

Projection::Projection(std::string definition, std::unique_ptr<detail::ProjHandles> handles)
    : m_definition(std::move(definition)), m_handles(std::move(handles)) {}

Projection Projection::from_definition(const std::string& definition) {
    auto handles = std::make_unique<detail::ProjHandles>();
    PJ_CONTEXT* ctx = handles->context.get();
    proj_log_level(ctx, PJ_LOG_NONE);
    const std::string crs = as_crs(definition);
    if (definition.empty() || !is_projected(ctx, crs))
        throw UsageError("projection '" + definition + "': " + proj_reason(ctx));
    PjPtr raw(proj_create_crs_to_crs(ctx, "EPSG:4326", crs.c_str(), nullptr));
    if (!raw)
        throw UsageError("projection '" + definition + "': " + proj_reason(ctx));
    handles->transform.reset(proj_normalize_for_visualization(ctx, raw.get()));
    if (!handles->transform)
        throw UsageError("projection '" + definition + "': " + proj_reason(ctx));
    return Projection(definition, std::move(handles));
}

Projection::Projection(const Projection& other) : m_definition(other.m_definition) {
    auto handles = std::make_unique<detail::ProjHandles>();
    proj_log_level(handles->context.get(), PJ_LOG_NONE);
    handles->transform.reset(proj_clone(handles->context.get(), other.m_handles->transform.get()));
    if (!handles->transform)
        throw RenderError("projection '" + m_definition + "': cannot be copied");
    m_handles = std::move(handles);
}

Projection& Projection::operator=(const Projection& other) {
    if (this != &other)
        *this = Projection(other);
    return *this;
}

Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;
Projection::~Projection() = default;

MapXY Projection::forward(const LonLat& p) const {
    const PJ_COORD out =
        proj_trans(m_handles->transform.get(), PJ_FWD, proj_coord(p.lon, p.lat, 0.0, 0.0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y)) {
        char where[64];
        std::snprintf(where, sizeof where, "%.5f, %.5f", p.lon, p.lat);
        throw RenderError("projection '" + m_definition + "' cannot show lon/lat " + where);
    }
    return {out.xy.x, out.xy.y};
}

std::vector<MapXY> Projection::forward(const std::vector<LonLat>& points) const {
    std::vector<MapXY> out(points.size());
    if (points.empty())
        return out;
    static_assert(sizeof(LonLat) == 2 * sizeof(double) && sizeof(MapXY) == 2 * sizeof(double));
    for (std::size_t i = 0; i < points.size(); ++i)
        out[i] = {points[i].lon, points[i].lat};
    proj_trans_generic(m_handles->transform.get(), PJ_FWD, &out[0].x, sizeof(MapXY), out.size(),
                       &out[0].y, sizeof(MapXY), out.size(), nullptr, 0, 0, nullptr, 0, 0);
    for (std::size_t i = 0; i < out.size(); ++i)
        if (!std::isfinite(out[i].x) || !std::isfinite(out[i].y))
            forward(points[i]);
    return out;
}

std::optional<LonLat> Projection::inverse(const MapXY& p) const {
    const PJ_COORD out =
        proj_trans(m_handles->transform.get(), PJ_INV, proj_coord(p.x, p.y, 0.0, 0.0));
    if (!std::isfinite(out.lp.lam) || !std::isfinite(out.lp.phi))
        return std::nullopt;
    return LonLat{out.lp.lam, out.lp.phi};
}

void Projection::inverse_in_place(std::vector<double>& xs, std::vector<double>& ys) const {
    const std::size_t n = std::min(xs.size(), ys.size());
    if (n == 0)
        return;
    proj_trans_generic(m_handles->transform.get(), PJ_INV, xs.data(), sizeof(double), n, ys.data(),
                       sizeof(double), n, nullptr, 0, 0, nullptr, 0, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i])) {
            xs[i] = std::nan("");
            ys[i] = std::nan("");
        }
    }
}

std::string fit_conic(const Bounds& extent) {
    const double span = extent.north - extent.south;
    const double lat_1 = extent.south + span / 6.0;
    const double lat_2 = extent.south + span * 5.0 / 6.0;
    const double lat_0 = extent.south + span / 2.0;
    const double lon_0 = (extent.west + extent.east) / 2.0;
    char text[200];
    std::snprintf(text, sizeof text,
                  "+proj=aea +lat_0=%.4f +lon_0=%.4f +lat_1=%.4f +lat_2=%.4f +datum=WGS84 "
                  "+units=m +no_defs",
                  lat_0, lon_0, lat_1, lat_2);
    return text;
}

}  // namespace cm
