#include "vector_output.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <filesystem>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <unistd.h>

#include "geodata/files/output_target.hpp"
#include "geodata/io/csv_text.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

struct FormatInfo {
    VectorFormat format;
    const char* name;       ///< for --format
    const char* driver;     ///< GDAL's
    const char* extension;  ///< of the memory file
    const char* layer_option;
};

constexpr std::array<FormatInfo, 3> kFormats{{
    {VectorFormat::geojson, "geojson", "GeoJSON", ".geojson", "RFC7946=YES"},
    {VectorFormat::gpkg, "gpkg", "GPKG", ".gpkg", nullptr},
    {VectorFormat::csv, "csv", "CSV", ".csv", "GEOMETRY=AS_WKT"},
}};

const FormatInfo& info_of(VectorFormat format) {
    return *std::find_if(kFormats.begin(), kFormats.end(),
                         [&](const FormatInfo& f) { return f.format == format; });
}

/// @returns @p target. @throws UsageError for a GeoPackage (a database) to standard output.
const std::string& streamable(const std::string& target, VectorFormat format) {
    if (format == VectorFormat::gpkg && is_standard_output(target))
        throw UsageError("a GeoPackage cannot go to standard output; give a .gpkg file");
    return target;
}

void add_field(OGRLayer& layer, const VectorField& spec, const std::string& target) {
    OGRFieldDefn field(spec.name, spec.type);
    field.SetSubType(spec.subtype);
    if (layer.CreateField(&field) != OGRERR_NONE)
        throw OutputError(
            target, std::string("cannot create field '") + spec.name + "': " + ogr::last_error());
}

}  // namespace

VectorFormat vector_format_for(const std::string& path, const std::string& format_name) {
    if (!format_name.empty() && !is_standard_output(path))
        throw UsageError("--format is for '-o -'; a file's extension gives its format");
    if (is_standard_output(path)) {
        for (const FormatInfo& f : kFormats)
            if (format_name == f.name && f.format != VectorFormat::gpkg)
                return f.format;
        if (format_name.empty())
            return VectorFormat::geojson;
        throw UsageError("--format '" + format_name +
                         "': expected geojson or csv (a GeoPackage cannot go to standard output)");
    }
    const std::string ext = lower_extension(path);
    if (ext == ".geojson" || ext == ".json")
        return VectorFormat::geojson;
    if (ext == ".gpkg")
        return VectorFormat::gpkg;
    if (ext == ".csv")
        return VectorFormat::csv;
    throw OutputError(path,
                      "unknown output format '" + ext + "' (use .geojson, .json, .gpkg or .csv)");
}

VectorOutput::MemoryDir::MemoryDir() {
    static std::atomic<int> count{0};
    path = "/vsimem/campaignmap-" + std::to_string(::getpid()) + "-" + std::to_string(count++);
    VSIMkdir(path.c_str(), 0755);
}

VectorOutput::MemoryDir::~MemoryDir() {
    VSIRmdirRecursive(path.c_str());
}

VectorOutput::VectorOutput(std::string target, VectorFormat format, const char* layer_name,
                           std::span<const VectorField> fields)
    : m_target(std::move(target)), m_format(format), m_output(streamable(m_target, format)) {
    const FormatInfo& info = info_of(format);
    ogr::register_drivers();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(info.driver);
    if (!driver)
        throw OutputError(m_target, std::string("GDAL has no ") + info.driver + " driver");
    CPLErrorReset();
    m_memory_file = m_memory_dir.path + "/layer" + info.extension;
    m_dataset.reset(driver->Create(m_memory_file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!m_dataset)
        throw OutputError(m_target, "cannot create: " + ogr::last_error());
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLStringList options;
    if (info.layer_option)
        options.AddString(info.layer_option);
    m_layer = m_dataset->CreateLayer(layer_name, &wgs84, wkbUnknown, options.List());
    if (!m_layer)
        throw OutputError(m_target, "cannot create layer: " + ogr::last_error());
    for (const VectorField& spec : fields)
        add_field(*m_layer, spec, m_target);
}

VectorOutput::~VectorOutput() = default;

ogr::FeaturePtr VectorOutput::new_feature() const {
    return ogr::FeaturePtr(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
}

void VectorOutput::set_text(OGRFeature& f, const char* field, const std::string& value) const {
    if (value.empty())
        return;
    f.SetField(field, (m_format == VectorFormat::csv ? csv_safe_cell(value) : value).c_str());
}

void VectorOutput::set_texts(OGRFeature& f, const char* field,
                             const std::vector<std::string>& values) const {
    CPLStringList list;  // in CSV a JSON array: the cell starts with '[', nothing to neutralise
    for (const std::string& v : values)
        list.AddString(v.c_str());
    f.SetField(field, list.List());
}

void VectorOutput::add(OGRFeature& f, const std::string& record) {
    if (m_layer->CreateFeature(&f) != OGRERR_NONE)
        throw OutputError(m_target, "cannot write " + record + ": " + ogr::last_error());
}

void VectorOutput::commit() {
    m_layer = nullptr;
    CPLErrorReset();
    m_dataset.reset();  // GDALClose: the drivers write their last bytes now
    if (CPLGetLastErrorType() >= CE_Failure)
        throw OutputError(m_target, "cannot finish writing: " + ogr::last_error());
    vsi_l_offset size = 0;
    const GByte* bytes = VSIGetMemFileBuffer(m_memory_file.c_str(), &size, FALSE);
    if (!bytes || size == 0)
        throw OutputError(m_target, "GDAL wrote nothing");
    m_output.write(std::string(reinterpret_cast<const char*>(bytes), size));
}

}  // namespace cm
