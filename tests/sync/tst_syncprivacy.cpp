// No clear patient data on disk (issue 5): after a real sync from the demo server and opening
// the patient, no file of the cache folder (database, -wal, -shm, journals, temp files) holds
// the patient's kanji or kana name, ids or birth date, in UTF-8 or UTF-16LE; open or closed.
#include "../cache/cachefixture.h"
#include "fhir/reader.h"
#include "syncfixture.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::test;

class TestSyncPrivacy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noClearPatientDataAfterSyncAndOpen();
};

void TestSyncPrivacy::noClearPatientDataAfterSyncAndOpen()
{
    SyncFixture f;
    QVERIFY(f.start());
    const QString id = pickPatient(3000, 20000);
    QVERIFY(!id.isEmpty());
    const int index = f.server->store().find(u"Patient"_s, id);
    QVERIFY(index >= 0);
    auto read = fhir::readResource(f.server->store().at(index).resource.json, u"demo"_s);
    QVERIFY(read && !read->resources.patients.isEmpty());
    const model::Patient &p = read->resources.patients.first();
    DemoPatient patient;
    patient.id = id;
    patient.kanjiName = p.kanjiName;
    patient.kanaName = p.kanaName;
    patient.birthDate = p.birthDate;
    for (const model::Identifier &identifier : p.identifiers)
        patient.identifierValues.append(identifier.value);
    QVERIFY(!patient.kanjiName.isEmpty() && !patient.kanaName.isEmpty());
    QVERIFY(patient.birthDate.isValid() && !patient.identifierValues.isEmpty());
    const QList<QByteArray> needles = clearNeedles(patient);
    QVERIFY(needles.size() >= 8);

    // Sync: the Recent phase, then the history, page by page.
    auto report = f.sync(id);
    RENKEI_VERIFY_OK(report);
    QVERIFY(report->written > 3000);
    // Open the patient as the viewer does.
    const QString key = f.cache->patientKey({ kSyncNetwork, id });
    auto record = f.cache->loadPatient(key);
    RENKEI_VERIFY_OK(record);
    QCOMPARE(record->patient.kanjiName, patient.kanjiName); // it is there, sealed
    RENKEI_VERIFY_OK(f.cache->touchPatient(key));
    // The names are searchable offline, still without clear text on disk.
    auto found = f.cache->findPatients({ patient.kanaName });
    RENKEI_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);

    const QStringList files = QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(files.contains(u"cache.sqlite"_s), qPrintable(files.join(u' ')));
    QVERIFY2(files.contains(u"cache.sqlite-wal"_s), qPrintable(files.join(u' ')));
    QStringList open = findInFolder(f.dir.path(), needles);
    QVERIFY2(open.isEmpty(), qPrintable(open.join(u", "_s)));
    f.closeCache();
    QStringList closed = findInFolder(f.dir.path(), needles);
    QVERIFY2(closed.isEmpty(), qPrintable(closed.join(u", "_s)));

    // The check can fail: the same scan finds the needles in the server's own JSON.
    QVERIFY(f.server->store().at(index).compactJson.contains(needles.first()));
}

QTEST_GUILESS_MAIN(TestSyncPrivacy)
#include "tst_syncprivacy.moc"
