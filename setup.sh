#!/usr/bin/env bash
# Installs campaignmap's build and run dependencies from Debian 12 packages.
# Idempotent: packages already present are left alone; apt runs only when something is missing.
set -euo pipefail

packages=(
  # build
  cmake g++ make pkg-config
  # geometry, projections, drawing, text
  libgdal-dev libproj-dev libcairo2-dev libpango1.0-dev libfontconfig-dev
  # configuration and command line
  libtomlplusplus-dev libcli11-dev
  # PNG compression; video and GIF encoding
  zlib1g-dev libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libimagequant-dev
  # interface words by language: msgfmt compiles po/*.po (xgettext, msgmerge keep them)
  gettext
  # tests, fuzzing, benchmarks (pdftotext reads the text of maps in other languages)
  libgtest-dev clang libclang-rt-14-dev time poppler-utils
  # the SVG tests: validation against the SVG 1.1 DTD (from the local XML catalogue), and the
  # SVG drawn by librsvg and by headless Chromium
  libxml2-utils w3c-sgml-lib librsvg2-bin chromium
  # pinned fonts (see fonts/fonts.conf)
  fonts-noto-core
  # default basemap: ETOPO5 relief and GSHHS land and lakes
  ferret-datasets python-cartopy-data
  # GDAL command-line tools for geodata/tools/gazetteer_check_image.sh
  gdal-bin
  # the Debian package (cpack -G DEB runs dpkg-shlibdeps)
  dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
