#include "audit/auditkeys.h"

#include "crypto/primitives.h"

#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace renkei::audit {

namespace {

constexpr QByteArrayView kPayloadAad = "renkei-audit:entry:v1";
constexpr QByteArrayView kAnchorAad = "renkei-audit:anchor:v1";

QByteArray bigEndian(qint64 value)
{
    QByteArray bytes(8, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

AuditKeys::AuditKeys(crypto::SecretBytes payloadKey, crypto::SecretBytes chainKey)
    : m_payloadKey(std::move(payloadKey))
    , m_chainKey(std::move(chainKey))
{
}

Result<AuditKeys> AuditKeys::derive(
    crypto::KeyStore &store, const AuditIdentity &identity, const QByteArray &salt)
{
    auto master
        = store.loadOrCreateKey(crypto::keyScope(identity.network, identity.account, u"audit"_s));
    if (!master)
        return master.error();
    auto payloadKey
        = crypto::hkdfSha256(*master, salt, "renkei-audit payload v1", crypto::kKeySize);
    if (!payloadKey)
        return payloadKey.error();
    auto chainKey = crypto::hkdfSha256(*master, salt, "renkei-audit chain v1", crypto::kKeySize);
    if (!chainKey)
        return chainKey.error();
    return AuditKeys(std::move(*payloadKey), std::move(*chainKey));
}

QByteArray AuditKeys::mac(const QByteArray &data) const
{
    auto r = crypto::hmacSha256(m_chainKey, data);
    return r ? *r : QByteArray();
}

QByteArray AuditKeys::keyCheck() const
{
    return mac("renkei-audit:key-check:v1");
}

QByteArray AuditKeys::genesis() const
{
    return mac("renkei-audit:genesis:v1");
}

QByteArray AuditKeys::link(
    const QByteArray &previous, qint64 seq, const QByteArray &sealedPayload) const
{
    const QByteArray data = previous + bigEndian(seq) + sealedPayload;
    return mac(data);
}

Result<QByteArray> AuditKeys::sealPayload(const QByteArray &clear) const
{
    return crypto::seal(m_payloadKey, clear, kPayloadAad);
}

Result<QByteArray> AuditKeys::openPayload(const QByteArray &sealed) const
{
    return crypto::open(m_payloadKey, sealed, kPayloadAad);
}

Result<QByteArray> AuditKeys::sealAnchor(const AuditAnchor &anchor) const
{
    const QByteArray clear = bigEndian(anchor.seq) + anchor.chain;
    return crypto::seal(m_payloadKey, clear, kAnchorAad);
}

Result<AuditAnchor> AuditKeys::openAnchor(const QByteArray &sealed) const
{
    auto clear = crypto::open(m_payloadKey, sealed, kAnchorAad);
    if (!clear)
        return clear.error();
    if (clear->size() != 8 + 32)
        return Error { Error::Kind::Tampered, u"the audit anchor has the wrong size"_s };
    return AuditAnchor { qFromBigEndian<qint64>(clear->constData()), clear->mid(8) };
}

} // namespace renkei::audit
