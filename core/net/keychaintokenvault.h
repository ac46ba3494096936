#pragma once

#include "net/tokenvault.h"

namespace renkei::net {

// Secrets in the OS keychain through QtKeychain. Each job is waited for with a time limit
// (Kind::Timeout, never a hang); failures are Kind::Unavailable with the codes of
// crypto::KeychainKeyStore::classify ("no-session-bus", "no-secret-service", "locked", ...).
class KeychainTokenVault final : public TokenVault {
public:
    explicit KeychainTokenVault(
        QString service = QStringLiteral("Renkei Viewer"), int timeoutMs = 15000);
    Result<void> store(const QString &scope, const crypto::SecretBytes &secret) override;
    Result<std::optional<crypto::SecretBytes>> load(const QString &scope) override;
    Result<void> remove(const QString &scope) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace renkei::net
