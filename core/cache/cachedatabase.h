#pragma once

#include "cache/cachetypes.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

// The SQLite file under the cache: one connection, its pragmas, the schema and its migrations,
// the meta table, and SQLite errors turned into typed errors. Knows nothing of keys or records.
namespace renkei::cache {

class CacheDatabase {
public:
    static constexpr int kCurrentSchemaVersion = 3;
    static constexpr int kOldestSchemaVersion = 1;

    // Checks the file (ours, not truncated, writable) without writing to it, then connects.
    // A missing file is created (with its folder). Nothing is written until initialise().
    static Result<std::unique_ptr<CacheDatabase>> connect(
        const QString &path, const CacheOptions &options);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Whether the file has no tables yet (a new cache).
    Result<bool> isEmpty();
    // Checks that the file holds our format (Kind::Foreign otherwise) and returns its version.
    Result<int> schemaVersion();
    // Creates the schema of `version` and the meta rows that say so, in one transaction with
    // `extraMeta` (the wrapped key). Then turns on WAL.
    Result<void> initialise(int version, const QList<std::pair<QString, QByteArray>> &extraMeta);
    // Brings an existing file to kCurrentSchemaVersion, one step per transaction.
    Result<void> migrate();
    // WAL and the size limit: once the file is known to be ours.
    Result<void> enableWriting();

    Result<std::optional<QByteArray>> meta(const QString &key);
    Result<void> setMeta(const QString &key, const QByteArray &value);

    // Prepares a statement on this connection.
    QSqlQuery query(const QString &sql);
    // Runs a prepared query; a failure becomes a typed error naming `what`.
    Result<void> exec(QSqlQuery &query, const QString &what);
    Result<void> exec(const QString &sql, const QString &what);

    Result<void> begin();
    Result<void> commit();
    void rollback();

    // Deleted rows leave no trace: checkpoint the WAL into the file, VACUUM (secure_delete has
    // already zeroed freed pages), and truncate the WAL to nothing.
    Result<void> compact();

    const QString &path() const { return m_path; }
    Error sqlError(const QSqlError &error, const QString &what) const;

private:
    CacheDatabase(QString path, QString connection, CacheOptions options);
    Result<void> createSchema(int version);
    Result<void> migrateStep(int from);

    QString m_path;
    QString m_connection;
    CacheOptions m_options;
    QSqlDatabase m_db;
};

// The SQL that makes each version's schema from nothing (v1 is also what migrations start from).
QStringList schemaStatements(int version);

} // namespace renkei::cache
