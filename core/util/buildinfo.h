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
    QString openSslVersion; // the OpenSSL runtime in use, e.g. "OpenSSL 3.0.15 3 Sep 2024"

    // Plain English lines for a terminal or a bug report, e.g.
    //   Renkei Viewer 0.1.0 (build 3682191, Debug)
    //   Qt 6.4.2
    //   OpenSSL 3.0.15 3 Sep 2024
    QString versionText() const;
};

BuildInfo buildInfo();

} // namespace renkei
