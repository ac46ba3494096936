#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "cachefixture.h"
#include "crypto/keystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::cache;
using namespace renkei::test;

// Every schema migration, from a file built with the old schema and holding real rows.
class TestCacheMigrations : public QObject {
    Q_OBJECT

private:
    static QStringList columns(RawConnection &raw, const QString &table)
    {
        QStringList names;
        for (const auto &row : raw.rows(u"PRAGMA table_info(%1)"_s.arg(table)))
            names.append(row.at(1).toString());
        return names;
    }
    static QStringList schema(const QString &path)
    {
        RawConnection raw(path);
        QStringList out;
        for (const auto &row :
            raw.rows(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s))
            out.append(
                row.at(0).toString() + u' ' + row.at(1).toString() + u' ' + row.at(2).toString());
        return out;
    }

    QTemporaryDir m_dir;
    crypto::MemoryKeyStore m_store;
    const QString m_scope = Cache::keyScope(kNetwork, u"doctor1"_s);

private slots:
    void version1To2()
    {
        const QString current = m_dir.filePath(u"current.sqlite"_s);
        const QString old = m_dir.filePath(u"v1.sqlite"_s);
        const DemoPatient &patient = demoPatients().at(7);
        const SyncCursor cursor { QDateTime(QDate(2025, 3, 1), QTime(1, 2), Qt::UTC), {},
            u"done"_s };
        {
            auto cache = Cache::open(current, m_store, m_scope);
            RENKEI_VERIFY_OK(cache);
            QVERIFY(writePages(**cache, patient.ref(), patient.resources));
            QVERIFY((*cache)->setSyncState(patient.ref(), cursor));
        }
        // A version 1 file: the v1 schema and meta, this cache's wrapped key and rows.
        {
            QList<std::pair<QString, QByteArray>> keyMeta;
            RawConnection src(current);
            for (const auto &row : src.rows(u"SELECT key, value FROM meta WHERE key IN"
                                            " ('wrapped_key', 'key_scope', 'key_store')"_s))
                keyMeta.append({ row.at(0).toString(), row.at(1).toByteArray() });
            QCOMPARE(keyMeta.size(), 3);
            auto db = CacheDatabase::connect(old, {});
            RENKEI_VERIFY_OK(db);
            RENKEI_VERIFY_OK((*db)->initialise(1, keyMeta));
        }
        {
            RawConnection raw(old);
            QVERIFY(!columns(raw, u"resources"_s).contains(u"quarantined"_s));
            QVERIFY(
                raw.rows(u"SELECT name FROM sqlite_master WHERE name = 'quarantine'"_s).isEmpty());
            QCOMPARE(raw.rows(u"SELECT value FROM meta WHERE key = 'schema_version'"_s)
                         .first()
                         .first()
                         .toByteArray(),
                "1");
            QVERIFY(raw.exec(u"ATTACH DATABASE '%1' AS src"_s.arg(current)));
            for (const QString &sql :
                {
                    u"INSERT INTO patients SELECT pkey, network_hash, demographics, last_viewed,"
                    " last_written FROM src.patients"_s,
                    u"INSERT INTO patient_identifiers SELECT hash, pkey FROM src.patient_identifiers"_s,
                    u"INSERT INTO resources SELECT row_id, pkey, network_hash, type, id_hash,"
                    " last_updated, body FROM src.resources"_s,
                    u"INSERT INTO sync_state SELECT pkey, network_hash, state FROM src.sync_state"_s,
                })
                QVERIFY(raw.exec(sql));
            QVERIFY(raw.exec(u"DETACH DATABASE src"_s));
        }

        auto migrated = Cache::open(old, m_store, m_scope);
        RENKEI_VERIFY_OK(migrated);
        auto record = (*migrated)->loadPatient((*migrated)->patientKey(patient.ref()));
        RENKEI_VERIFY_OK(record);
        QCOMPARE(record->rowsRead, patient.resources.size());
        QCOMPARE(record->patient.kanjiName, patient.kanjiName);
        auto state = (*migrated)->syncState(patient.ref());
        QVERIFY(state && state->has_value());
        QCOMPARE(**state, cursor);
        migrated->reset();
        {
            RawConnection raw(old);
            QVERIFY(columns(raw, u"resources"_s).contains(u"quarantined"_s));
            QCOMPARE(raw.rows(u"SELECT value FROM meta WHERE key = 'schema_version'"_s)
                         .first()
                         .first()
                         .toByteArray(),
                QByteArray::number(CacheDatabase::kCurrentSchemaVersion));
        }
        // A migrated file has the very schema of a new one.
        QCOMPARE(schema(old), schema(current));
    }

