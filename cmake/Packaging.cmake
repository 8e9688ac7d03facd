# Desktop integration, the man page and the Debian package. Included once from the top-level CMakeLists.txt.
#
#   cmake --install BUILD [--prefix DIR]   the binary, the .desktop file, the AppStream metainfo, the hicolor icons,
#                                          the man page, and the Debian copyright and changelog
#   cpack --config BUILD/CPackConfig.cmake (or `cmake --build BUILD --target package`)
#                                          BUILD/packages/ente-db-migrate_<version>_<arch>.deb, prefix /usr
#
# The .desktop file, the metainfo and the hicolor icon are all named after EDM_APP_ID. Sources: packaging/ (templates,
# configured here) and resources/icons/ (app.svg, and app-<N>.png rendered from it by packaging/render-icons.sh).
# tests/package/ checks the result: the installed files validate, and the .deb installs and runs.
include(GNUInstallDirs)

set(EDM_PACKAGE_MAINTAINER "The Ente DB Migration developers <maintainers@entedbmigrate.org>"
    CACHE STRING "Maintainer of the Debian package, as \"Name <address>\"")
# The project's licence as an SPDX id: the metainfo's project_license, and the About dialog shows it. The text is
# LICENSE; packaging/copyright.in says the same in Debian's words (GPL-3+), installed as share/doc/<package>/copyright
# where lintian looks for it; every source file starts with an SPDX-License-Identifier line (scripts/spdx-headers).
set(EDM_PROJECT_LICENSE "GPL-3.0-or-later")
set_property(SOURCE ${PROJECT_SOURCE_DIR}/src/gui/AboutDialog.cpp TARGET_DIRECTORY edm_gui APPEND PROPERTY
    COMPILE_DEFINITIONS "EDM_PROJECT_LICENSE=\"${EDM_PROJECT_LICENSE}\"")
set(EDM_ICON_SIZES 16 22 24 32 48 64 128 256)

# The AppStream screenshots are docs/screenshots/<file> as of the release's git tag v<version>, so that the metainfo of
# a release always shows that release (main moves on; a tag does not). The default follows PROJECT_HOMEPAGE_URL.
string(REPLACE "https://github.com/" "https://raw.githubusercontent.com/" edm_raw_url "${PROJECT_HOMEPAGE_URL}")
set(EDM_SCREENSHOT_BASE_URL "${edm_raw_url}/v${PROJECT_VERSION}/docs/screenshots/"
    CACHE STRING "URL of the folder holding docs/screenshots/ of this version, ending in /")

set(edm_pkg_src ${PROJECT_SOURCE_DIR}/packaging)
set(edm_pkg_out ${PROJECT_BINARY_DIR}/packaging)
set(edm_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/ente-db-migrate)
set(CPACK_PACKAGE_CONTACT "${EDM_PACKAGE_MAINTAINER}")

# The newest <release> of the metainfo is the version being built: its date dates the man page, and it, like the top
# entry of the Debian changelog, must name PROJECT_VERSION.
file(READ ${edm_pkg_src}/ente-db-migrate.metainfo.xml.in edm_metainfo)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${edm_pkg_src}/ente-db-migrate.metainfo.xml.in ${edm_pkg_src}/changelog)
if(NOT edm_metainfo MATCHES "<release version=\"([^\"]+)\" date=\"([0-9]+-[0-9]+-[0-9]+)\"")
    message(FATAL_ERROR "packaging/ente-db-migrate.metainfo.xml.in: no <release version=\"…\" date=\"YYYY-MM-DD\">")
endif()
set(EDM_RELEASE_DATE ${CMAKE_MATCH_2})
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(WARNING "The newest release in packaging/ente-db-migrate.metainfo.xml.in is ${CMAKE_MATCH_1}, the project "
                    "is ${PROJECT_VERSION}: add a <release> for it.")
