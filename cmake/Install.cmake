# The installed layout (render/install/install_layout.hpp): the binary finds its styles, fonts
# configuration, data and encoder module from its own path, in the build tree as under a prefix.
#   cmake --install build --prefix P     P/bin, P/lib/campaignmap, P/share/campaignmap
#   cpack -G DEB (in build/)             campaignmap_VERSION_ARCH.deb with its dependencies

# The build tree as a prefix: build/share/campaignmap links to the source's styles and data.
set(CM_BUILD_SHARE ${CMAKE_BINARY_DIR}/share/campaignmap)
file(MAKE_DIRECTORY ${CM_BUILD_SHARE})
foreach(dir styles geodata)
  file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${dir} ${CM_BUILD_SHARE}/${dir} SYMBOLIC)
endforeach()

set(CM_SHARE_DEST share/campaignmap)
install(FILES styles/fonts.conf styles/publication.toml styles/slides.toml styles/wikipedia.toml
        DESTINATION ${CM_SHARE_DEST}/styles)
install(FILES geodata/gazetteer.geojson geodata/places.geojson geodata/labels.toml
        DESTINATION ${CM_SHARE_DEST}/geodata)
install(FILES geodata/geocode/not_places.txt DESTINATION ${CM_SHARE_DEST}/geodata/geocode)
# The default basemap: the Natural Earth extract (FlatGeobuf) and its list of dammed lakes.
install(DIRECTORY geodata/basemap/ DESTINATION ${CM_SHARE_DEST}/geodata/basemap
        FILES_MATCHING PATTERN "*.fgb" PATTERN "dammed_lakes.tsv")
install(DIRECTORY geodata/history/ DESTINATION ${CM_SHARE_DEST}/geodata/history
        FILES_MATCHING PATTERN "*.toml" PATTERN "*.geojson" PATTERN "README.md")
install(FILES README.md DESTINATION share/doc/campaignmap)

set(CPACK_PACKAGE_NAME campaignmap)
set(CPACK_PACKAGE_VENDOR "campaignmap")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Campaign maps from history articles")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "campaignmap developers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# Shared libraries by dpkg-shlibdeps; what is read at run time by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core, ferret-datasets, python-cartopy-data")
include(CPack)
