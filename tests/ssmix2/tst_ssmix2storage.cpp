// readStorage on generated storages: order versions, cancellation, facility codes, limits, and a
// 10,000-file storage for speed.
#include "model/codes.h"
#include "ssmix2/hl7charset.h"
#include "ssmix2/storage.h"
#include "storagegenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::ssmix2;

using namespace renkei::test::ssmix2gen;

class TestSsmix2Storage : public QObject {
    Q_OBJECT
private slots:
    void onlyTheLatestVersionOfAnOrder();
    void aCancelledLatestVersionHidesTheOrder();
    void facilityCodeGivesThePatientIdSystem();
    void limitsAndDisagreements();
    void tenThousandFiles();
};

void TestSsmix2Storage::onlyTheLatestVersionOfAnOrder()
{
    QTemporaryDir dir;
    const QString id = u"1234567"_s;
    put(dir.path(), id, u"20240501"_s, u"OMP-01"_s, u"000000000000001"_s, u"20240501100000000"_s,
        u"1"_s, prescription(id, u"100000001"_s));
    const QString newer = put(dir.path(), id, u"20240501"_s, u"OMP-01"_s, u"000000000000001"_s,
        u"20240501110000000"_s, u"1"_s, prescription(id, u"100000002"_s));
    put(dir.path(), id, u"20240502"_s, u"OMP-01"_s, u"000000000000002"_s, u"20240502100000000"_s,
        u"1"_s, prescription(id, u"100000003"_s));

    auto read = readStorage(dir.path(), {});
    QVERIFY(read.ok());
    QCOMPARE(read->filesFound, 3);
    QCOMPARE(read->filesSuperseded, 1);
    QCOMPARE(read->resources.medications.size(), 2);
    QCOMPARE(read->resources.medications.first().medication.codings.first().code, u"100000002"_s);
    QVERIFY(read->resources.medications.first().provenance.sourceId.startsWith(newer));
    QCOMPARE(read->resources.patients.size(), 1); // from PID: no ADT-00 here
    QCOMPARE(read->resources.patients.first().kanjiName, u"東京 太郎"_s);

    StorageOptions all;
    all.latestVersionOnly = false;
    read = readStorage(dir.path(), all);
    QCOMPARE(read->resources.medications.size(), 3);
}

void TestSsmix2Storage::aCancelledLatestVersionHidesTheOrder()
{
    QTemporaryDir dir;
    const QString id = u"1234567"_s;
    put(dir.path(), id, u"20240501"_s, u"OMP-01"_s, u"000000000000001"_s, u"20240501100000000"_s,
        u"1"_s, prescription(id, u"100000001"_s));
    put(dir.path(), id, u"20240501"_s, u"OMP-01"_s, u"000000000000001"_s, u"20240501120000000"_s,
        u"0"_s, prescription(id, u"100000001"_s));
    auto read = readStorage(dir.path(), {});
    QVERIFY(read.ok());
    QVERIFY(read->resources.medications.isEmpty());
    QCOMPARE(read->filesCancelled, 1);
    QCOMPARE(read->filesSuperseded, 1);

    StorageOptions keep;
    keep.cancelled = StorageOptions::Cancelled::Keep;
    read = readStorage(dir.path(), keep);
    QCOMPARE(read->resources.medications.size(), 1);
    QVERIFY(read->resources.medications.first().provenance.cancelled);
    QCOMPARE(read->resources.medications.first().status, u"cancelled"_s);
}

void TestSsmix2Storage::facilityCodeGivesThePatientIdSystem()
{
    QTemporaryDir dir;
    const QString id = u"1234567"_s;
    put(dir.path(), id, u"-"_s, u"ADT-00"_s, u"999999999999999"_s, u"20240501100000000"_s, u"1"_s,
        demographics(id, u"1311234567"_s));
    auto read = readStorage(dir.path(), {});
    QVERIFY(read.ok());
    QCOMPARE(read->resources.patients.size(), 1);
    const model::Patient &p = read->resources.patients.first();
    QCOMPARE(p.provenance.facilityCode, u"1311234567"_s);
    QCOMPARE(p.identifiers.first().system, u"urn:oid:1.2.392.100495.20.3.51.11311234567"_s);
    QCOMPARE(p.identifiers.first().value, id);
    QCOMPARE(p.kanaName, u"トウキョウ タロウ"_s);

    StorageOptions configured;
    configured.facilityCode = u"2710000000"_s;
    configured.facilityName = u"テスト病院"_s;
    read = readStorage(dir.path(), configured);
    QCOMPARE(read->resources.patients.first().identifiers.first().system,
        u"urn:oid:1.2.392.100495.20.3.51.12710000000"_s);
    QCOMPARE(read->resources.patients.first().provenance.facilityName, u"テスト病院"_s);
}

