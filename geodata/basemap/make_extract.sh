#!/bin/sh
# Rebuilds the shipped Natural Earth extract in this folder from a Natural Earth 10m folder of
# GeoJSON files (EPSG:4326) holding the layers named below (ne_10m_land.geojson, ...).
#
#   geodata/basemap/make_extract.sh NATURAL_EARTH_DIR
#
# Each layer is cut to the window 35..125 E, 20..65 N, keeps only the attributes the program
# reads, and is written as FlatGeobuf (spatial index, read without a cache). Natural Earth is in
# the public domain (https://www.naturalearthdata.com); the maps credit "Made with Natural Earth".
set -eu

if [ $# -ne 1 ]; then
    echo "usage: make_extract.sh NATURAL_EARTH_DIR (a Natural Earth 10m folder of GeoJSON files)" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
src=$1
window="35 20 125 65"

if [ ! -d "$src" ]; then
    echo "make_extract.sh: $src: no such directory (pass the Natural Earth folder)" >&2
    exit 1
fi

# layer NAME "FIELDS": ne_10m_NAME.geojson -> ne_10m_NAME.fgb with FIELDS only
layer() {
    in=$src/ne_10m_$1.geojson
    out=$here/ne_10m_$1.fgb
    tmp=$here/.ne_10m_$1.tmp.fgb
    rm -f "$tmp"
    ogr2ogr -f FlatGeobuf -spat $window -clipsrc $window -select "$2" \
        -lco SPATIAL_INDEX=YES -nln "ne_10m_$1" "$tmp" "$in"
    mv "$tmp" "$out"
    echo "$(basename "$out"): $(ogrinfo -so -al "$out" | sed -n 's/^Feature Count: //p') features"
}

layer land "featurecla,scalerank,min_zoom"
layer lakes "featurecla,scalerank,name,name_alt,dam_name,year,min_zoom"
layer lakes_historic "featurecla,scalerank,name,name_alt,date,min_zoom"
layer rivers_lake_centerlines "featurecla,scalerank,name,name_en,name_alt,min_zoom"
layer geography_regions_polys "featurecla,scalerank,name,namealt,region,subregion"
layer geography_regions_elevation_points "featurecla,scalerank,name,name_alt,elevation"
layer populated_places "SCALERANK,FEATURECLA,NAME,NAMEASCII,NAMEALT,NAME_EN,NAME_RU,ADM0NAME,ADM1NAME,POP_MAX,wikidataid"
