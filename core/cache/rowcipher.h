#pragma once

#include "crypto/secretbytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

// Seals and opens the cache's rows, and makes its keyed lookup hashes. Holds the data key and
// the lookup key derived from it; the cache's only holder of key material.
namespace renkei::cache {

class RowCipher {
public:
    // The record format bound into every row's AAD. It changes only when the layout of a sealed
    // record changes (a schema migration that adds a column or index leaves it), so that a
    // migration never has to re-seal every row.
    static constexpr int kRecordVersion = 1;

    // `dataKey`: the cache's random 256-bit key. The lookup key is derived from it with HKDF.
    static Result<RowCipher> fromDataKey(crypto::SecretBytes dataKey);

    // AES-256-GCM; the AAD is table ‖ row key ‖ record version, so a row moved to another
    // place (another table, another patient, another resource) no longer opens.
    Result<QByteArray> seal(
        const QString &table, const QByteArray &rowKey, QByteArrayView plain) const;
    // Kind::Tampered when the tag fails.
    Result<QByteArray> open(
        const QString &table, const QByteArray &rowKey, QByteArrayView sealed) const;

    // HMAC-SHA-256 under the lookup key, of `domain` ‖ 0 ‖ UTF-8 `text`: what the cache stores
    // instead of an identifier. The domain keeps hashes of different kinds apart.
    QByteArray hash(QStringView domain, const QString &text) const;

private:
    RowCipher(crypto::SecretBytes dataKey, crypto::SecretBytes lookupKey);
    crypto::SecretBytes m_dataKey;
    crypto::SecretBytes m_lookupKey;
};

} // namespace renkei::cache
