# Installing and packaging: `cmake --install build --prefix P` lays out a desktop product under P, and
# `cpack -G DEB` (or `cmake --build build --target package`) wraps the same layout in a .deb whose dependencies
# dpkg-shlibdeps computes. The executables link the project's own libraries statically, so they run from any
# prefix with only Debian's Qt, QuaZip and libsodium beside them.
#
#   usr/bin/sagstjek, usr/bin/sagstjek-cli                   (app/CMakeLists.txt)
#   usr/share/applications/dk.sagstjek.Sagstjek.desktop      desktop-file-validate
#   usr/share/metainfo/dk.sagstjek.Sagstjek.metainfo.xml     appstreamcli validate
#   usr/share/icons/hicolor/{48,64,128,256}/apps/…png, scalable/apps/…svg
#   usr/share/man/man1/sagstjek-cli.1.gz
#
# tests/package_deb.sh (CTest "package_deb") builds the .deb from the build tree, validates it and runs the CLI
# from a scratch root.

set(SAGSTJEK_APP_ID dk.sagstjek.Sagstjek)
set(SAGSTJEK_RESOURCES ${PROJECT_SOURCE_DIR}/resources)

install(FILES ${SAGSTJEK_RESOURCES}/${SAGSTJEK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SAGSTJEK_RESOURCES}/${SAGSTJEK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size 48 64 128 256)
  install(FILES ${SAGSTJEK_RESOURCES}/hicolor/${size}x${size}/${SAGSTJEK_APP_ID}.png
      DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${SAGSTJEK_RESOURCES}/icons/sagstjek.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${SAGSTJEK_APP_ID}.svg)

# The man page is written by hand (resources/sagstjek-cli.1) and compressed as Debian policy wants (-n: no time
# stamp, so the package is reproducible).
find_program(GZIP_EXE gzip REQUIRED)
set(SAGSTJEK_MANPAGE ${CMAKE_CURRENT_BINARY_DIR}/sagstjek-cli.1.gz)
add_custom_command(OUTPUT ${SAGSTJEK_MANPAGE}
    COMMAND ${GZIP_EXE} -9 -n -c ${SAGSTJEK_RESOURCES}/sagstjek-cli.1 > ${SAGSTJEK_MANPAGE}
    DEPENDS ${SAGSTJEK_RESOURCES}/sagstjek-cli.1
    COMMENT "man page sagstjek-cli.1.gz")
add_custom_target(manpage ALL DEPENDS ${SAGSTJEK_MANPAGE})
install(FILES ${SAGSTJEK_MANPAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sagstjek)
set(CPACK_PACKAGE_VENDOR "Sagstjek")
set(CPACK_PACKAGE_CONTACT "Sagstjek <sagstjek@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "review of case handling in Danish municipalities")
set(CPACK_PACKAGE_DESCRIPTION
    "Sagstjek replaces the Excel sheets used for case walkthroughs, samples and ledelsestilsyn: a cue card per \
case that computes the law's deadlines, defects with owners and remediation, rounds with four-eyes approval, \
figures and reports. sagstjek-cli runs the same services from the command line.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY sagstjek)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the SQLite and PostgreSQL (team server) drivers, and Qt's own
# Danish texts (buttons of standard dialogs) as a recommendation.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core")
if(NOT DEFINED CPACK_DEBIAN_COMPRESSION_TYPE)
  set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
endif()
include(CPack)
