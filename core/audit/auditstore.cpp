#include "audit/auditstore.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace renkei::audit {

namespace {

QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

} // namespace

AuditStore::AuditStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

AuditStore::~AuditStore()
{
    {
        QSqlDatabase db = database(m_connection);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Error AuditStore::sqlError(const QString &what, const QString &detail) const
{
    return Error { Error::Kind::Io, what + u": "_s + detail, m_path, {}, u"audit-sql"_s };
}

Result<std::unique_ptr<AuditStore>> AuditStore::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (!exists && mode != Mode::Create)
        return Error { Error::Kind::Io, u"no audit log here"_s, path, {}, u"audit-missing"_s };
    const QString connection
        = u"renkei-audit-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<AuditStore> store(new AuditStore(path, connection));
    store->m_new = !exists;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        else
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return store->sqlError(u"cannot open the audit log"_s, db.lastError().text());
    }
    if (mode != Mode::ReadOnly) {
        // A rollback journal (not WAL): every commit is complete in the one file, and a reader
        // opened read-only needs no -shm beside it. FULL sync: an audit entry survives a crash.
        for (const QString &sql : { u"PRAGMA journal_mode=DELETE"_s, u"PRAGMA synchronous=FULL"_s,
                 u"PRAGMA secure_delete=ON"_s }) {
            if (auto r = store->exec(sql); !r)
                return r.error();
        }
    }
    if (store->m_new) {
        for (const QString &sql :
            { u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
                u"CREATE TABLE IF NOT EXISTS entries (seq INTEGER PRIMARY KEY, "
                u"payload BLOB NOT NULL, chain BLOB NOT NULL)"_s }) {
            if (auto r = store->exec(sql); !r)
                return r.error();
        }
    }
    return store;
}

Result<void> AuditStore::exec(const QString &sql)
{
    QSqlQuery q(database(m_connection));
    if (!q.exec(sql))
        return sqlError(u"audit log statement failed"_s, q.lastError().text());
    return {};
}

Result<std::optional<QByteArray>> AuditStore::meta(const QString &key) const
{
    QSqlQuery q(database(m_connection));
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(u"cannot read the audit log"_s, q.lastError().text());
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toByteArray());
}

Result<void> AuditStore::setMeta(const QString &key, const QByteArray &value)
{
    QSqlQuery q(database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(u"cannot write the audit log"_s, q.lastError().text());
    return {};
}

Result<void> AuditStore::beginWrite()
{
    return exec(u"BEGIN IMMEDIATE"_s);
}

Result<void> AuditStore::beginRead()
{
    return exec(u"BEGIN"_s);
}

Result<void> AuditStore::commit()
{
    return exec(u"COMMIT"_s);
}

void AuditStore::rollback()
{
    QSqlQuery q(database(m_connection));
    q.exec(u"ROLLBACK"_s);
}

Result<void> AuditStore::insertEntry(const RawEntry &entry)
{
    QSqlQuery q(database(m_connection));
    q.prepare(u"INSERT INTO entries (seq, payload, chain) VALUES (?, ?, ?)"_s);
    q.addBindValue(entry.seq);
    q.addBindValue(entry.payload);
    q.addBindValue(entry.chain);
    if (!q.exec())
        return sqlError(u"cannot append to the audit log"_s, q.lastError().text());
    return {};
}

std::optional<RawEntry> AuditStore::lastEntry() const
{
    QSqlQuery q(database(m_connection));
    if (!q.exec(u"SELECT seq, payload, chain FROM entries ORDER BY seq DESC LIMIT 1"_s)
        || !q.next())
        return std::nullopt;
    return RawEntry { q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toByteArray() };
}

Result<void> AuditStore::forEachEntry(
    qint64 afterSeq, const std::function<bool(RawEntry &&)> &visit) const
{
    QSqlQuery q(database(m_connection));
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, payload, chain FROM entries WHERE seq > ? ORDER BY seq"_s);
    q.addBindValue(afterSeq);
    if (!q.exec())
        return sqlError(u"cannot read the audit log"_s, q.lastError().text());
    while (q.next()) {
        RawEntry e { q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toByteArray() };
        if (!visit(std::move(e)))
            return {};
    }
    if (q.lastError().isValid())
        return sqlError(u"the audit log is damaged"_s, q.lastError().text());
    return {};
}

} // namespace renkei::audit
