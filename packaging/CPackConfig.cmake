# Desktop integration and packages: `cpack -G DEB` in the build folder.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.example.cairn.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/cairn.svg
        DESTINATION share/icons/hicolor/scalable/apps RENAME org.example.cairn.svg)

set(CPACK_PACKAGE_NAME cairn)
set(CPACK_PACKAGE_VENDOR "Cairn")
set(CPACK_PACKAGE_CONTACT "Cairn developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
