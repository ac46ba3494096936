#include "cache/cachedatabase.h"

#include "util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cache {

namespace {

const QString kFormat = u"renkei-cache"_s;

Error fileError(Error::Kind kind, const QString &message, const QString &path, const QString &code)
{
    return Error { kind, message, path, {}, code };
}

// Reads the first 100 bytes (SQLite's header) and checks them against the file's size, without
// opening SQLite (which could write to a file that is not ours).
Result<void> checkExistingFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(
            Error::Kind::Io, u"the cache file cannot be read"_s, path, u"unreadable"_s);
    const qint64 size = file.size();
    if (size == 0)
        return {};
    const QByteArray header = file.read(100);
    static constexpr char kMagic[] = "SQLite format 3";
    if (header.size() < 16
        || QByteArrayView(header).first(16) != QByteArrayView(kMagic, sizeof(kMagic))) {
        return fileError(Error::Kind::Foreign, u"this file is not a Renkei cache (not SQLite)"_s,
            path, u"not-sqlite"_s);
    }
    if (header.size() < 100)
        return fileError(
            Error::Kind::Corrupt, u"the cache file is truncated"_s, path, u"truncated"_s);
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const bool pagesValid
        = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || size % pageSize != 0 || (pagesValid && size < qint64(pages) * pageSize)) {
        return fileError(
            Error::Kind::Corrupt, u"the cache file is truncated"_s, path, u"truncated"_s);
    }
    return {};
}

Result<void> checkWritable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // QFileInfo::isWritable() checks permission bits, so a read-only file is refused even for a
    // user (root) whom the system would let write.
    if ((info.exists() && !(QFile::permissions(path) & QFile::WriteOwner))
        || !folder.isWritable()) {
        return fileError(
            Error::Kind::Io, u"the cache file or its folder is read-only"_s, path, u"read-only"_s);
    }
    return {};
}

} // namespace

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::connect(
    const QString &path, const CacheOptions &options)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return fileError(
                Error::Kind::Io, u"the cache path is not a file"_s, path, u"not-a-file"_s);
        if (auto checked = checkExistingFile(path); !checked)
            return checked.error();
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fileError(
            Error::Kind::Io, u"the cache folder cannot be created"_s, path, u"mkdir"_s);
    }
    if (auto writable = checkWritable(path); !writable)
        return writable.error();

    const QString connection
        = u"renkei-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<CacheDatabase> db(new CacheDatabase(path, connection, options));
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
    if (!db->m_db.open())
        return db->sqlError(db->m_db.lastError(), u"open"_s);
    // Settings of this connection only: nothing here writes to the file.
    for (const QString &pragma :
        { u"PRAGMA secure_delete=ON"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA temp_store=MEMORY"_s,
            u"PRAGMA cache_size=-32768"_s, u"PRAGMA mmap_size=268435456"_s }) {
        if (auto done = db->exec(pragma, u"configure"_s); !done)
            return done.error();
    }
    return db;
}

CacheDatabase::CacheDatabase(QString path, QString connection, CacheOptions options)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_options(std::move(options))
{
}

CacheDatabase::~CacheDatabase()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Error CacheDatabase::sqlError(const QSqlError &error, const QString &what) const
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    // SQLite's primary result codes (sqlite3.h).
    switch (numeric ? code : -1) {
    case 13: // SQLITE_FULL
        return Error { Error::Kind::Full, u"the disk or the cache's size limit is full: "_s + what,
            m_path, {}, u"full"_s };
    case 8: // SQLITE_READONLY
        return Error { Error::Kind::Io, u"the cache is read-only: "_s + what, m_path, {},
            u"read-only"_s };
    case 11: // SQLITE_CORRUPT
        return Error { Error::Kind::Corrupt, u"the cache file is damaged: "_s + what, m_path, {},
            u"corrupt"_s };
    case 26: // SQLITE_NOTADB
        return Error { Error::Kind::Foreign, u"this file is not a Renkei cache: "_s + what, m_path,
            {}, u"not-a-database"_s };
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error { Error::Kind::Io, u"the cache is in use by another program: "_s + what,
            m_path, {}, u"busy"_s };
    default:
        return Error { Error::Kind::Io,
            u"the cache could not be used (%1): %2"_s.arg(error.text(), what), m_path, {},
            u"sqlite-"_s + error.nativeErrorCode() };
    }
}

QSqlQuery CacheDatabase::query(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Result<void> CacheDatabase::exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return sqlError(q.lastError(), what);
    return {};
}

Result<void> CacheDatabase::exec(const QString &sql, const QString &what)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), what);
    return {};
}

