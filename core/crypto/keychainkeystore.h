#pragma once

#include "crypto/keychainaccess.h"
#include "crypto/keystore.h"

namespace renkei::crypto {

// Keys in the OS keychain (see KeychainAccess for the failure codes the UI words for people).
class KeychainKeyStore final : public KeyStore {
public:
    explicit KeychainKeyStore(
        QString service = QStringLiteral("Renkei Viewer"), int timeoutMs = 15000);

    Kind kind() const override { return Kind::Keychain; }
    Result<SecretBytes> loadOrCreateKey(const QString &scope) override;
    Result<void> removeKey(const QString &scope) override;

    // Whether a keychain answers here at all: reads a probe entry (absent is fine).
    Result<void> probe();

    static QString classify(const QString &keychainMessage)
    {
        return KeychainAccess::classify(keychainMessage);
    }

private:
    KeychainAccess m_keychain;
};

} // namespace renkei::crypto
