#pragma once

#include "crypto/keystore.h"
#include "crypto/secretbytes.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <optional>

// Where refresh tokens (and the PKCS#12 password) are kept between runs: the OS keychain, or
// where none exists a file sealed with AES-256-GCM under a key from a PassphraseKeyStore. Never
// QSettings, never a plain file. Scopes are `renkei:<network>:<account>:<purpose>`.
namespace renkei::net {

class TokenVault {
public:
    virtual ~TokenVault() = default;
    virtual Result<void> store(const QString &scope, const crypto::SecretBytes &secret) = 0;
    // nullopt when nothing is stored under `scope`.
    virtual Result<std::optional<crypto::SecretBytes>> load(const QString &scope) = 0;
    virtual Result<void> remove(const QString &scope) = 0; // absent is fine
};

// The refresh token's scope for a network profile and account.
QString refreshTokenScope(const QString &networkId, const QString &account);

// In memory only: tests, and the demo.
class MemoryTokenVault final : public TokenVault {
public:
    Result<void> store(const QString &scope, const crypto::SecretBytes &secret) override;
    Result<std::optional<crypto::SecretBytes>> load(const QString &scope) override;
    Result<void> remove(const QString &scope) override;

private:
    QHash<QString, crypto::SecretBytes> m_secrets;
};

// One sealed file per scope in `directory` (named by a hash of the scope, mode 0600), sealed
// with the key `keys` gives for the scope, the scope as AAD (a file cannot be moved to another
// scope). A changed file or a wrong key is Kind::Tampered.
class EncryptedFileTokenVault final : public TokenVault {
public:
    EncryptedFileTokenVault(QString directory, crypto::KeyStore &keys);
    Result<void> store(const QString &scope, const crypto::SecretBytes &secret) override;
    Result<std::optional<crypto::SecretBytes>> load(const QString &scope) override;
    Result<void> remove(const QString &scope) override;

    QString fileFor(const QString &scope) const;

private:
    QString m_directory;
    crypto::KeyStore &m_keys;
};

} // namespace renkei::net
