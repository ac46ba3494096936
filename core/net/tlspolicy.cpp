#include "net/tlspolicy.h"

#include "net/neterror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkRequest>
#include <QSslKey>

#include <openssl/x509.h>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return netError(Error::Kind::Io, u"cannot read the file"_s, u"file"_s, path);
    return file.readAll();
}

} // namespace

TlsPolicy::TlsPolicy()
    : m_config(QSslConfiguration::defaultConfiguration())
{
    m_config.setProtocol(QSsl::TlsV1_2OrLater);
    m_config.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

Result<TlsPolicy> TlsPolicy::fromProfile(
    const NetworkProfile &profile, const crypto::SecretBytes &pkcs12Password)
{
    TlsPolicy policy;
    if (!profile.extraCaPath.isEmpty()) {
        auto pem = readFile(profile.extraCaPath);
        if (!pem)
            return pem.error();
        const auto certs = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (certs.isEmpty())
            return netError(Error::Kind::Tls, u"the CA file holds no PEM certificate"_s, u"ca"_s,
                profile.extraCaPath);
        policy.addCaCertificates(certs);
    }
    if (!profile.clientCertificatePath.isEmpty()) {
        QFile file(profile.clientCertificatePath);
        if (!file.open(QIODevice::ReadOnly))
            return netError(Error::Kind::Io, u"cannot read the file"_s, u"file"_s,
                profile.clientCertificatePath);
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        QByteArray password = pkcs12Password.view().toByteArray();
        const bool ok = QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, password);
        crypto::wipe(password);
        if (!ok || key.isNull() || certificate.isNull())
            return netError(Error::Kind::Tls,
                u"the PKCS#12 file could not be opened (wrong password or damaged)"_s, u"pkcs12"_s,
                profile.clientCertificatePath);
        policy.setClientCertificate(certificate, key, chain);
    }
    policy.setPinnedKey(profile.pinnedKeySha256);
    return policy;
}

void TlsPolicy::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_config.addCaCertificates(certificates);
}

void TlsPolicy::setClientCertificate(
    const QSslCertificate &certificate, const QSslKey &key, const QList<QSslCertificate> &chain)
{
    m_config.setLocalCertificateChain(QList<QSslCertificate> { certificate } + chain);
    m_config.setPrivateKey(key);
}

void TlsPolicy::apply(QNetworkRequest &request) const
{
    if (request.url().scheme() == u"https"_s)
        request.setSslConfiguration(m_config);
}

Result<void> TlsPolicy::checkPeer(const QSslCertificate &peer) const
{
    if (m_pin.isEmpty())
        return {};
    if (!peer.isNull() && spkiSha256(peer) == m_pin)
        return {};
    return netError(Error::Kind::Tls,
        u"the server's public key does not match the pinned key of this network"_s,
        u"pin-mismatch"_s);
}

QString TlsPolicy::spkiSha256(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &p, der.size());
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509), &spki);
    QString out;
    if (length > 0) {
        out = QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayView(spki, length), QCryptographicHash::Sha256)
                .toBase64());
        OPENSSL_free(spki);
    }
    X509_free(x509);
    return out;
}

} // namespace renkei::net
