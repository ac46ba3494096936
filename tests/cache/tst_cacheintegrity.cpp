#include "cache/cache.h"
#include "cachefixture.h"
#include "crypto/keystore.h"
#include "crypto/passphrasekeystore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::cache;
using namespace renkei::test;

// Tampering, another key, foreign, truncated, full and read-only files: each a typed error (or a
// quarantined row), and nothing already cached is lost.
class TestCacheIntegrity : public QObject {
    Q_OBJECT

private:
    QString path() const { return m_dir->filePath(u"cache.sqlite"_s); }
    std::unique_ptr<Cache> openCache(const CacheOptions &options = {})
    {
        return openCacheAt(path(), m_store, m_scope, options);
    }
    const DemoPatient &patient() const { return demoPatients().at(6); }
    QList<RawResource> resources() const { return patient().resources.mid(0, 60); }
    bool writeSample()
    {
        auto cache = openCache();
        return cache && writePages(*cache, patient().ref(), resources(), 20);
    }
    // The row ids of resources, in order.
    QList<qint64> rowIds()
    {
        RawConnection raw(path());
        QList<qint64> ids;
        for (const auto &row : raw.rows(u"SELECT row_id FROM resources ORDER BY row_id"_s))
            ids.append(row.first().toLongLong());
        return ids;
    }
    // Opens the sample with the right key and checks every row is there.
    void expectSampleIntact()
    {
        auto cache = openCache();
        QVERIFY(cache);
        auto record = cache->loadPatient(cache->patientKey(patient().ref()));
        RENKEI_VERIFY_OK(record);
        QCOMPARE(record->rowsRead, resources().size());
        QCOMPARE(record->rowsQuarantined, 0);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    crypto::MemoryKeyStore m_store;
    const QString m_scope = Cache::keyScope(kNetwork, u"doctor1"_s);

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void flippedByteQuarantinesThatRow()
    {
        QVERIFY(writeSample());
        const QList<qint64> ids = rowIds();
        const qint64 victim = ids.at(7);
        {
            RawConnection raw(path());
            QByteArray body = raw.body(victim);
            body[body.size() / 2] = char(body.at(body.size() / 2) ^ 0x01);
            QVERIFY(raw.setBody(victim, body));
        }
        auto cache = openCache();
        QVERIFY(cache);
        const QString key = cache->patientKey(patient().ref());
        for (int pass = 0; pass < 2; ++pass) { // detected, then remembered as quarantined
            auto record = cache->loadPatient(key);
            RENKEI_VERIFY_OK(record);
            QCOMPARE(record->rowsQuarantined, 1);
            QCOMPARE(record->rowsRead, resources().size() - 1);
            const auto tampered = std::count_if(record->problems.begin(), record->problems.end(),
                [](const Error &e) { return e.kind == Error::Kind::Tampered; });
            QCOMPARE(tampered, 1);
            const Error &problem = *std::find_if(record->problems.begin(), record->problems.end(),
                [](const Error &e) { return e.kind == Error::Kind::Tampered; });
            QCOMPARE(problem.code, u"quarantined"_s);
            QCOMPARE(problem.path, u"resources/%1"_s.arg(victim));
        }
        // The next sync brings the resource again: the row is whole again.
        QVERIFY(cache->putPage(patient().ref(), resources(), {}));
        auto record = cache->loadPatient(key);
        RENKEI_VERIFY_OK(record);
        QCOMPARE(record->rowsQuarantined, 0);
        QCOMPARE(record->rowsRead, resources().size());
    }

    void swappedCiphertextsAreBothDetected()
    {
        QVERIFY(writeSample());
        const QList<qint64> ids = rowIds();
        const qint64 a = ids.at(3), b = ids.at(40);
        {
            RawConnection raw(path());
            const QByteArray bodyA = raw.body(a), bodyB = raw.body(b);
            QVERIFY(raw.setBody(a, bodyB));
            QVERIFY(raw.setBody(b, bodyA));
        }
        auto cache = openCache();
        QVERIFY(cache);
        auto record = cache->loadPatient(cache->patientKey(patient().ref()));
        RENKEI_VERIFY_OK(record);
        QCOMPARE(record->rowsQuarantined, 2);
        QCOMPARE(record->rowsRead, resources().size() - 2);
        QStringList paths;
        for (const Error &e : record->problems) {
            if (e.kind == Error::Kind::Tampered)
                paths.append(e.path);
        }
        paths.sort();
        QStringList expected { u"resources/%1"_s.arg(a), u"resources/%1"_s.arg(b) };
        expected.sort();
        QCOMPARE(paths, expected);
    }

    void tamperedDemographicsAreFlagged()
    {
        QVERIFY(writeSample());
        {
            RawConnection raw(path());
            QVERIFY(raw.exec(u"UPDATE patients SET demographics = zeroblob(80)"_s));
        }
        auto cache = openCache();
        QVERIFY(cache);
        auto list = cache->listPatients();
        RENKEI_VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().damaged);
        QVERIFY(list->first().kanjiName.isEmpty());
    }

