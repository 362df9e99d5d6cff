# Finds every external library; a missing one stops the configure step with the
# Debian package that provides it (./setup.sh installs them all).
find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
  message(FATAL_ERROR "pkg-config not found: install the Debian package 'pkg-config' (or run ./setup.sh)")
endif()

function(cm_require_pkg target module debian_package)
  pkg_check_modules(${target} QUIET IMPORTED_TARGET ${module})
  if(NOT ${target}_FOUND)
    message(FATAL_ERROR "${module} not found: install the Debian package '${debian_package}' (or run ./setup.sh)")
  endif()
endfunction()

cm_require_pkg(GDAL gdal libgdal-dev)
cm_require_pkg(PROJ proj libproj-dev)
cm_require_pkg(CAIRO cairo libcairo2-dev)
cm_require_pkg(PANGOCAIRO pangocairo libpango1.0-dev)
cm_require_pkg(GLIB glib-2.0 libglib2.0-dev)
cm_require_pkg(FONTCONFIG fontconfig libfontconfig-dev)
cm_require_pkg(TOMLPP tomlplusplus libtomlplusplus-dev)
# Every user of toml++ sees the same configuration (one definition of its types): errors are
# thrown as exceptions.
set_property(TARGET PkgConfig::TOMLPP APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS
             TOML_EXCEPTIONS=1)
cm_require_pkg(AVCODEC libavcodec libavcodec-dev)
cm_require_pkg(AVFORMAT libavformat libavformat-dev)
cm_require_pkg(AVUTIL libavutil libavutil-dev)
cm_require_pkg(SWSCALE libswscale libswscale-dev)
cm_require_pkg(IMAGEQUANT imagequant libimagequant-dev)
cm_require_pkg(ZLIB zlib zlib1g-dev)

find_package(CLI11 CONFIG QUIET)
if(NOT CLI11_FOUND)
  message(FATAL_ERROR "CLI11 not found: install the Debian package 'libcli11-dev' (or run ./setup.sh)")
endif()

find_package(Threads REQUIRED)

if(CM_TESTS)
  find_package(GTest QUIET)
  if(NOT GTest_FOUND)
    message(FATAL_ERROR "GoogleTest not found: install the Debian package 'libgtest-dev' (or run ./setup.sh)")
  endif()
endif()
