# CPack settings, included from installer/CMakeLists.txt. docs/installing.md explains the
# packages; the version is project(VERSION) in the top CMakeLists.txt.

set(CPACK_PACKAGE_NAME "renkei")
set(CPACK_PACKAGE_VENDOR "Renkei Viewer developers")
set(CPACK_PACKAGE_CONTACT "Renkei Viewer developers <renkei@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Viewer for Japanese regional healthcare information-sharing networks")
# Lines under 80 characters (Debian's extended description).
set(CPACK_PACKAGE_DESCRIPTION
    "Renkei Viewer is a desktop client for Japanese regional healthcare
information-sharing networks (地域医療情報連携ネットワーク). A doctor, a
pharmacist or clinic staff signs in to the regional network, finds a
patient, pulls that patient's record from every facility that shares it
(HL7 FHIR R4 with JP Core profiles, and SS-MIX2 standard storage) into a
local encrypted cache, and reads labs, prescriptions and discharge
summaries side by side, online and offline. Includes renkei-cli, the
command line (inspect, import, sync, audit).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Renkei Viewer")
set(CPACK_PACKAGE_EXECUTABLES "renkei;Renkei Viewer")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/NOTICE.txt")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
# Release packages carry no debug information (a RelWithDebInfo tree packages stripped, too).
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Never change: Windows Installer finds the installed version to upgrade by this GUID.
    set(CPACK_WIX_UPGRADE_GUID "914AC18E-0371-4C54-8E5F-E693D288B9FD")
    set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/renkei.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Renkei Viewer")
    set(CPACK_WIX_CULTURES "ja-JP;en-US")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_WIX_PROPERTY_ARPCONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_WIX_ARCHITECTURE "x64")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Renkei Viewer ${PROJECT_VERSION}")
    set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_SOURCE_DIR}/macos/renkei.icns")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_PACKAGE_FILE_NAME "renkei-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")

    # Debian: renkei_<version>_<arch>.deb. `apt-get install ./renkei_*.deb` pulls the rest.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_NAME "renkei")
    set(CPACK_DEBIAN_PACKAGE_SECTION "science")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Qt loads plugins with dlopen(), which dpkg-shlibdeps cannot see: the SQLite driver (the
    # cache) is a package of its own. The xcb and offscreen platform plugins, the OpenSSL TLS
    # backend and the CUPS print plugin come with libqt6gui6, libqt6network6 and
    # libqt6printsupport6, which the linked libraries already pull in.
    set(renkei_plugin_depends "libqt6sql6-sqlite (>= 6.4)")
    find_program(RENKEI_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(RENKEI_DPKG_SHLIBDEPS)
        # The libraries the binaries link (Qt modules, QtKeychain, OpenSSL, zlib, libc...) with
        # the versions dpkg-shlibdeps reads from the symbols files.
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "${renkei_plugin_depends}")
    else()
        # No dpkg-dev here: the same list written out for Debian 12 (bookworm).
        set(CPACK_DEBIAN_PACKAGE_DEPENDS
            "libc6 (>= 2.34), libstdc++6 (>= 12), libgcc-s1, libqt6core6 (>= 6.4), "
            "libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), "
            "libqt6sql6 (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6charts6 (>= 6.4), "
            "libqt6pdf6 (>= 6.4), libqt6pdfwidgets6 (>= 6.4), libqt6keychain1, "
            "libssl3 (>= 3.0), zlib1g, ${renkei_plugin_depends}")
        string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DEPENDS "${CPACK_DEBIAN_PACKAGE_DEPENDS}")
    endif()
    # Japanese glyphs when no CJK font is installed; Qt's own Japanese strings (qtbase_ja.qm);
    # Wayland without XWayland.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "fonts-ipafont-gothic, qt6-translations-l10n, qt6-wayland")
    # The keychain that holds refresh tokens (any Secret Service or KWallet works).
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
endif()

include(CPack)
