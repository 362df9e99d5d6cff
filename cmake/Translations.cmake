# Interface words by language (po/README.md): each po/LANG.po is compiled by msgfmt into
# share/campaignmap/locale/LANG/LC_MESSAGES/campaignmap.mo, in the build tree as when
# installed, where `--lang LANG` finds it. `cmake --build build --target pot` re-extracts
# po/campaignmap.pot from the sources (xgettext) and merges it into every po/LANG.po.
find_program(CM_MSGFMT msgfmt REQUIRED)
find_program(CM_XGETTEXT xgettext)
find_program(CM_MSGMERGE msgmerge)

file(GLOB CM_PO_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/po/*.po)
set(CM_MO_FILES)
foreach(po ${CM_PO_FILES})
  get_filename_component(lang ${po} NAME_WE)
  set(mo_dir ${CM_BUILD_SHARE}/locale/${lang}/LC_MESSAGES)
  add_custom_command(OUTPUT ${mo_dir}/campaignmap.mo
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${mo_dir}
                     COMMAND ${CM_MSGFMT} --check -o ${mo_dir}/campaignmap.mo ${po}
                     DEPENDS ${po} COMMENT "msgfmt po/${lang}.po")
  list(APPEND CM_MO_FILES ${mo_dir}/campaignmap.mo)
  install(FILES ${mo_dir}/campaignmap.mo
          DESTINATION ${CM_SHARE_DEST}/locale/${lang}/LC_MESSAGES)
endforeach()
add_custom_target(translations ALL DEPENDS ${CM_MO_FILES})
add_dependencies(campaignmap translations)

if(CM_XGETTEXT AND CM_MSGMERGE)
  # Every source that may mark a message: tr("...") in the renderer, N_("...") in the model.
  file(GLOB_RECURSE CM_POT_SOURCES RELATIVE ${PROJECT_SOURCE_DIR} CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/render/*.cpp ${PROJECT_SOURCE_DIR}/geodata/model/*.cpp)
  list(SORT CM_POT_SOURCES)
  add_custom_target(pot
    COMMAND ${CM_XGETTEXT} --from-code=UTF-8 --language=C++ --keyword=tr --keyword=N_
            --add-comments=TRANSLATORS: --sort-by-file --package-name=campaignmap
            --msgid-bugs-address= -o po/campaignmap.pot ${CM_POT_SOURCES}
    # Our msgids are ASCII; the translations are not (msginit copies the pot's charset).
    COMMAND sed -i "s/charset=CHARSET/charset=UTF-8/" po/campaignmap.pot
    COMMAND sh -c "for po in po/*.po; do ${CM_MSGMERGE} --quiet --update --backup=none --no-fuzzy-matching --sort-by-file \"$po\" po/campaignmap.pot; done"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} VERBATIM
    COMMENT "xgettext: po/campaignmap.pot, msgmerge: po/*.po")
endif()
