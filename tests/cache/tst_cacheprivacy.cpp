#include "cache/cache.h"
#include "cachefixture.h"
#include "crypto/keystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::cache;
using namespace renkei::test;

// No clear patient data on disk: not while the cache is open, not after it is closed, and
// nothing of a forgotten, purged or wiped patient (not even its ciphertexts or hashes).
class TestCachePrivacy : public QObject {
    Q_OBJECT

private:
    QString path() const { return m_dir->filePath(u"cache/cache.sqlite"_s); }
    QString folder() const { return m_dir->filePath(u"cache"_s); }
    std::unique_ptr<Cache> openCache(const CacheOptions &options = {})
    {
        return openCacheAt(path(), m_store, m_scope, options);
    }
    // Slices of every stored value of one patient: ciphertexts (a 24-byte window from each
    // blob's middle) and keyed hashes (not the network's hash: other patients share it).
    QList<QByteArray> storedValuesOf(const QString &key)
    {
        RawConnection raw(path());
        QList<QByteArray> values;
        const QString k = u"'%1'"_s.arg(key);
        for (const QString &sql :
            QStringList { u"SELECT body, id_hash FROM resources WHERE pkey = "_s + k,
                u"SELECT demographics, demographics FROM patients WHERE pkey = "_s + k,
                u"SELECT hash, hash FROM patient_identifiers WHERE pkey = "_s + k,
                u"SELECT state, state FROM sync_state WHERE pkey = "_s + k }) {
            for (const auto &row : raw.rows(sql)) {
                const QByteArray blob = row.at(0).toByteArray();
                values.append(blob.mid(blob.size() / 2 - 12, 24));
                if (row.at(1).toByteArray() != blob)
                    values.append(row.at(1).toByteArray());
            }
        }
        values.append(key.toUtf8());
        return values;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    crypto::MemoryKeyStore m_store;
    const QString m_scope = Cache::keyScope(kNetwork, u"doctor1"_s);

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void noClearPatientDataOnDisk()
    {
        const DemoPatient &patient = demoPatients().at(2);
        const QList<QByteArray> needles = clearNeedles(patient);
        QVERIFY(needles.size() >= 8);
        {
            auto cache = openCache();
            QVERIFY(cache);
            QVERIFY(writePages(*cache, patient.ref(), patient.resources));
            const QString key = cache->patientKey(patient.ref());
            auto record = cache->loadPatient(key);
            RENKEI_VERIFY_OK(record);
            QCOMPARE(record->patient.kanjiName, patient.kanjiName);
            QVERIFY(cache->touchPatient(key));
            QVERIFY(cache->findPatients({ patient.kanaName }));
            // Open: the database, its -wal and -shm.
            const QStringList found = findInFolder(folder(), needles);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        }
        const QStringList found = findInFolder(folder(), needles);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        // The needles are real: the same search finds them in the source JSON.
        QByteArray all;
        for (const RawResource &r : patient.resources)
            all += r.json;
        QVERIFY(all.contains(patient.kanjiName.toUtf8()));
        QVERIFY(all.contains(patient.birthDate.toString(Qt::ISODate).toUtf8()));
    }

    void erasedPatientsLeaveNoTrace_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("forget") << u"forget"_s;
        QTest::newRow("purge") << u"purge"_s;
        QTest::newRow("wipe") << u"wipe"_s;
    }
    void erasedPatientsLeaveNoTrace()
    {
        QFETCH(QString, how);
        QDateTime now(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
        CacheOptions options;
        options.now = [&now] { return now; };
        const DemoPatient &gone = demoPatients().at(3);
        const DemoPatient &kept = demoPatients().at(4);
        QString goneKey, keptKey;
        {
            auto cache = openCache(options);
            QVERIFY(cache);
            QVERIFY(writePages(*cache, gone.ref(), gone.resources));
            now = now.addDays(60);
            QVERIFY(writePages(*cache, kept.ref(), kept.resources));
            goneKey = cache->patientKey(gone.ref());
            keptKey = cache->patientKey(kept.ref());
        }
        const QList<QByteArray> goneValues = storedValuesOf(goneKey);
        const QList<QByteArray> keptValues = storedValuesOf(keptKey);
        QVERIFY(goneValues.size() > gone.resources.size());
        QVERIFY(!findInFolder(folder(), goneValues).isEmpty()); // the probe works
        {
            auto cache = openCache(options);
            QVERIFY(cache);
            if (how == u"forget"_s) {
                auto forgot = cache->forgetPatient(goneKey);
                RENKEI_VERIFY_OK(forgot);
            } else if (how == u"purge"_s) {
                auto purged = cache->purgeUnviewed(90, now.addDays(40));
                RENKEI_VERIFY_OK(purged);
                QCOMPARE(*purged, 1);
            } else {
                QVERIFY(cache->wipe());
            }
            // At once, while still open (the WAL was truncated)...
            const QStringList found = findInFolder(folder(), goneValues);
            QVERIFY2(found.isEmpty(),
                qPrintable(found.join(u", "_s) + u" of "_s + QString::number(goneValues.size())));
            QCOMPARE(cache->loadPatient(goneKey).ok(), false);
            QCOMPARE(cache->loadPatient(keptKey).ok(), how != u"wipe"_s);
        }
        // ...and after closing.
        const QStringList found = findInFolder(folder(), goneValues);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        QCOMPARE(findInFolder(folder(), clearNeedles(gone)), QStringList());
        if (how != u"wipe"_s)
            QCOMPARE(findInFolder(folder(), keptValues).size(), keptValues.size());
    }
};

QTEST_GUILESS_MAIN(TestCachePrivacy)
#include "tst_cacheprivacy.moc"
