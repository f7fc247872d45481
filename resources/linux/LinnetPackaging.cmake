# Install rules and the Debian package (CPack), for scripts/package.sh. Off in everyday
# builds: it needs rsvg-convert (librsvg2-bin) to render the icons.
#
# The QML module, its images and the translations are compiled into the linnet binary
# (qt_add_qml_module + Q_IMPORT_QML_PLUGIN, resources under qrc:/), so nothing of them
# is installed as files; what Qt loads from the system (QML modules of Qt itself, the
# SQLite driver, the SVG image plugin) comes from the Debian packages in Depends.
option(LINNET_PACKAGE "Install rules and the Debian package (scripts/package.sh)" OFF)
if(NOT LINNET_PACKAGE)
  return()
endif()

include(GNUInstallDirs)
find_program(LINNET_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(LINNET_GZIP gzip REQUIRED)

set(LINNET_APP_ID org.linnet.Linnet)
set(LINNET_MAINTAINER "Linnet maintainers <maintainers@users.noreply.b-seed-9cf6ca20.example>")
set(LINNET_HOMEPAGE "https://example.org/linnet" CACHE STRING "Linnet's home page, for the package and AppStream")
set(LINNET_SCREENSHOT_URL "${LINNET_HOMEPAGE}/screenshots" CACHE STRING "Where docs/screenshots are published")

set(linux_dir ${CMAKE_SOURCE_DIR}/resources/linux)
set(out_dir ${CMAKE_BINARY_DIR}/package-files)
file(MAKE_DIRECTORY ${out_dir})
set(package_files)

# Files compressed as Debian wants them: gzip -9n (no name, no time stamp).
function(linnet_gzip source target)
  add_custom_command(OUTPUT ${target}
      COMMAND ${LINNET_GZIP} -9nc ${source} > ${target}
      DEPENDS ${source} VERBATIM)
endfunction()

# qt_standard_project_setup() gives installed binaries an $ORIGIN rpath; the package's
# libraries are the system's, in the linker's own path.
set_target_properties(linnet linnet-cli PROPERTIES INSTALL_RPATH "")
install(TARGETS linnet linnet-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${linux_dir}/${LINNET_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${linux_dir}/${LINNET_APP_ID}.metainfo.xml.in ${out_dir}/${LINNET_APP_ID}.metainfo.xml @ONLY)
install(FILES ${out_dir}/${LINNET_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG, and PNGs rendered from it at build time.
set(icon_svg ${linux_dir}/${LINNET_APP_ID}.svg)
install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
  set(png ${out_dir}/icons/${size}/${LINNET_APP_ID}.png)
  add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}/icons/${size}
      COMMAND ${LINNET_RSVG_CONVERT} -w ${size} -h ${size} ${icon_svg} -o ${png}
      DEPENDS ${icon_svg} VERBATIM)
  list(APPEND package_files ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

foreach(page linnet linnet-cli)
  configure_file(${linux_dir}/${page}.1 ${out_dir}/${page}.1 @ONLY)
  linnet_gzip(${out_dir}/${page}.1 ${out_dir}/${page}.1.gz)
  list(APPEND package_files ${out_dir}/${page}.1.gz)
  install(FILES ${out_dir}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/linnet)
configure_file(${linux_dir}/changelog.in ${out_dir}/changelog @ONLY)
linnet_gzip(${out_dir}/changelog ${out_dir}/changelog.gz)
list(APPEND package_files ${out_dir}/changelog.gz)
install(FILES ${out_dir}/changelog.gz ${linux_dir}/copyright DESTINATION ${doc_dir})

add_custom_target(linnet_package_files ALL DEPENDS ${package_files})

# The package. Depends: what dpkg-shlibdeps finds in the binaries, plus what Qt loads
# at run time and shlibdeps cannot see: the QML modules Main.qml imports (and theirs),
# the SQLite driver, the SVG image plugin for the icons, and fonts for Latin,
# Vietnamese and Chinese text. No maintainer scripts: removing or purging the package
# never touches a user's data folder (~/.local/share/Linnet).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME linnet)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${LINNET_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${LINNET_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${LINNET_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "chat with RWKV language models on this computer")
# CPack makes the synopsis from the summary and indents this text itself; an empty line
# becomes the " ." of a new paragraph.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Linnet is a desktop chat application for RWKV language models. Models run
on the processor with an engine of its own (oneDNN for the matrix products),
which uses AVX2, or AVX-512 where the processor has it. Each conversation
keeps the model's state, so chats resume instantly.

linnet-cli runs the same engine and services from the command line.")
string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel qml6-module-qt-labs-platform
    libqt6sql6-sqlite libqt6svg6
    "fonts-dejavu-core | fonts-noto-core" "fonts-wqy-microhei | fonts-noto-cjk")
# The portal theme: the desktop's own file dialogs (app/gui/desktop_portal.h).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-color-emoji, qt6-xdgdesktopportal-platformtheme")
include(CPack)
