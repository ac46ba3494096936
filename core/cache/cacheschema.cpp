#include "cache/cachedatabase.h"

using namespace Qt::Literals::StringLiterals;

// The schema, as version 1 plus one list of statements per migration: a new cache runs them all,
// so a new file and a migrated one are the same (docs/cache.md "Schema").
namespace renkei::cache {

namespace {

// Version 1. Clear columns are keyed hashes (HMAC-SHA-256 under the cache's lookup key),
// opaque patient keys, resource types and times; every other value is a sealed blob.
QStringList version1()
{
    return {
        u"CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
        u"CREATE TABLE patients("
        " pkey TEXT PRIMARY KEY,"
        " network_hash BLOB NOT NULL,"
        " demographics BLOB NOT NULL,"
        " last_viewed INTEGER,"
        " last_written INTEGER NOT NULL)"_s,
        u"CREATE TABLE patient_identifiers("
        " hash BLOB NOT NULL,"
        " pkey TEXT NOT NULL REFERENCES patients(pkey) ON DELETE CASCADE,"
        " PRIMARY KEY(hash, pkey)) WITHOUT ROWID"_s,
        u"CREATE INDEX patient_identifiers_pkey ON patient_identifiers(pkey)"_s,
        // last_updated stays clear: incremental sync asks the server for what changed after it.
        // It is a server timestamp of a record's last change, the same for many patients; it
        // names no one and, without the sealed body and the hashed ids, says nothing about whom.
        u"CREATE TABLE resources("
        " row_id INTEGER PRIMARY KEY,"
        " pkey TEXT NOT NULL REFERENCES patients(pkey) ON DELETE CASCADE,"
        " network_hash BLOB NOT NULL,"
        " type TEXT NOT NULL,"
        " id_hash BLOB NOT NULL,"
        " last_updated TEXT,"
        " body BLOB NOT NULL,"
        " UNIQUE(pkey, network_hash, type, id_hash))"_s,
        u"CREATE TABLE sync_state("
        " pkey TEXT NOT NULL REFERENCES patients(pkey) ON DELETE CASCADE,"
        " network_hash BLOB NOT NULL,"
        " state BLOB NOT NULL,"
        " PRIMARY KEY(pkey, network_hash))"_s,
    };
}

// Step `from` → `from + 1`.
QStringList migration(int from)
{
    switch (from) {
    case 1:
        // v2: integrity. A row whose tag fails is flagged (kept, so a later sync can replace
        // it and nothing is lost) and logged in `quarantine`; retention needs last_viewed
        // indexed; opening a large record needs its rows in order.
        return {
            u"ALTER TABLE resources ADD COLUMN quarantined INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE quarantine("
            " id INTEGER PRIMARY KEY,"
            " pkey TEXT NOT NULL,"
            " table_name TEXT NOT NULL,"
            " row_ref TEXT NOT NULL,"
            " reason TEXT NOT NULL,"
            " detected INTEGER NOT NULL)"_s,
            u"CREATE INDEX patients_last_viewed ON patients(last_viewed)"_s,
            // A patient's rows in row order (the index holds (pkey, row_id)): opening reads
            // the table in the order it was written instead of in hash order.
            u"CREATE INDEX resources_pkey ON resources(pkey)"_s,
        };
    case 2:
        // v3: second sources (an SS-MIX2 storage). A source's patient that joined a network
        // patient stays joined: its key (alias) names the network patient's key, both opaque.
        return {
            u"CREATE TABLE patient_links("
            " alias TEXT PRIMARY KEY,"
            " pkey TEXT NOT NULL REFERENCES patients(pkey) ON DELETE CASCADE) WITHOUT ROWID"_s,
            u"CREATE INDEX patient_links_pkey ON patient_links(pkey)"_s,
        };
    default:
        return {};
    }
}

} // namespace

QStringList schemaStatements(int version)
{
    QStringList statements = version1();
    for (int from = CacheDatabase::kOldestSchemaVersion; from < version; ++from)
        statements += migration(from);
    return statements;
}

Result<void> CacheDatabase::migrateStep(int from)
{
    for (const QString &sql : migration(from)) {
        if (auto done = exec(sql, u"migrate the schema"_s); !done)
            return done;
    }
    return {};
}

} // namespace renkei::cache
