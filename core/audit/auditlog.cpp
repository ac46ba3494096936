#include "audit/auditlog.h"

#include "audit/auditlogging.h"

#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace renkei::audit {

namespace {

std::optional<qint64> integerMeta(const AuditStore &store, QStringView key)
{
    auto value = store.meta(key.toString());
    if (!value || !*value)
        return std::nullopt;
    bool ok = false;
    const qint64 n = (*value)->toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

QString defaultAuditLogPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/Renkei/audit.sqlite"_s;
}

AuditLog::AuditLog(AuditFile file, Clock clock)
    : m_file(std::move(file))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    m_offsetMs = integerMeta(*m_file.store, metakey::serverOffset);
}

Result<std::unique_ptr<AuditLog>> AuditLog::open(
    const QString &path, crypto::KeyStore &keyStore, const AuditIdentity &identity, Clock clock)
{
    auto file = openAuditFile(path, keyStore, AuditStore::Mode::Create, identity);
    if (!file)
        return file.error();
    return std::unique_ptr<AuditLog>(new AuditLog(std::move(*file), std::move(clock)));
}

Result<std::unique_ptr<AuditLog>> AuditLog::openExisting(
    const QString &path, crypto::KeyStore &keyStore, bool readOnly, Clock clock)
{
    auto file = openAuditFile(
        path, keyStore, readOnly ? AuditStore::Mode::ReadOnly : AuditStore::Mode::ReadWrite);
    if (!file)
        return file.error();
    return std::unique_ptr<AuditLog>(new AuditLog(std::move(*file), std::move(clock)));
}

void AuditLog::recordServerTime(const QDateTime &serverDate, const QDateTime &localNow)
{
    if (!serverDate.isValid() || !localNow.isValid())
        return;
    m_offsetMs = localNow.msecsTo(serverDate);
    if (auto r
        = m_file.store->setMeta(metakey::serverOffset.toString(), QByteArray::number(*m_offsetMs));
        !r)
        qCWarning(lcAudit) << "cannot remember the server time offset:" << r.error().describe();
}

Result<AuditAnchor> AuditLog::head() const
{
    // The sealed anchor is the authority: if entries were cut off the end, new ones continue
    // after the anchor, so the gap stays visible instead of being papered over.
    auto sealed = m_file.store->meta(metakey::anchor.toString());
    if (sealed && *sealed) {
        if (auto anchor = m_file.keys->openAnchor(**sealed))
            return *anchor;
    }
    qCWarning(lcAudit) << "the audit anchor does not open; continuing from the last entry";
    if (const auto last = m_file.store->lastEntry())
        return AuditAnchor { last->seq, last->chain };
    return AuditAnchor { 0, m_file.keys->genesis() };
}

Result<qint64> AuditLog::append(
    Action action, const QString &patientKey, const AuditDetails &details)
{
    AuditRecord draft;
    draft.time = m_clock().toUTC();
    draft.serverOffsetMs = m_offsetMs;
    draft.user = m_file.identity.account;
    draft.network = m_file.identity.network;
    draft.workstation = m_file.identity.workstation;
    draft.action = action;
    draft.patientKey = patientKey;
    draft.details = details;
    if (auto r = m_file.store->beginWrite(); !r)
        return r.error();
    auto seq = appendLocked(draft);
    if (!seq) {
        m_file.store->rollback();
        qCWarning(lcAudit) << "audit append failed:" << seq.error().describe();
        return seq;
    }
    if (auto r = m_file.store->commit(); !r) {
        m_file.store->rollback();
        return r.error();
    }
    return seq;
}

Result<qint64> AuditLog::appendLocked(const AuditRecord &draft)
{
    const AuditKeys &keys = *m_file.keys;
    auto previous = head();
    if (!previous)
        return previous.error();
    AuditRecord record = draft;
    record.seq = previous->seq + 1;
    auto sealed = keys.sealPayload(encodePayload(record));
    if (!sealed)
        return sealed.error();
    const RawEntry entry { record.seq, *sealed, keys.link(previous->chain, record.seq, *sealed) };
    if (auto r = m_file.store->insertEntry(entry); !r)
        return r.error();
    auto anchor = keys.sealAnchor(AuditAnchor { entry.seq, entry.chain });
    if (!anchor)
        return anchor.error();
    AuditStore &s = *m_file.store;
    for (const auto &[key, value] : { std::pair { metakey::anchor, *anchor },
             std::pair { metakey::headSeq, QByteArray::number(entry.seq) },
             std::pair { metakey::headChain, entry.chain.toHex() } }) {
        if (auto r = s.setMeta(key.toString(), value); !r)
            return r.error();
    }
    return record.seq;
}

Result<AuditReadout> AuditLog::read(qint64 afterSeq) const
{
    AuditReadout out;
    const AuditKeys &keys = *m_file.keys;
    auto r = m_file.store->forEachEntry(afterSeq, [&](RawEntry &&e) {
        auto clear = keys.openPayload(e.payload);
        auto record = clear ? decodePayload(*clear) : Result<AuditRecord>(clear.error());
        if (record && record->seq == e.seq)
            out.records.append(std::move(*record));
        else
            out.unreadable.append(e.seq);
        return true;
    });
    if (!r)
        return r.error();
    return out;
}

qint64 AuditLog::uploadedSeq() const
{
    return integerMeta(*m_file.store, metakey::uploadedSeq).value_or(0);
}

Result<AuditReadout> AuditLog::pendingUpload() const
{
    return read(uploadedSeq());
}

Result<void> AuditLog::markUploaded(qint64 seq)
{
    auto current = head();
    if (!current)
        return current.error();
    if (seq < 0 || seq > current->seq)
        return Error { Error::Kind::Invalid, u"no such audit entry"_s, path() };
    if (seq <= uploadedSeq())
        return {};
    return m_file.store->setMeta(metakey::uploadedSeq.toString(), QByteArray::number(seq));
}

} // namespace renkei::audit
