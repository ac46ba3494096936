#pragma once

#include "util/result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <memory>

// A throw-away certificate authority for the demo network's TLS, made with OpenSSL at start:
// EC P-256 keys, SHA-256 signatures. The server certificate names IP:127.0.0.1 and
// DNS:localhost; client certificates (for mutual TLS) are signed by the same CA.
namespace renkei::demo {

struct DemoCertificate {
    QSslCertificate certificate;
    QSslKey key;
    QByteArray certificatePem;
    QByteArray keyPem; // PKCS#8 PEM, unencrypted: demo only
};

class DemoCertificateAuthority {
public:
    static Result<DemoCertificateAuthority> create(const QString &commonName = QString());

    const DemoCertificate &ca() const { return m_ca; }
    // A server certificate for the given DNS names and IP addresses (defaults: localhost,
    // 127.0.0.1 and ::1), valid for 30 days from an hour ago.
    Result<DemoCertificate> issueServer(
        const QStringList &dnsNames = {}, const QStringList &ipAddresses = {}) const;
    // A client certificate (extendedKeyUsage clientAuth) with that common name.
    Result<DemoCertificate> issueClient(const QString &commonName) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
    DemoCertificate m_ca;
};

} // namespace renkei::demo
