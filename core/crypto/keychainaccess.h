#pragma once

#include "crypto/secretbytes.h"
#include "util/result.h"

#include <QString>

#include <optional>

namespace renkei::crypto {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows), one entry per key under one service name. QtKeychain's jobs
// are asynchronous; each is waited for with a time limit, so a keychain that never answers gives
// Kind::Timeout instead of a hang, and a late answer touches nothing freed.
//
// On Linux every failure comes back as QKeychain::OtherError and only the message tells the
// cases apart; failures are Kind::Unavailable with Error::code set by classify():
//   "no-session-bus"     no D-Bus session (a plain SSH login, a service account)
//   "no-secret-service"  D-Bus is there but nothing provides org.freedesktop.secrets
//   "no-collection"      the Secret Service has no default ("login") collection
//   "locked"             the collection is locked and the user did not unlock it
//   "access-denied"      the user refused access
//   "other"              anything else (the message is kept for the log)
class KeychainAccess {
public:
    explicit KeychainAccess(
        QString service = QStringLiteral("Renkei Viewer"), int timeoutMs = 15000);

    // The stored bytes, or nullopt when there is no entry.
    Result<std::optional<SecretBytes>> read(const QString &key) const;
    Result<void> write(const QString &key, const SecretBytes &secret) const;
    // Removing an entry that is not there is not an error.
    Result<void> remove(const QString &key) const;

    static QString classify(const QString &keychainMessage);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace renkei::crypto
