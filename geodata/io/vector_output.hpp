#pragma once

// One vector layer written as GeoJSON (RFC 7946), GeoPackage or CSV (geometry as WKT), the
// format chosen by the output's extension: the places dataset of `geocode` and the year of
// `export` both go through here. GDAL builds the file in memory (/vsimem/); every
// CreateField and CreateFeature is checked, and so is GDAL's error state once the dataset is
// closed. Only then are the bytes written out, with every write checked: atomically over the
// target, or to standard output for "-". A failure leaves the previous file and no other.
// CSV cells that a spreadsheet would run as a formula are neutralised (csv_text.hpp).

#include <memory>
#include <span>
#include <string>
#include <vector>

#include <ogrsf_frmts.h>

#include "geodata/files/output_target.hpp"
#include "geodata/io/ogr.hpp"

namespace cm {

enum class VectorFormat { geojson, gpkg, csv };

/// @returns the format of output @p path: its extension's (.geojson, .json, .gpkg or .csv, any
/// case), or for "-" (standard output) the one @p format_name names: "geojson" (also when
/// empty) or "csv".
/// @throws OutputError naming @p path for any other extension; UsageError when
/// @p format_name is given with a file, names no format, or asks for a GeoPackage on
/// standard output.
VectorFormat vector_format_for(const std::string& path, const std::string& format_name = "");

/// A field of the layer: name, type and subtype (OFSTNone, OFSTJSON, OFSTBoolean...).
struct VectorField {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subtype = OFSTNone;
};

/// A layer being built in memory; commit() writes it out.
class VectorOutput {
  public:
    /// Reserves the output now (PendingOutput).
    /// @throws OutputError naming @p target when the output cannot be written or GDAL cannot
    /// create the layer or a field; UsageError for a GeoPackage to standard output.
    VectorOutput(std::string target, VectorFormat format, const char* layer_name,
                 std::span<const VectorField> fields);
    ~VectorOutput();
    VectorOutput(const VectorOutput&) = delete;
    VectorOutput& operator=(const VectorOutput&) = delete;

    ogr::FeaturePtr new_feature() const;
    /// Sets text field @p field (nothing for empty text), neutralised for CSV (csv_text.hpp).
    void set_text(OGRFeature& f, const char* field, const std::string& value) const;
    void set_texts(OGRFeature& f, const char* field, const std::vector<std::string>& values) const;
    /// Adds @p f. @throws OutputError naming the target and @p record when GDAL refuses it.
    void add(OGRFeature& f, const std::string& record);

    /// Closes the dataset and writes its bytes to the target.
    /// @throws OutputError on any GDAL error or failed write; the target is then untouched.
    void commit();

  private:
    /// A /vsimem/ directory of its own, removed with all it holds.
    struct MemoryDir {
        MemoryDir();
        ~MemoryDir();
        MemoryDir(const MemoryDir&) = delete;
        MemoryDir& operator=(const MemoryDir&) = delete;
        std::string path;
    };

    std::string m_target;
    VectorFormat m_format;
    PendingOutput m_output;
    MemoryDir m_memory_dir;  ///< holds the dataset while it is built (closed before removal)
    std::string m_memory_file;
    ogr::DatasetPtr m_dataset;
    OGRLayer* m_layer = nullptr;
};

}  // namespace cm
