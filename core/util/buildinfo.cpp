#include "util/buildinfo.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/opensslv.h>

#include <renkei/version.h>

using namespace Qt::StringLiterals;

namespace renkei {

namespace {

QString withBuildVersion(const QString &runtime, const QString &built)
{
    return built.isEmpty() ? runtime : u"%1 (built with %2)"_s.arg(runtime, built);
}

} // namespace

QString BuildInfo::versionText() const
{
    const QString type = buildType.isEmpty() ? u"unspecified"_s : buildType;
    return u"Renkei Viewer %1 (build %2, %3)\nQt %4\n%5"_s.arg(version, buildId, type,
        withBuildVersion(qtVersion, qtBuildVersion),
        withBuildVersion(openSslVersion, openSslBuildVersion));
}

BuildInfo buildInfo()
{
    BuildInfo info;
    info.version = QString::fromLatin1(version::kVersion);
    info.buildId = QString::fromLatin1(version::kBuildId);
    info.buildType = QString::fromLatin1(version::kBuildType);
    info.qtVersion = QString::fromLatin1(qVersion());
    info.qtBuildVersion = QString::fromLatin1(QT_VERSION_STR);
    info.openSslVersion = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    info.openSslBuildVersion = QString::fromLatin1(OPENSSL_VERSION_TEXT);
    return info;
}

} // namespace renkei