    void wrongKeyIsRefusedAndChangesNothing()
    {
        QVERIFY(writeSample());
        const QByteArray before = fileDigest(path());
        crypto::MemoryKeyStore other;
        auto opened = Cache::open(path(), other, m_scope);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Tampered);
        QCOMPARE(opened.error().code, u"other-key"_s);
        QVERIFY(opened.error().message.contains(u"this cache was made with another key"_s));
        QCOMPARE(fileDigest(path()), before);
        // Another scope (network or account) is refused the same way.
        auto otherScope = Cache::open(path(), m_store, Cache::keyScope(kNetwork, u"doctor2"_s));
        QVERIFY(!otherScope);
        QCOMPARE(otherScope.error().code, u"other-scope"_s);
        QCOMPARE(fileDigest(path()), before);
        expectSampleIntact();
    }

    void wrongPassphraseStore()
    {
        const crypto::ScryptParams fast { 1024, 8, 1 };
        auto first = crypto::PassphraseKeyStore::unlock(
            m_dir->filePath(u"a.params"_s), crypto::SecretBytes::copyOf("correct horse"), fast);
        auto second = crypto::PassphraseKeyStore::unlock(
            m_dir->filePath(u"b.params"_s), crypto::SecretBytes::copyOf("battery staple"), fast);
        RENKEI_VERIFY_OK(first);
        RENKEI_VERIFY_OK(second);
        {
            auto cache = Cache::open(path(), **first, m_scope);
            RENKEI_VERIFY_OK(cache);
            QVERIFY(writePages(**cache, patient().ref(), resources()));
        }
        auto wrong = Cache::open(path(), **second, m_scope);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, Error::Kind::WrongPassphrase);
        auto right = Cache::open(path(), **first, m_scope);
        RENKEI_VERIFY_OK(right);
    }

    void foreignFile_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("text file") << u"text"_s;
        QTest::newRow("sqlite, no meta") << u"CREATE TABLE notes(x TEXT)"_s;
        QTest::newRow("sqlite, other format")
            << u"CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB);"
               "INSERT INTO meta VALUES('format', 'someone-else')"_s;
    }
    void foreignFile()
    {
        QFETCH(QString, setup);
        if (setup == u"text"_s) {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        } else {
            RawConnection raw(path());
            for (const QString &sql : setup.split(u';'))
                QVERIFY(raw.exec(sql));
        }
        const QByteArray before = fileDigest(path());
        auto opened = openCache();
        QVERIFY(!opened);
        auto again = Cache::open(path(), m_store, m_scope);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Foreign);
        QCOMPARE(fileDigest(path()), before);
    }

    void truncatedFile_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("half") << 0.5;
        QTest::newRow("one page and a bit") << -4196.0;
        QTest::newRow("50 bytes") << -50.0;
    }
    void truncatedFile()
    {
        QFETCH(double, keep);
        QVERIFY(writeSample());
        QFile file(path());
        const qint64 size = file.size();
        const qint64 newSize = keep > 0 ? (qint64(size * keep) / 4096) * 4096 : qint64(-keep);
        QVERIFY(newSize < size);
        QVERIFY(file.resize(newSize));
        const QByteArray before = fileDigest(path());
        auto opened = Cache::open(path(), m_store, m_scope);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Corrupt);
        QCOMPARE(opened.error().code, u"truncated"_s);
        QCOMPARE(fileDigest(path()), before);
    }

    void fullDiskKeepsEveryCommittedPage()
    {
        CacheOptions limited;
        limited.maxPageCount = 48; // 192 KiB
        const QList<RawResource> all = demoPatients().first().resources;
        const PatientRef ref = demoPatients().first().ref();
        qsizetype committed = 0;
        SyncCursor lastCursor;
        Error failure;
        {
            auto cache = openCache(limited);
            QVERIFY(cache);
            for (qsizetype start = 0; start < all.size(); start += 50) {
                const SyncCursor cursor { {}, u"page-%1"_s.arg(start), u"history"_s };
                auto page = cache->putPage(ref, all.mid(start, 50), cursor);
                if (!page) {
                    failure = page.error();
                    break;
                }
                committed += all.mid(start, 50).size();
                lastCursor = cursor;
            }
        }
        QCOMPARE(failure.kind, Error::Kind::Full);
        QVERIFY(committed > 0);
        auto cache = openCache();
        QVERIFY(cache);
        auto record = cache->loadPatient(cache->patientKey(ref));
        RENKEI_VERIFY_OK(record);
        QCOMPARE(record->rowsRead, committed);
        auto state = cache->syncState(ref);
        QVERIFY(state && state->has_value());
        QCOMPARE(**state, lastCursor);
    }

    void readOnlyFile()
    {
        QVERIFY(writeSample());
        const QFile::Permissions permissions = QFile::permissions(path());
        QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup));
        const QByteArray before = fileDigest(path());
        auto opened = Cache::open(path(), m_store, m_scope);
        QVERIFY(QFile::setPermissions(path(), permissions));
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Io);
        QCOMPARE(opened.error().code, u"read-only"_s);
        QCOMPARE(fileDigest(path()), before);
        expectSampleIntact();
    }

    void newerSchemaIsRefused()
    {
        QVERIFY(writeSample());
        {
            RawConnection raw(path());
            QVERIFY(raw.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
        }
        const QByteArray before = fileDigest(path());
        auto opened = Cache::open(path(), m_store, m_scope);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Unsupported);
        QCOMPARE(fileDigest(path()), before);
    }
};

QTEST_GUILESS_MAIN(TestCacheIntegrity)
#include "tst_cacheintegrity.moc"
