#pragma once

#include "crypto/keystore.h"
#include "crypto/secretbytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace renkei::audit {

// Whose log this is. One log per account and network: its key is the KeyStore's key for
// `renkei:<network>:<account>:audit`.
struct AuditIdentity {
    QString network;
    QString account;
    QString workstation;
};

// The head of the chain, kept sealed in the meta table so that cutting entries off the end is
// seen too.
struct AuditAnchor {
    qint64 seq = 0;
    QByteArray chain;
};

// The two keys of a log, derived with HKDF-SHA-256 from the KeyStore key and the log's salt:
// one seals the payloads (AES-256-GCM) and the anchor, the other links the chain (HMAC-SHA-256).
class AuditKeys {
public:
    static Result<AuditKeys> derive(
        crypto::KeyStore &store, const AuditIdentity &identity, const QByteArray &salt);

    // An HMAC of a fixed label: tells a wrong key from tampered entries.
    QByteArray keyCheck() const;
    // The link "before" entry 1.
    QByteArray genesis() const;
    // chain(seq) = HMAC(chainKey, previousChain ‖ seq (8 bytes, big-endian) ‖ sealedPayload)
    QByteArray link(const QByteArray &previous, qint64 seq, const QByteArray &sealedPayload) const;

    Result<QByteArray> sealPayload(const QByteArray &clear) const;
    Result<QByteArray> openPayload(const QByteArray &sealed) const;
    Result<QByteArray> sealAnchor(const AuditAnchor &anchor) const;
    Result<AuditAnchor> openAnchor(const QByteArray &sealed) const;

private:
    AuditKeys(crypto::SecretBytes payloadKey, crypto::SecretBytes chainKey);
    QByteArray mac(const QByteArray &data) const;

    crypto::SecretBytes m_payloadKey;
    crypto::SecretBytes m_chainKey;
};

} // namespace renkei::audit