endif()
file(STRINGS ${edm_pkg_src}/changelog edm_changelog_top LIMIT_COUNT 1)
if(NOT edm_changelog_top MATCHES "^ente-db-migrate \\(${PROJECT_VERSION}\\) ")
    message(WARNING "packaging/changelog does not start with an entry for ${PROJECT_VERSION}: add one.")
endif()

configure_file(${edm_pkg_src}/ente-db-migrate.desktop.in ${edm_pkg_out}/${EDM_APP_ID}.desktop @ONLY)
configure_file(${edm_pkg_src}/ente-db-migrate.metainfo.xml.in ${edm_pkg_out}/${EDM_APP_ID}.metainfo.xml @ONLY)
configure_file(${edm_pkg_src}/ente-db-migrate.1.in ${edm_pkg_out}/ente-db-migrate.1 @ONLY)
configure_file(${edm_pkg_src}/copyright.in ${edm_pkg_out}/copyright @ONLY)

# Man pages and changelogs are installed compressed (Debian policy); -n keeps the archives reproducible.
find_program(EDM_GZIP gzip REQUIRED)
set(edm_gzipped)
foreach(pair "${edm_pkg_out}/ente-db-migrate.1|ente-db-migrate.1.gz" "${edm_pkg_src}/changelog|changelog.gz")
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 input)
    list(GET pair 1 output)
    add_custom_command(OUTPUT ${edm_pkg_out}/${output}
        COMMAND ${EDM_GZIP} -9 -n -c ${input} > ${edm_pkg_out}/${output}
        DEPENDS ${input}
        COMMENT "Compressing ${output}"
        VERBATIM)
    list(APPEND edm_gzipped ${edm_pkg_out}/${output})
endforeach()
add_custom_target(edm_packaging ALL DEPENDS ${edm_gzipped})

install(FILES ${edm_pkg_out}/${EDM_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${edm_pkg_out}/${EDM_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${EDM_APP_ID}.svg)
foreach(size IN LISTS EDM_ICON_SIZES)
    set(png ${PROJECT_SOURCE_DIR}/resources/icons/app-${size}.png)
    if(NOT EXISTS ${png})
        message(FATAL_ERROR "${png} is missing: run packaging/render-icons.sh")
    endif()
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        RENAME ${EDM_APP_ID}.png)
endforeach()
install(FILES ${edm_pkg_out}/ente-db-migrate.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${edm_pkg_out}/copyright ${edm_pkg_out}/changelog.gz DESTINATION ${edm_doc_dir})
# A stripped install (cpack, `cmake --install --strip`) also drops the compiler's .comment notes, as dh_strip does.
# This runs after src/'s install rules (CMP0082), so the binary is in place and already stripped.
if(CMAKE_OBJCOPY)
    install(CODE "
        if(CMAKE_INSTALL_DO_STRIP)
            execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment --remove-section=.note
                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/ente-db-migrate\" COMMAND_ERROR_IS_FATAL ANY)
        endif()")
endif()

# The Debian package. Depends: what dpkg-shlibdeps finds the binary linked against (Qt 6 Core/Gui/Widgets/Network,
# yaml-cpp, the C++ runtime), plus the Qt SVG plugins the icons are drawn with, which are loaded, not linked. The X11
# platform plugin ships in libqt6gui6 itself.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ente-db-migrate)
set(CPACK_PACKAGE_VENDOR "The Ente DB Migration developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "upgrade the Postgres database of a self-hosted Ente server")
set(CPACK_PACKAGE_DESCRIPTION
    "An independent wizard and command line tool for people who run their own Ente
server with docker compose; not made by, affiliated with or endorsed by Ente.
It moves the server's Postgres database to a new major version (12 to 16 by
default) the documented pgautoupgrade way: a backup first, checked for
completeness; the compose file change shown as a diff before it is written;
the upgrade log followed until the upgrade is truly done; and afterwards a
check that every row arrived.

It works with any docker compose project that has an official Postgres
service.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "docker.io | docker-ce, docker-compose-plugin | docker-compose, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
