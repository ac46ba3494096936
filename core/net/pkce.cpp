#include "net/pkce.h"

#include "crypto/primitives.h"
#include "net/neterror.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Result<QByteArray> randomBase64Url(qsizetype bytes)
{
    QByteArray random = crypto::randomBytes(bytes);
    if (random.size() != bytes)
        return netError(Error::Kind::Crypto, u"no random bytes"_s, u"random"_s);
    QByteArray encoded = random.toBase64(kBase64Url);
    crypto::wipe(random);
    return encoded;
}

} // namespace

QString pkceChallenge(const crypto::SecretBytes &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.view(), QCryptographicHash::Sha256).toBase64(kBase64Url));
}

Result<Pkce> makePkce()
{
    auto encoded = randomBase64Url(32);
    if (!encoded)
        return encoded.error();
    Pkce pkce;
    pkce.verifier = crypto::SecretBytes::copyOf(*encoded);
    crypto::wipe(*encoded);
    pkce.challenge = pkceChallenge(pkce.verifier);
    return pkce;
}

Result<QString> makeState()
{
    auto encoded = randomBase64Url(24);
    if (!encoded)
        return encoded.error();
    return QString::fromLatin1(*encoded);
}

} // namespace renkei::net
