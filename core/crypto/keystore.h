#pragma once

#include "crypto/secretbytes.h"
#include "util/result.h"

#include <QHash>
#include <QString>

namespace renkei::crypto {

// Where the key that wraps a cache's data key lives (DESIGN.md "Encryption"): the OS keychain,
// or, where none exists, a key derived from a passphrase. Scopes are
// `renkei:<network>:<account>:<purpose>` (STYLE.md §9).
class KeyStore {
public:
    enum class Kind { Keychain, Passphrase, Memory };
    virtual ~KeyStore() = default;

    virtual Kind kind() const = 0;
    // The 256-bit key for `scope`, created (random) and stored on first use.
    virtual Result<SecretBytes> loadOrCreateKey(const QString &scope) = 0;
    // Forgets the key: whatever it wrapped can no longer be opened.
    virtual Result<void> removeKey(const QString &scope) = 0;
};

QString keyScope(const QString &network, const QString &account, const QString &purpose);

// Keys held in memory only: the demo network's ephemeral cache key, and tests.
class MemoryKeyStore final : public KeyStore {
public:
    Kind kind() const override { return Kind::Memory; }
    Result<SecretBytes> loadOrCreateKey(const QString &scope) override;
    Result<void> removeKey(const QString &scope) override;

private:
    QHash<QString, SecretBytes> m_keys;
};

} // namespace renkei::crypto
