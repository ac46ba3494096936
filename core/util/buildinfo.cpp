#include "util/buildinfo.h"

#include <QtGlobal>

#include <openssl/crypto.h>

#include <renkei/version.h>

using namespace Qt::StringLiterals;

namespace renkei {

QString BuildInfo::versionText() const
{
    const QString type = buildType.isEmpty() ? u"unspecified"_s : buildType;
    return u"Renkei Viewer %1 (build %2, %3)\nQt %4\n%5"_s.arg(
        version, buildId, type, qtVersion, openSslVersion);
}

BuildInfo buildInfo()
{
    BuildInfo info;
    info.version = QString::fromLatin1(version::kVersion);
    info.buildId = QString::fromLatin1(version::kBuildId);
    info.buildType = QString::fromLatin1(version::kBuildType);
    info.qtVersion = QString::fromLatin1(qVersion());
    info.openSslVersion = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    return info;
}

} // namespace renkei
