#!/usr/bin/env bash
# Draws the gazetteer over ETOPO5 relief (tinted by height) so a person can see whether each river runs
# down its valley and ends in its lake, and each town sits where it should.
#
#   geodata/tools/gazetteer_check_image.sh [GAZETTEER] [OUT.png] [WEST SOUTH EAST NORTH] [PIXELS_PER_DEGREE]
#
# Defaults: geodata/gazetteer.geojson, out/gazetteer-check.png, 44 34 100 58, 20.
# Colours: rivers blue, lakes and seas cyan outlines, regions and countries yellow outlines,
# ranges brown outlines, settlements red dots, battle sites and passes magenta dots.
# Needs gdal-bin (gdal_translate, gdalwarp, gdaldem, gdal_rasterize, ogr2ogr) and ETOPO5 from
# the ferret-datasets package.
set -euo pipefail

gazetteer=${1:-geodata/gazetteer.geojson}
out=${2:-out/gazetteer-check.png}
west=${3:-44}
south=${4:-34}
east=${5:-100}
north=${6:-58}
ppd=${7:-20}
etopo=${ETOPO5:-/usr/share/ferret-vis/data/etopo5.cdf}

[ -r "$gazetteer" ] || { echo "gazetteer_check_image: $gazetteer: not readable" >&2; exit 1; }
[ -r "$etopo" ] || { echo "gazetteer_check_image: $etopo: not readable (install ferret-datasets)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
res=$(awk -v p="$ppd" 'BEGIN { printf "%.6f", 1 / p }')

# Crop first (the file has no CRS and rows past the poles), then smooth the 1-degree steps
# away by averaging down and spline-interpolating back up, then tint by height.
gdal_translate -q -a_srs EPSG:4326 -projwin "$west" "$north" "$east" "$south" \
  "NETCDF:$etopo:ROSE" "$work/dem.tif"
gdalwarp -q -r average -tr 0.1667 0.1667 "$work/dem.tif" "$work/coarse.tif"
gdalwarp -q -r cubicspline -tr "$res" "$res" -te "$west" "$south" "$east" "$north" \
  "$work/coarse.tif" "$work/smooth.tif"
# Hypsometric tint in narrow steps, so that valley floors stand out from the ranges.
cat > "$work/ramp.txt" <<'RAMP'
-9000 150 190 220
-30 205 225 205
100 215 232 200
300 232 236 196
600 238 226 180
1000 226 204 160
1500 210 180 140
2500 190 160 130
3500 200 190 180
5000 245 245 245
RAMP
gdaldem color-relief -q "$work/smooth.tif" "$work/ramp.txt" "$work/map.tif"

# burn LAYER_SQL R G B: rasterises one selection of the gazetteer in one colour.
burn() {
  ogr2ogr -q -f GeoJSON -dialect sqlite -sql "$1" "$work/sel.geojson" "$gazetteer"
  gdal_rasterize -q -at -b 1 -b 2 -b 3 -burn "$2" -burn "$3" -burn "$4" "$work/sel.geojson" "$work/map.tif"
  rm -f "$work/sel.geojson"
}
layer=$(ogrinfo -q "$gazetteer" | sed -n '1s/^1: \([^ ]*\).*/\1/p')
burn "SELECT ST_Boundary(geometry) FROM \"$layer\" WHERE type IN ('region','country','valley')" 230 200 40
burn "SELECT ST_Boundary(geometry) FROM \"$layer\" WHERE type = 'mountains'" 150 90 40
burn "SELECT ST_Boundary(geometry) FROM \"$layer\" WHERE type IN ('lake','sea')" 0 200 230
burn "SELECT geometry FROM \"$layer\" WHERE type = 'river'" 20 40 230
burn "SELECT ST_Buffer(geometry, 0.08) FROM \"$layer\" WHERE type = 'settlement'" 220 0 0
burn "SELECT ST_Buffer(geometry, 0.08) FROM \"$layer\" WHERE type IN ('battlefield','pass')" 200 0 200

mkdir -p "$(dirname "$out")"
gdal_translate -q -of PNG "$work/map.tif" "$work/map.png"
mv "$work/map.png" "$out"
echo "$out"
