#pragma once

#include "cache/cachedatabase.h"
#include "crypto/keystore.h"
#include "crypto/secretbytes.h"

#include <QList>
#include <QString>

#include <utility>

// The cache's data key: made at random for a new cache and stored only wrapped (sealed) by the
// KeyStore's key for the cache's scope (renkei:<network>:<account>:cache).
namespace renkei::cache {

struct NewDataKey {
    crypto::SecretBytes dataKey;
    QList<std::pair<QString, QByteArray>> meta; // wrapped_key, key_scope, key_store, kdf
};

Result<NewDataKey> makeDataKey(
    crypto::KeyStore &store, const QString &scope, const QString &kdfDescription);

// Unwraps the stored data key. A key that does not open it gives "this cache was made with
// another key" (Kind::WrongPassphrase for a passphrase store, else Kind::Tampered), and a cache
// of another scope says so; nothing is written either way.
Result<crypto::SecretBytes> unwrapDataKey(
    CacheDatabase &db, crypto::KeyStore &store, const QString &scope);

} // namespace renkei::cache
