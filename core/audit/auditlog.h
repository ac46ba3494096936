#pragma once

#include "audit/auditfile.h"
#include "audit/auditrecord.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace renkei::audit {

// Entries read back: those that authenticate, and the sequence numbers of those that do not
// (verify() says why).
struct AuditReadout {
    QList<AuditRecord> records;
    QList<qint64> unreadable;
};

// Where the viewer keeps its audit log unless told otherwise:
// <generic data folder>/Renkei/audit.sqlite (~/.local/share/Renkei/audit.sqlite on Linux).
QString defaultAuditLogPath();

// The append-only audit log (STANDARDS.md §4): who did what to which patient and when, each
// entry sealed (AES-256-GCM) and hash-chained (HMAC-SHA-256) to the one before; see
// docs/audit.md. Thread-affine, like its Qt Sql connection.
class AuditLog {
public:
    using Clock = std::function<QDateTime()>;

    // Opens (creating when missing) the log of `identity` at `path`.
    static Result<std::unique_ptr<AuditLog>> open(const QString &path, crypto::KeyStore &keyStore,
        const AuditIdentity &identity, Clock clock = {});
    // Opens an existing log as whoever it belongs to (the CLI); `readOnly` never writes.
    static Result<std::unique_ptr<AuditLog>> openExisting(
        const QString &path, crypto::KeyStore &keyStore, bool readOnly, Clock clock = {});

    const AuditIdentity &identity() const { return m_file.identity; }
    const QString &path() const { return m_file.store->path(); }

    // The trusted clock: the network's `Date` header against our clock when it arrived. The
    // latest offset is kept (and remembered in the file) and stored with every entry after it.
    void recordServerTime(const QDateTime &serverDate, const QDateTime &localNow);
    std::optional<qint64> serverOffsetMs() const { return m_offsetMs; }

    // Appends one entry; returns its sequence number.
    Result<qint64> append(
        Action action, const QString &patientKey = {}, const AuditDetails &details = {});

    // Entries with seq > afterSeq, oldest first.
    Result<AuditReadout> read(qint64 afterSeq = 0) const;

    // Bookkeeping for sending entries to a network that accepts AuditEvent: what has not been
    // sent yet, and "sent up to seq".
    Result<AuditReadout> pendingUpload() const;
    Result<void> markUploaded(qint64 seq);
    qint64 uploadedSeq() const;

private:
    AuditLog(AuditFile file, Clock clock);
    Result<AuditAnchor> head() const;
    Result<qint64> appendLocked(const AuditRecord &draft);

    AuditFile m_file;
    Clock m_clock;
    std::optional<qint64> m_offsetMs;
};

} // namespace renkei::audit
