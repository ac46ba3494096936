#pragma once

#include "crypto/keystore.h"

namespace renkei::crypto {

// Keys in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). QtKeychain's jobs are asynchronous; this store waits for each
// with a time limit, so a keychain that never answers gives Kind::Timeout instead of a hang.
//
// On Linux every failure comes back as QKeychain::OtherError and only the message tells the
// cases apart; unavailable() turns them into Error::code values the UI words for people:
//   "no-session-bus"     no D-Bus session (a plain SSH login, a service account)
//   "no-secret-service"  D-Bus is there but nothing provides org.freedesktop.secrets
//   "no-collection"      the Secret Service has no default ("login") collection
//   "locked"             the collection is locked and the user did not unlock it
//   "access-denied"      the user refused access
//   "other"              anything else (the message is kept for the log)
class KeychainKeyStore final : public KeyStore {
public:
    explicit KeychainKeyStore(
        QString service = QStringLiteral("Renkei Viewer"), int timeoutMs = 15000);

    Kind kind() const override { return Kind::Keychain; }
    Result<SecretBytes> loadOrCreateKey(const QString &scope) override;
    Result<void> removeKey(const QString &scope) override;

    // Whether a keychain answers here at all: reads a probe entry (absent is fine).
    Result<void> probe();

    // Classifies a QtKeychain error message (see above).
    static QString classify(const QString &keychainMessage);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace renkei::crypto