Result<void> CacheDatabase::begin()
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), u"begin"_s);
    return {};
}

Result<void> CacheDatabase::commit()
{
    if (!m_db.commit()) {
        const Error error = sqlError(m_db.lastError(), u"commit"_s);
        m_db.rollback();
        return error;
    }
    return {};
}

void CacheDatabase::rollback()
{
    m_db.rollback();
}

Result<bool> CacheDatabase::isEmpty()
{
    QSqlQuery q = query(u"SELECT count(*) FROM sqlite_master"_s);
    if (auto done = exec(q, u"read the schema"_s); !done)
        return done.error();
    return q.next() && q.value(0).toLongLong() == 0;
}

Result<int> CacheDatabase::schemaVersion()
{
    const Error foreign { Error::Kind::Foreign, u"this SQLite file is not a Renkei cache"_s, m_path,
        {}, u"not-ours"_s };
    QSqlQuery q = query(u"SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'"_s);
    if (auto done = exec(q, u"read the schema"_s); !done)
        return done.error();
    if (!q.next() || q.value(0).toLongLong() != 1)
        return foreign;
    auto format = meta(u"format"_s);
    if (!format)
        return format.error();
    if (!format->has_value() || **format != kFormat.toUtf8())
        return foreign;
    auto version = meta(u"schema_version"_s);
    if (!version)
        return version.error();
    bool ok = false;
    const int number = version->value_or(QByteArray()).toInt(&ok);
    if (!ok || number < kOldestSchemaVersion)
        return Error { Error::Kind::Corrupt, u"the cache's schema version is unreadable"_s,
            m_path };
    if (number > kCurrentSchemaVersion) {
        return Error { Error::Kind::Unsupported,
            u"this cache was made by a newer version of Renkei (schema %1)"_s.arg(number), m_path,
            {}, u"newer-schema"_s };
    }
    return number;
}

Result<std::optional<QByteArray>> CacheDatabase::meta(const QString &key)
{
    QSqlQuery q = query(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (auto done = exec(q, u"read meta"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toByteArray());
}

Result<void> CacheDatabase::setMeta(const QString &key, const QByteArray &value)
{
    QSqlQuery q = query(u"INSERT INTO meta(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, u"write meta"_s);
}

Result<void> CacheDatabase::createSchema(int version)
{
    for (const QString &sql : schemaStatements(version)) {
        if (auto done = exec(sql, u"create the schema"_s); !done)
            return done;
    }
    return {};
}

Result<void> CacheDatabase::initialise(
    int version, const QList<std::pair<QString, QByteArray>> &extraMeta)
{
    if (auto done = begin(); !done)
        return done;
    auto run = [&]() -> Result<void> {
        if (auto done = createSchema(version); !done)
            return done;
        QList<std::pair<QString, QByteArray>> rows = extraMeta;
        rows.append({ u"format"_s, kFormat.toUtf8() });
        rows.append({ u"schema_version"_s, QByteArray::number(version) });
        rows.append({ u"created"_s, m_options.now().toUTC().toString(Qt::ISODateWithMs).toUtf8() });
        for (const auto &[key, value] : rows) {
            if (auto done = setMeta(key, value); !done)
                return done;
        }
        return {};
    };
    if (auto done = run(); !done) {
        rollback();
        return done;
    }
    return commit();
}

Result<void> CacheDatabase::enableWriting()
{
    if (auto done = exec(u"PRAGMA journal_mode=WAL"_s, u"enable WAL"_s); !done)
        return done;
    if (m_options.maxPageCount > 0) {
        const QString sql = u"PRAGMA max_page_count=%1"_s.arg(m_options.maxPageCount);
        if (auto done = exec(sql, u"set the size limit"_s); !done)
            return done;
    }
    return {};
}

Result<void> CacheDatabase::migrate()
{
    auto version = schemaVersion();
    if (!version)
        return version.error();
    for (int from = *version; from < kCurrentSchemaVersion; ++from) {
        if (auto done = begin(); !done)
            return done;
        auto step = migrateStep(from);
        if (step)
            step = setMeta(u"schema_version"_s, QByteArray::number(from + 1));
        if (!step) {
            rollback();
            return step;
        }
        if (auto done = commit(); !done)
            return done;
        qCInfo(lcCache) << "migrated the cache schema from" << from << "to" << from + 1;
    }
    return {};
}

Result<void> CacheDatabase::compact()
{
    for (const QString &sql : { u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"VACUUM"_s,
             u"PRAGMA wal_checkpoint(TRUNCATE)"_s }) {
        if (auto done = exec(sql, u"compact"_s); !done)
            return done;
    }
    return {};
}

} // namespace renkei::cache
