// Crash safety (issue 5): a child process syncs a patient from the demo server in this process
// and is killed with SIGKILL at random points; after every kill the cache opens, is consistent
// (integrity check, the record loads, nothing quarantined, no duplicate rows), and a final
// resumed sync ends with every resource exactly once.
#include "../cache/cachefixture.h"
#include "crypto/passphrasekeystore.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::test;

class TestSyncCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedAtRandomPointsLosesNothing();

private:
    std::unique_ptr<crypto::KeyStore> keys(const QString &params);
};

std::unique_ptr<crypto::KeyStore> TestSyncCrash::keys(const QString &params)
{
    auto store = crypto::PassphraseKeyStore::unlock(params,
        crypto::SecretBytes::copyOf(QByteArrayLiteral("crash-test-passphrase")),
        crypto::ScryptParams { 1u << 10, 8, 1 });
    if (!store)
        return {};
    return std::move(*store);
}

void TestSyncCrash::killedAtRandomPointsLosesNothing()
{
    SyncFixture f;
    QVERIFY(f.start());
    f.closeCache(); // the child owns the file while it runs
    const QString patient = pickPatient(400, 1500);
    QVERIFY(!patient.isEmpty());
    // Slow pages, so that kills land in the middle of the sync.
    QVERIFY(f.server->addFault(u"delay:15"_s));
    const QString cacheFile = f.dir.filePath(u"crash.sqlite"_s);
    const QString params = f.dir.filePath(u"crash.keyparams"_s);
    const QString scope = cache::Cache::keyScope(kSyncNetwork, u"crash"_s);

    const quint32 seed = qEnvironmentVariableIsSet("RENKEI_CRASH_SEED")
        ? qEnvironmentVariable("RENKEI_CRASH_SEED").toUInt()
        : 20260401u;
    QRandomGenerator random(seed);
    qInfo() << "seed" << seed;

    auto runChild = [&](int killAfterMs) -> int {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"RENKEI_TEST_TOKEN"_s, QString::fromUtf8(f.token.token));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(RENKEI_SYNC_CHILD),
            { f.server->url().toString(), cacheFile, params, patient, u"40"_s });
        if (!child.waitForStarted(10000))
            return -3;
        QElapsedTimer timer;
        timer.start();
        // Serve the child (the server lives in this thread) until the kill or its end.
        while (child.state() != QProcess::NotRunning
            && (killAfterMs < 0 || timer.elapsed() < killAfterMs))
            QTest::qWait(2);
        if (child.state() != QProcess::NotRunning) {
            child.kill(); // SIGKILL
            child.waitForFinished(10000);
            return -1;
        }
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2;
    };

    int killedMidSync = 0;
    int completed = 0;
    for (int run = 0; run < 60 && killedMidSync < 20; ++run) {
        const int status = runChild(40 + int(random.bounded(900)));
        QVERIFY2(status == -1 || status == 0, qPrintable(u"child status %1"_s.arg(status)));
        if (status == -1)
            ++killedMidSync;
        else
            ++completed;

        // Consistent after every kill.
        auto store = keys(params);
        if (!store) {
            QVERIFY(status == -1); // killed before it wrote the parameters
            continue;
        }
        auto cache = openCacheAt(cacheFile, *store, scope);
        if (!cache && !QFileInfo::exists(cacheFile))
            continue; // killed before the file was made
        QVERIFY(cache);
        {
            RawConnection raw(cacheFile);
            QCOMPARE(raw.rows(u"PRAGMA integrity_check"_s).value(0).value(0).toString(), u"ok"_s);
            QVERIFY(raw.rows(u"SELECT pkey, type, id_hash FROM resources GROUP BY pkey, "
                             "network_hash, type, id_hash HAVING count(*) > 1"_s)
                        .isEmpty());
            QCOMPARE(raw.rows(u"SELECT count(*) FROM quarantine"_s).value(0).value(0).toInt(), 0);
        }
        const QString key = cache->patientKey({ kSyncNetwork, patient });
        auto record = cache->loadPatient(key);
        if (record) {
            QCOMPARE(record->rowsQuarantined, 0);
            QVERIFY(record->problems.isEmpty());
        } else {
            QCOMPARE(record.error().code, u"unknown-patient"_s); // nothing stored yet
        }
        if (status == 0) {
            // Completed before the kill: start over, so that later kills land mid-sync again.
            RENKEI_VERIFY_OK(cache->forgetPatient(key));
        }
    }
    qInfo() << killedMidSync << "kills mid-sync," << completed << "runs completed first";
    QVERIFY(killedMidSync >= 20);

    // Resume once more to the end: every resource exactly once.
    f.server->clearFaults();
    QCOMPARE(runChild(-1), 0);
    auto store = keys(params);
    QVERIFY(store);
    auto cache = openCacheAt(cacheFile, *store, scope);
    QVERIFY(cache);
    f.cache = std::move(cache);
    // cachedCounts reads cachePath(): point it at this file by comparing directly.
    RawConnection raw(cacheFile);
    const QString key = f.cache->patientKey({ kSyncNetwork, patient });
    QHash<QString, int> counts;
    for (const auto &row : raw.rows(
             u"SELECT type, count(*) FROM resources WHERE pkey = '%1' GROUP BY type"_s.arg(key)))
        counts.insert(row.at(0).toString(), row.at(1).toInt());
    QCOMPARE(countsText(counts), countsText(f.expectedCounts(patient, true)));
    auto cursor = f.cache->syncState({ kSyncNetwork, patient });
    RENKEI_VERIFY_OK(cursor);
    QCOMPARE((*cursor)->phase, sync::phase::Complete);
    f.cache.reset();
}

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
