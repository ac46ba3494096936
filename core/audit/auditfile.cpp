#include "audit/auditfile.h"

#include "crypto/primitives.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::audit {

namespace {

constexpr QByteArrayView kFormat = "renkei-audit";
constexpr QByteArrayView kVersion = "1";

Error notAnAuditLog(const QString &path, const QString &why)
{
    return Error { Error::Kind::Invalid, u"not a Renkei audit log ("_s + why + u')', path, {},
        u"not-an-audit-log"_s };
}

QString text(const std::optional<QByteArray> &value)
{
    return value ? QString::fromUtf8(*value) : QString();
}

Result<void> create(
    AuditStore &store, const AuditIdentity &id, const QByteArray &salt, const AuditKeys &keys)
{
    if (auto r = store.beginWrite(); !r)
        return r;
    const QList<std::pair<QStringView, QByteArray>> rows {
        { metakey::format, kFormat.toByteArray() },
        { metakey::version, kVersion.toByteArray() },
        { metakey::network, id.network.toUtf8() },
        { metakey::account, id.account.toUtf8() },
        { metakey::workstation, id.workstation.toUtf8() },
        { metakey::salt, salt },
        { metakey::keyCheck, keys.keyCheck() },
        { metakey::headSeq, "0" },
        { metakey::headChain, keys.genesis().toHex() },
        { metakey::uploadedSeq, "0" },
    };
    for (const auto &[key, value] : rows) {
        if (auto r = store.setMeta(key.toString(), value); !r) {
            store.rollback();
            return r;
        }
    }
    auto anchor = keys.sealAnchor(AuditAnchor { 0, keys.genesis() });
    if (!anchor) {
        store.rollback();
        return anchor.error();
    }
    if (auto r = store.setMeta(metakey::anchor.toString(), *anchor); !r) {
        store.rollback();
        return r;
    }
    return store.commit();
}

} // namespace

Result<AuditFile> openAuditFile(const QString &path, crypto::KeyStore &keyStore,
    AuditStore::Mode mode, const std::optional<AuditIdentity> &createAs)
{
    if (mode == AuditStore::Mode::Create && !createAs)
        return Error { Error::Kind::Invalid, u"creating an audit log needs its identity"_s, path };
    auto store = AuditStore::open(path, mode);
    if (!store)
        return store.error();
    AuditFile file;
    file.store = std::move(*store);
    AuditStore &s = *file.store;

    if (s.isNew()) {
        const QByteArray salt = crypto::randomBytes(16);
        if (salt.size() != 16)
            return Error { Error::Kind::Crypto, u"no random bytes for the audit log"_s, path };
        auto keys = AuditKeys::derive(keyStore, *createAs, salt);
        if (!keys)
            return keys.error();
        if (auto r = create(s, *createAs, salt, *keys); !r)
            return r.error();
        file.identity = *createAs;
        file.keys = std::move(*keys);
        return file;
    }

    auto format = s.meta(metakey::format.toString());
    if (!format)
        return notAnAuditLog(path, format.error().message);
    if (!*format || **format != kFormat)
        return notAnAuditLog(path, u"no audit log header"_s);
    auto version = s.meta(metakey::version.toString());
    if (!version || !*version || **version != kVersion)
        return Error { Error::Kind::Unsupported, u"an audit log version this build cannot read"_s,
            path, {}, u"audit-version"_s };
    auto network = s.meta(metakey::network.toString());
    auto account = s.meta(metakey::account.toString());
    auto workstation = s.meta(metakey::workstation.toString());
    auto salt = s.meta(metakey::salt.toString());
    auto check = s.meta(metakey::keyCheck.toString());
    if (!network || !account || !workstation || !salt || !check || !*salt || !*check)
        return notAnAuditLog(path, u"its header is incomplete"_s);
    file.identity = AuditIdentity { text(*network), text(*account), text(*workstation) };
    if (createAs
        && (createAs->network != file.identity.network
            || createAs->account != file.identity.account))
        return Error { Error::Kind::Invalid, u"this audit log belongs to another account"_s, path,
            {}, u"other-account"_s };
    if (createAs)
        file.identity.workstation = createAs->workstation;

    auto keys = AuditKeys::derive(keyStore, file.identity, **salt);
    if (!keys)
        return keys.error();
    if (keys->keyCheck() != **check)
        return Error { Error::Kind::Tampered, u"the key does not open this audit log"_s, path, {},
            u"wrong-key"_s };
    file.keys = std::move(*keys);
    return file;
}

} // namespace renkei::audit