void TestSsmix2Storage::limitsAndDisagreements()
{
    QTemporaryDir dir;
    const QString id = u"1234567"_s;
    // A lab message in a prescription folder, a file name whose date differs from its folder,
    // a file over the limit, a stray file and a badly named one.
    const QString wrongType = put(dir.path(), id, u"20240501"_s, u"OMP-01"_s, u"1"_s,
        u"20240501100000000"_s, u"1"_s, labMessage(id, u"S"_s, 7.0));
    const QString base = dir.path() + u"/123/456/1234567/20240501/OMP-01/"_s;
    QFile::copy(base + wrongType, base + u"1234567_20240502_OMP-01_2_20240501100000000_01_1"_s);
    QFile big(base + u"1234567_20240501_OMP-01_3_20240501100000000_01_1"_s);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(2048, 'x'));
    big.close();
    QFile stray(dir.path() + u"/123/README"_s);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    QFile badName(base + u"notes.txt"_s);
    QVERIFY(badName.open(QIODevice::WriteOnly));
    badName.close();

    StorageOptions options;
    options.maxFileBytes = 1024;
    const auto read = readStorage(dir.path(), options);
    QVERIFY(read.ok());
    QCOMPARE(read->filesFound, 5);
    QCOMPARE(read->filesRead, 2);
    QCOMPARE(read->filesSkipped, 3);
    QStringList texts;
    for (const FileIssue &i : read->issues)
        texts.append(i.path + u": "_s + i.message);
    const QString all = texts.join(u'\n');
    QVERIFY2(
        all.contains(u"MSH-9 is OUL^R22, but data type OMP-01 carries RDE^O11"_s), qPrintable(all));
    QVERIFY2(all.contains(u"date (20240502) differs from its date folder (20240501)"_s),
        qPrintable(all));
    QVERIFY2(all.contains(u"over the limit of 1024"_s), qPrintable(all));
    QVERIFY2(all.contains(u"123/README: a file where the storage layout has folders"_s),
        qPrintable(all));
    QVERIFY2(all.contains(u"notes.txt: not an SS-MIX2 file name"_s), qPrintable(all));
    QCOMPARE(read->resources.labs.size(), 10); // read by what the message says it is
    QCOMPARE(read->resources.labs.first().flag, model::LabFlag::High);
}

void TestSsmix2Storage::tenThousandFiles()
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    // 100 patients × (1 ADT-00 + 60 lab results + 39 prescriptions) = 10,000 files.
    int files = 0;
    for (int p = 0; p < 100; ++p) {
        const QString id = u"%1"_s.arg(1000000 + p * 7919, 10, 10, QChar(u'0'));
        put(dir.path(), id, u"-"_s, u"ADT-00"_s, u"999999999999999"_s, u"20240501100000000"_s,
            u"1"_s, demographics(id));
        ++files;
        for (int k = 0; k < 99; ++k) {
            // Several orders a day, as in a real storage (and fewer folders to delete: on a
            // virtual disk rmdir is what makes this test slow, not reading).
            const QString date = QDate(2020, 1, 1).addDays(k / 6 * 30).toString(u"yyyyMMdd"_s);
            const QString order = u"%1"_s.arg(k + 1, 15, 10, QChar(u'0'));
            const QString stamp = date + u"101010000"_s;
            if (k < 60)
                put(dir.path(), id, date, u"OML-11"_s, order, stamp, u"1"_s,
                    labMessage(id, u"SEND"_s, 6.0 + k / 10.0));
            else
                put(dir.path(), id, date, u"OMP-01"_s, order, stamp, u"1"_s,
                    prescription(id, u"%1"_s.arg(100000000 + k)));
            ++files;
        }
    }
    QCOMPARE(files, 10000);
    qInfo("generated 10,000 files in %lld ms", timer.restart());

    const auto read = readStorage(dir.path(), {});
    const qint64 ms = timer.elapsed();
    qInfo("readStorage: 10,000 files in %lld ms", ms);
    QVERIFY(read.ok());
    QCOMPARE(read->filesFound, 10000);
    QCOMPARE(read->filesRead, 10000);
    QVERIFY(read->issues.isEmpty());
    QCOMPARE(read->resources.patients.size(), 100);
    QCOMPARE(read->resources.labs.size(), 100 * 60 * 5);
    QCOMPARE(read->resources.medications.size(), 100 * 39);
    QVERIFY2(ms < 30000, qPrintable(u"%1 ms"_s.arg(ms))); // generous: ASan on a slow runner
}

QTEST_GUILESS_MAIN(TestSsmix2Storage)
#include "tst_ssmix2storage.moc"
