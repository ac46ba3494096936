#include "net/networkprofile.h"

#include "net/neterror.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

QString signInMethodName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::AuthorizationCode:
        return u"authorization-code"_s;
    case SignInMethod::ClientCredentials:
        return u"client-credentials"_s;
    }
    return u"authorization-code"_s;
}

std::optional<SignInMethod> parseSignInMethod(const QString &name)
{
    if (name == u"authorization-code"_s)
        return SignInMethod::AuthorizationCode;
    if (name == u"client-credentials"_s)
        return SignInMethod::ClientCredentials;
    return std::nullopt;
}

bool isValidFacilityCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[0-9]{10}$"_s);
    return code.isEmpty() || pattern.match(code).hasMatch();
}

bool isLoopbackHost(const QString &host)
{
    return host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s
        || host == u"[::1]"_s;
}

Result<void> checkSecureUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return netError(Error::Kind::Invalid, u"not a valid URL"_s, u"url"_s);
    if (url.scheme() == u"https"_s)
        return {};
    if (url.scheme() == u"http"_s && isLoopbackHost(url.host()))
        return {};
    return netError(Error::Kind::Invalid,
        u"only https is allowed (http only to 127.0.0.1, localhost or [::1])"_s, u"insecure-url"_s,
        redactedUrl(url));
}

Result<void> validate(const NetworkProfile &p)
{
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,39}$"_s);
    if (!idPattern.match(p.id).hasMatch())
        return netError(
            Error::Kind::Invalid, u"a profile id is 1-40 characters: a-z, 0-9 and '-'"_s, u"id"_s);
    if (p.displayName.trimmed().isEmpty())
        return netError(Error::Kind::Invalid, u"a profile needs a display name"_s, u"name"_s);
    if (auto ok = checkSecureUrl(p.fhirBaseUrl); !ok)
        return ok;
    for (const QUrl &endpoint :
        { p.authorizationEndpoint, p.tokenEndpoint, p.revocationEndpoint }) {
        if (endpoint.isEmpty())
            continue;
        if (auto ok = checkSecureUrl(endpoint); !ok)
            return ok;
    }
    if (p.clientId.trimmed().isEmpty())
        return netError(Error::Kind::Invalid, u"a profile needs a client id"_s, u"client-id"_s);
    if (!p.pinnedKeySha256.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            p.pinnedKeySha256.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return netError(
                Error::Kind::Invalid, u"the pinned key is not a base64 SHA-256 digest"_s, u"pin"_s);
    }
    for (const QString &path : { p.clientCertificatePath, p.extraCaPath }) {
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            return netError(Error::Kind::Invalid, u"the file cannot be read"_s, u"file"_s, path);
    }
    for (const Ssmix2Folder &folder : p.ssmix2Folders) {
        if (!isValidFacilityCode(folder.facilityCode))
            return netError(Error::Kind::Invalid, u"a facility code is 10 digits"_s,
                u"facility-code"_s, folder.facilityCode);
    }
    return {};
}

} // namespace renkei::net
