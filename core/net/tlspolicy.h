#pragma once

#include "crypto/secretbytes.h"
#include "net/networkprofile.h"

#include <QSslConfiguration>

class QNetworkRequest;

// The TLS rules of one network profile (issue 4 §4, STANDARDS.md §4): TLS 1.2 minimum (1.3
// negotiated when both sides have it), the profile's extra CA trusted for its requests only,
// a client certificate for mutual TLS, an optional pinned server key. A certificate error is a
// refusal: nothing here ever ignores SSL errors.
namespace renkei::net {

class TlsPolicy {
public:
    TlsPolicy();
    // Reads the profile's CA (PEM) and PKCS#12 client certificate (with `pkcs12Password`).
    // Errors: Kind::Io (unreadable file), Kind::Tls code "ca" / "pkcs12" (not usable).
    static Result<TlsPolicy> fromProfile(
        const NetworkProfile &profile, const crypto::SecretBytes &pkcs12Password = {});

    void addCaCertificates(const QList<QSslCertificate> &certificates);
    void setClientCertificate(const QSslCertificate &certificate, const QSslKey &key,
        const QList<QSslCertificate> &chain = {});
    void setPinnedKey(const QString &base64Sha256) { m_pin = base64Sha256; }

    const QSslConfiguration &configuration() const { return m_config; }
    // Sets the configuration on an https request (http requests are left alone).
    void apply(QNetworkRequest &request) const;
    // After the handshake: the pinned key, when one is set, must be the peer's.
    // Kind::Tls code "pin-mismatch" otherwise.
    Result<void> checkPeer(const QSslCertificate &peer) const;

    // base64 SHA-256 of a certificate's SubjectPublicKeyInfo (the usual pin format, RFC 7469).
    static QString spkiSha256(const QSslCertificate &certificate);

private:
    QSslConfiguration m_config;
    QString m_pin;
};

} // namespace renkei::net
