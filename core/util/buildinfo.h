#pragma once

#include <QString>

namespace renkei {

// What this build is and what it runs on: shown by `renkei --version`, `renkei-cli --version`
// and the About dialog. Needs no QCoreApplication (safe before one exists).
struct BuildInfo {
    QString version; // "0.1.0"
    QString buildId; // short git commit, or "unknown"
    QString buildType; // CMAKE_BUILD_TYPE: "Debug", "Release", ...
    QString qtVersion; // the Qt runtime in use (qVersion()), not the one built against
    QString qtBuildVersion; // the Qt headers built against (QT_VERSION_STR)
    QString openSslVersion; // the OpenSSL runtime in use, e.g. "OpenSSL 3.0.15 3 Sep 2024"
    QString openSslBuildVersion; // the OpenSSL headers built against (OPENSSL_VERSION_TEXT)

    // Plain English lines for a terminal or a bug report, e.g.
    //   Renkei Viewer 0.1.0 (build 3682191, Debug)
    //   Qt 6.4.2 (built with 6.4.2)
    //   OpenSSL 3.0.15 3 Sep 2024 (built with OpenSSL 3.0.11 19 Sep 2023)
    // An empty build version leaves its "(built with ...)" out.
    QString versionText() const;
};

BuildInfo buildInfo();

} // namespace renkei