    void version2To3()
    {
        const QString current = m_dir.filePath(u"current3.sqlite"_s);
        const QString old = m_dir.filePath(u"v2.sqlite"_s);
        const DemoPatient &patient = demoPatients().at(5);
        QVERIFY(!patient.identifierTexts.isEmpty());
        {
            auto cache = Cache::open(current, m_store, m_scope);
            RENKEI_VERIFY_OK(cache);
            QVERIFY(writePages(**cache, patient.ref(), patient.resources));
        }
        {
            QList<std::pair<QString, QByteArray>> keyMeta;
            RawConnection src(current);
            for (const auto &row : src.rows(u"SELECT key, value FROM meta WHERE key IN"
                                            " ('wrapped_key', 'key_scope', 'key_store')"_s))
                keyMeta.append({ row.at(0).toString(), row.at(1).toByteArray() });
            auto db = CacheDatabase::connect(old, {});
            RENKEI_VERIFY_OK(db);
            RENKEI_VERIFY_OK((*db)->initialise(2, keyMeta));
        }
        {
            RawConnection raw(old);
            QVERIFY(raw.rows(u"SELECT name FROM sqlite_master WHERE name = 'patient_links'"_s)
                        .isEmpty());
            QVERIFY(raw.exec(u"ATTACH DATABASE '%1' AS src"_s.arg(current)));
            for (const QString &table :
                { u"patients"_s, u"patient_identifiers"_s, u"resources"_s, u"sync_state"_s })
                QVERIFY(raw.exec(u"INSERT INTO %1 SELECT * FROM src.%1"_s.arg(table)));
            QVERIFY(raw.exec(u"DETACH DATABASE src"_s));
        }
        auto migrated = Cache::open(old, m_store, m_scope);
        RENKEI_VERIFY_OK(migrated);
        Cache &cache = **migrated;
        const QString key = cache.patientKey(patient.ref());
        QCOMPARE(cache.loadPatient(key)->rowsRead, patient.resources.size());
        // A second source's patient joins the migrated patient by its identifier.
        const PatientRef second { kNetwork, u"local-1"_s, u"ssmix2:test"_s,
            patient.identifierTexts.first() };
        RawResource lab;
        QVERIFY(RawResource::fromJson(
            "{\"resourceType\":\"Observation\",\"id\":\"s1\",\"status\":\"final\","
            "\"code\":{\"text\":\"X\"}}",
            &lab));
        RENKEI_VERIFY_OK(cache.putPage(second, { lab }, {}));
        QCOMPARE(cache.resolvePatientKey(second).value(), key);
        QCOMPARE(cache.loadPatient(key)->rowsRead, patient.resources.size() + 1);
        migrated->reset();
        QCOMPARE(schema(old), schema(current));
    }

    void everyVersionHasAMigration()
    {
        for (int version = CacheDatabase::kOldestSchemaVersion;
             version < CacheDatabase::kCurrentSchemaVersion; ++version)
            QVERIFY(schemaStatements(version + 1).size() > schemaStatements(version).size());
    }
};

QTEST_GUILESS_MAIN(TestCacheMigrations)
#include "tst_cachemigrations.moc"
