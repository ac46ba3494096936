#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace renkei::audit {

// One stored entry as it lies in the file: nothing here is decrypted or checked.
struct RawEntry {
    qint64 seq = 0;
    QByteArray payload; // sealed
    QByteArray chain; // HMAC-SHA-256 link
};

// The audit log's SQLite file (Qt Sql, QSQLITE), independent of the cache: two tables,
//   meta(key TEXT PRIMARY KEY, value BLOB)  and  entries(seq INTEGER PRIMARY KEY, payload, chain)
// on its own uniquely named connection. Storage only: no crypto, no policy.
class AuditStore {
public:
    enum class Mode { Create, ReadWrite, ReadOnly };
    static Result<std::unique_ptr<AuditStore>> open(const QString &path, Mode mode);
    ~AuditStore();
    AuditStore(const AuditStore &) = delete;
    AuditStore &operator=(const AuditStore &) = delete;

    const QString &path() const { return m_path; }
    bool isNew() const { return m_new; }

    Result<std::optional<QByteArray>> meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QByteArray &value);

    // BEGIN IMMEDIATE: the write lock is taken before the head is read, so two processes
    // appending to one log never fork the chain.
    Result<void> beginWrite();
    // BEGIN (deferred): one consistent snapshot for a reader (verify reads the anchor and then
    // every entry; an append in between must not look like an inserted entry).
    Result<void> beginRead();
    Result<void> commit();
    void rollback();

    Result<void> insertEntry(const RawEntry &entry);
    std::optional<RawEntry> lastEntry() const;
    // Calls `visit` for every entry with seq > afterSeq in seq order; stops when it returns
    // false. A read error (a damaged file) comes back as an Error after the rows read so far.
    Result<void> forEachEntry(qint64 afterSeq, const std::function<bool(RawEntry &&)> &visit) const;

private:
    AuditStore(QString path, QString connection);
    Result<void> exec(const QString &sql);
    Error sqlError(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connection;
    bool m_new = false;
};

} // namespace renkei::audit
