#include "cache/rowcipher.h"

#include "crypto/primitives.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::cache {

namespace {

QByteArray aad(const QString &table, const QByteArray &rowKey)
{
    return "renkei-cache|" + table.toUtf8() + '|' + rowKey + "|r"
        + QByteArray::number(RowCipher::kRecordVersion);
}

} // namespace

Result<RowCipher> RowCipher::fromDataKey(crypto::SecretBytes dataKey)
{
    auto lookup = crypto::hkdfSha256(dataKey, {}, "renkei cache lookup v1", crypto::kKeySize);
    if (!lookup)
        return lookup.error();
    return RowCipher(std::move(dataKey), std::move(*lookup));
}

RowCipher::RowCipher(crypto::SecretBytes dataKey, crypto::SecretBytes lookupKey)
    : m_dataKey(std::move(dataKey))
    , m_lookupKey(std::move(lookupKey))
{
}

Result<QByteArray> RowCipher::seal(
    const QString &table, const QByteArray &rowKey, QByteArrayView plain) const
{
    return crypto::seal(m_dataKey, plain, aad(table, rowKey));
}

Result<QByteArray> RowCipher::open(
    const QString &table, const QByteArray &rowKey, QByteArrayView sealed) const
{
    return crypto::open(m_dataKey, sealed, aad(table, rowKey));
}

QByteArray RowCipher::hash(QStringView domain, const QString &text) const
{
    auto mac = crypto::hmacSha256(m_lookupKey, QByteArray(domain.toUtf8() + '\0' + text.toUtf8()));
    // HMAC over a valid key does not fail; an empty hash would match nothing.
    return mac ? *mac : QByteArray();
}

} // namespace renkei::cache
