#pragma once

#include "crypto/keychainaccess.h"
#include "net/tokenvault.h"

namespace renkei::net {

// Tokens in the OS keychain (crypto::KeychainAccess: time-limited jobs, failures as
// Kind::Unavailable with codes such as "no-session-bus", "no-secret-service", "locked").
class KeychainTokenVault final : public TokenVault {
public:
    explicit KeychainTokenVault(
        QString service = QStringLiteral("Renkei Viewer"), int timeoutMs = 15000);
    Result<void> store(const QString &scope, const crypto::SecretBytes &secret) override;
    Result<std::optional<crypto::SecretBytes>> load(const QString &scope) override;
    Result<void> remove(const QString &scope) override;

private:
    crypto::KeychainAccess m_keychain;
};

} // namespace renkei::net
