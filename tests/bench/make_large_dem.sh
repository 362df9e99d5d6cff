#!/bin/sh
# Makes the DEM of the benchmark's large-DEM case, if it is not there yet: ETOPO5 over the
# theatre (40-110 E, 25-60 N) resampled to 20000 x 10000 cells (12.6 arc-seconds, about 350 m),
# 16-bit, tiled and compressed, without overviews, so that campaignmap has to decimate it as it
# reads. About 200 million cells, 400 MB as 16-bit and 800 MB as the floats it is read into.
# Usage: make_large_dem.sh OUT.tif
set -eu
out=$1
[ -s "$out" ] && exit 0
etopo5=/usr/share/ferret-vis/data/etopo5.cdf
tmp="$out.part.tif"
gdalwarp -q -overwrite -s_srs EPSG:4326 -t_srs EPSG:4326 -te 40 25 110 60 -ts 20000 10000 \
    -r cubicspline -ot Int16 -co TILED=YES -co COMPRESS=DEFLATE -co PREDICTOR=2 \
    -co BIGTIFF=IF_SAFER "NETCDF:$etopo5:ROSE" "$tmp"
mv "$tmp" "$out"
