// ssmix2::importStorage into an encrypted cache: the sample storage (values with their source,
// broken files reported), re-import, order versions and cancellation, matching to the network's
// FHIR patient in either order, and a 10,000-file storage for speed.
#include "cache/cache.h"
#include "clinical/patientrecord.h"
#include "crypto/keystore.h"
#include "model/codes.h"
#include "ssmix2/import.h"
#include "storagegenerator.h"
#include "support/testenvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::test::ssmix2gen;

namespace {

const QString kNetwork = u"test-network"_s;
const QString kFacility = u"1311234567"_s;
const QString kFacilityPatientSystem = u"urn:oid:1.2.392.100495.20.3.51.11311234567"_s;

struct OpenCache {
    QTemporaryDir dir;
    crypto::MemoryKeyStore store;
    std::unique_ptr<cache::Cache> cache;

    OpenCache()
    {
        auto opened = cache::Cache::open(
            dir.path() + u"/cache.sqlite"_s, store, cache::Cache::keyScope(kNetwork, u"tester"_s));
        if (opened)
            cache = std::move(*opened);
        else
            qWarning() << opened.error().describe();
    }
};

cache::RawResource raw(const QByteArray &json)
{
    cache::RawResource r;
    cache::RawResource::fromJson(json, &r);
    return r;
}

// A FHIR Patient of the network holding the facility's patient id, and one lab result (defined
// after the test class: moc and raw strings).
QList<cache::RawResource> fhirPatient(const QString &logicalId, const QString &facilityPatientId);

// One patient of facility kFacility: demographics, a lab order's results, a prescription.
void putPatient(const QString &root, const QString &id)
{
    put(root, id, u"-"_s, u"ADT-00"_s, u"999999999999999"_s, u"20240501100000000"_s, u"1"_s,
        demographics(id, kFacility));
    put(root, id, u"20240501"_s, u"OML-11"_s, u"000000000000007"_s, u"20240501110000000"_s, u"1"_s,
        labMessage(id, kFacility, 7.2));
    put(root, id, u"20240501"_s, u"OMP-01"_s, u"000000000000008"_s, u"20240501120000000"_s, u"1"_s,
        prescription(id, u"108665201"_s, kFacility));
}

ssmix2::ImportOptions options()
{
    ssmix2::ImportOptions o;
    o.network = kNetwork;
    return o;
}

QSet<QString> sourcesOf(const model::ResourceSet &set)
{
    QSet<QString> out;
    auto add = [&out](const model::Provenance &p) {
        out.insert(p.source == model::Provenance::Source::Ssmix2 ? u"ssmix2"_s : u"fhir"_s);
    };
    for (const auto &v : set.labs)
        add(v.provenance);
    for (const auto &v : set.medications)
        add(v.provenance);
    return out;
}

// "Type/id" of every value: duplicates show as a smaller set than the count.
QSet<QString> idsOf(const model::ResourceSet &set)
{
    QSet<QString> ids;
    for (const auto &v : set.patients)
        ids.insert(u"Patient/"_s + v.id);
    for (const auto &v : set.encounters)
        ids.insert(u"Encounter/"_s + v.id);
    for (const auto &v : set.labs)
        ids.insert(u"Observation/"_s + v.id);
    for (const auto &v : set.medications)
        ids.insert(u"Medication/"_s + v.id);
    for (const auto &v : set.conditions)
        ids.insert(u"Condition/"_s + v.id);
    for (const auto &v : set.allergies)
        ids.insert(u"AllergyIntolerance/"_s + v.id);
    return ids;
}

} // namespace

class TestSsmix2Import : public QObject {
    Q_OBJECT
private slots:
    void sampleStorageWithItsSources();
    void reimportIsIdempotent();
    void newerVersionsReplaceAndCancelledOrdersGo();
    void matchesTheFhirPatientImportedBefore();
    void matchesTheFhirPatientSyncedAfter();
    void noMatchWhenAmbiguousOrAnotherNetwork();
    void onePatientsFolder();
    void nothingInTheClearOnDisk();
    void progressCanStop();
    void tenThousandFiles();
};

void TestSsmix2Import::sampleStorageWithItsSources()
{
    OpenCache c;
    QVERIFY(c.cache);
    const auto summary
        = ssmix2::importStorage(*c.cache, test::dataDir() + u"/ssmix2/sampleData"_s, options());
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().describe()));
    QCOMPARE(summary->files, 22);
    QCOMPARE(summary->patients, 2); // 9999013 and 0000001 (whose PID-3 names another patient)
    QCOMPARE(summary->matched, 0); // the sample's MSH-4 is no facility code
    QCOMPARE(summary->withoutFacilityCode, 2);
    QVERIFY(summary->resources > 20);
    // Not mapped: counted per message type.
    QVERIFY2(summary->notMapped.value(u"OML^O33"_s) == 1,
        qPrintable(summary->notMapped.keys().join(u',')));
    QVERIFY(summary->notMapped.contains(u"OMG^O19"_s));
    // The misplaced two-byte file: an error with its reason; the rest was imported.
    bool misplaced = false;
    for (const ssmix2::FileIssue &issue : summary->issues) {
        if (issue.path.contains(u"ADT-31/"_s)) {
            misplaced = issue.severity == ssmix2::FileIssue::Severity::Error
                && issue.message.startsWith(u"misplaced"_s);
        }
    }
    QVERIFY(misplaced);

    const QString key = c.cache->patientKey({ kNetwork, u"9999013"_s, u"ssmix2"_s });
    const auto record = c.cache->loadPatient(key);
    QVERIFY(record.ok());
    QVERIFY(record->problems.isEmpty());
    QCOMPARE(record->patient.kanjiName, u"患者 太郎"_s);
    QCOMPARE(record->patient.kanaName, u"カンジャ タロウ"_s);
    QCOMPARE(record->patient.source, u"ssmix2"_s);
    const model::Medication *darzen = nullptr;
    for (const model::Medication &m : record->resources.medications) {
        if (m.name == u"ダーゼン錠（５mg)"_s && m.kind == model::Medication::Kind::Order)
            darzen = &m;
    }
    QVERIFY(darzen);
    QCOMPARE(darzen->provenance.source, model::Provenance::Source::Ssmix2);
    QVERIFY(darzen->provenance.sourceId.startsWith(u"9999013_20110701_OMP-01_"_s));
    QCOMPARE(darzen->provenance.orderNumber, u"000000011000185"_s);
    QCOMPARE(darzen->facility.name, u"登呂病院"_s);
    QCOMPARE(darzen->days.value_or(0), 5);
    QCOMPARE(darzen->usageCode, u"1013044400000000"_s);
    const model::LabResult *protein = nullptr;
    for (const model::LabResult &l : record->resources.labs) {
        if (l.display == u"総蛋白"_s)
            protein = &l;
    }
    QVERIFY(protein);
    QCOMPARE(protein->numericValue.value_or(0), 7.2);
    QCOMPARE(protein->unit, u"g/dl"_s);
    QCOMPARE(protein->range.text, u"6.70-8.3"_s);
    QCOMPARE(protein->panel, u"血液学的検査"_s);
    QCOMPARE(protein->jlac10(), u"3A010000002327101"_s);
    QCOMPARE(protein->provenance.source, model::Provenance::Source::Ssmix2);
    QVERIFY(!record->resources.conditions.isEmpty());
    QVERIFY(!record->resources.allergies.isEmpty());
    QVERIFY(!record->resources.encounters.isEmpty());
}

void TestSsmix2Import::reimportIsIdempotent()
{
    OpenCache c;
    QVERIFY(c.cache);
    const QString root = test::dataDir() + u"/ssmix2/sampleData"_s;
    const auto first = ssmix2::importStorage(*c.cache, root, options());
    QVERIFY(first.ok());
    const auto listed = c.cache->listPatients();
    QVERIFY(listed.ok());
    const QString key = c.cache->patientKey({ kNetwork, u"9999013"_s, u"ssmix2"_s });
    const auto before = c.cache->loadPatient(key);
    QVERIFY(before.ok());

    const auto second = ssmix2::importStorage(*c.cache, root, options());
    QVERIFY(second.ok());
    QCOMPARE(second->patients, first->patients);
    QCOMPARE(second->resources + second->unchanged, first->resources + first->unchanged);
    QCOMPARE(second->deleted, 0);
    const auto after = c.cache->loadPatient(key);
    QVERIFY(after.ok());
    QCOMPARE(after->rowsRead, before->rowsRead);
    QCOMPARE(after->resources.count(), before->resources.count());
    QCOMPARE(qsizetype(idsOf(after->resources).size()), after->resources.count());
    QCOMPARE(c.cache->listPatients()->size(), listed->size());
}

void TestSsmix2Import::newerVersionsReplaceAndCancelledOrdersGo()
{
    OpenCache c;
    QVERIFY(c.cache);
    QTemporaryDir storage;
    const QString id = u"7654321"_s;
    const QString order = u"000000000000001"_s;
    put(storage.path(), id, u"20240501"_s, u"OMP-01"_s, order, u"20240501100000000"_s, u"1"_s,
        prescription(id, u"100000001"_s));
    const cache::PatientRef ref { kNetwork, id, u"ssmix2"_s };
    auto medications
        = [&]() { return c.cache->loadPatient(c.cache->patientKey(ref))->resources.medications; };
    QVERIFY(ssmix2::importStorage(*c.cache, storage.path(), options()).ok());
    QCOMPARE(medications().size(), 1);

    // A newer version of the order replaces it (same stable id: no duplicate).
    put(storage.path(), id, u"20240501"_s, u"OMP-01"_s, order, u"20240501110000000"_s, u"1"_s,
        prescription(id, u"100000002"_s));
    auto summary = ssmix2::importStorage(*c.cache, storage.path(), options());
    QVERIFY(summary.ok());
    QCOMPARE(medications().size(), 1);
    QCOMPARE(medications().first().medication.codings.first().code, u"100000002"_s);

    // Cancelled (condition flag 0) as the newest version: the order goes.
    put(storage.path(), id, u"20240501"_s, u"OMP-01"_s, order, u"20240501120000000"_s, u"0"_s,
        prescription(id, u"100000002"_s));
    summary = ssmix2::importStorage(*c.cache, storage.path(), options());
    QVERIFY(summary.ok());
    QCOMPARE(summary->deleted, 1);
    QCOMPARE(medications().size(), 0);

    // Kept when asked: struck through, never current.
    ssmix2::ImportOptions keep = options();
    keep.storage.cancelled = ssmix2::StorageOptions::Cancelled::Keep;
    QVERIFY(ssmix2::importStorage(*c.cache, storage.path(), keep).ok());
    QCOMPARE(medications().size(), 1);
    QVERIFY(medications().first().provenance.cancelled);
    QCOMPARE(medications().first().status, u"cancelled"_s);
}

void TestSsmix2Import::matchesTheFhirPatientImportedBefore()
{
    OpenCache c;
    QVERIFY(c.cache);
    const cache::PatientRef fhirRef { kNetwork, u"fhir-p1"_s };
    QVERIFY(c.cache->putPage(fhirRef, fhirPatient(u"fhir-p1"_s, u"1234567"_s), {}).ok());
    QTemporaryDir storage;
    putPatient(storage.path(), u"1234567"_s);

    for (int round = 0; round < 2; ++round) { // the second: a re-import, still one patient
        const auto summary = ssmix2::importStorage(*c.cache, storage.path(), options());
        QVERIFY(summary.ok());
        QCOMPARE(summary->patients, 1);
        QCOMPARE(summary->matched, 1);
        QCOMPARE(summary->withoutFacilityCode, 0); // MSH-4 names the facility
        const auto listed = c.cache->listPatients();
        QCOMPARE(listed->size(), 1);
        const auto record = c.cache->loadPatient(c.cache->patientKey(fhirRef));
        QVERIFY(record.ok());
        QCOMPARE(record->patient.patientId, u"fhir-p1"_s);
        QCOMPARE(sourcesOf(record->resources), (QSet<QString> { u"fhir"_s, u"ssmix2"_s }));
        QCOMPARE(record->resources.labs.size(), 1 + 5);
        QCOMPARE(record->resources.medications.size(), 1);
        QCOMPARE(record->resources.medications.first().provenance.facilityCode, kFacility);
        // The record the views show keeps the storage's values as the patient's own (they name
        // the patient by the facility's patient id, which the FHIR Patient holds).
        const auto shown = clinical::PatientRecord::fromCache(*record);
        QCOMPARE(shown->excludedCount(), 0);
        QCOMPARE(shown->resources().labs.size(), 1 + 5);
        QCOMPARE(shown->resources().medications.size(), 1);
        QCOMPARE(shown->patient().id, u"fhir-p1"_s);
    }
}

void TestSsmix2Import::matchesTheFhirPatientSyncedAfter()
{
    OpenCache c;
    QVERIFY(c.cache);
    QTemporaryDir storage;
    putPatient(storage.path(), u"1234567"_s);
    auto summary = ssmix2::importStorage(*c.cache, storage.path(), options());
    QVERIFY(summary.ok());
    QCOMPARE(summary->matched, 0);
    const QString storageKey = c.cache->patientKey({ kNetwork, u"1234567"_s, u"ssmix2"_s });
    const auto alone = c.cache->loadPatient(storageKey);
    QCOMPARE(alone->resources.labs.size(), 5);
    const auto shownAlone = clinical::PatientRecord::fromCache(*alone);
    QCOMPARE(shownAlone->excludedCount(), 0);
    QCOMPARE(shownAlone->resources().labs.size(), 5);
    QCOMPARE(shownAlone->patient().kanjiName, u"東京 太郎"_s);
    QCOMPARE(c.cache->findPatients({ u"1234567"_s })->size(), 1);

    // The network's patient arrives: the storage's patient joins it.
    const cache::PatientRef fhirRef { kNetwork, u"fhir-p1"_s };
    QVERIFY(c.cache->putPage(fhirRef, fhirPatient(u"fhir-p1"_s, u"1234567"_s), {}).ok());
    QCOMPARE(c.cache->listPatients()->size(), 1);
    const auto record = c.cache->loadPatient(c.cache->patientKey(fhirRef));
    QVERIFY(record.ok());
    QCOMPARE(record->resources.labs.size(), 1 + 5);
    QCOMPARE(sourcesOf(record->resources), (QSet<QString> { u"fhir"_s, u"ssmix2"_s }));
    // The storage patient's own key now opens the joined record.
    const auto joined = c.cache->loadPatient(storageKey);
    QVERIFY(joined.ok());
    QCOMPARE(joined->patient.key, c.cache->patientKey(fhirRef));
    // Found by the facility's patient id, as one patient.
    const auto found = c.cache->findPatients({ kFacilityPatientSystem + u"|1234567"_s });
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().key, c.cache->patientKey(fhirRef));
    // And a re-import goes straight to it.
    summary = ssmix2::importStorage(*c.cache, storage.path(), options());
    QCOMPARE(summary->matched, 1);
    QCOMPARE(c.cache->loadPatient(c.cache->patientKey(fhirRef))->resources.labs.size(), 6);
}

void TestSsmix2Import::noMatchWhenAmbiguousOrAnotherNetwork()
{
    QTemporaryDir storage;
    putPatient(storage.path(), u"1234567"_s);
    const cache::PatientRef own { kNetwork, u"1234567"_s, u"ssmix2"_s };
    {
        // Two patients of the network hold the identifier: kept apart rather than guessed.
        OpenCache c;
        QVERIFY(c.cache);
        QVERIFY(c.cache->putPage({ kNetwork, u"a"_s }, fhirPatient(u"a"_s, u"1234567"_s), {}));
        QVERIFY(c.cache->putPage({ kNetwork, u"b"_s }, fhirPatient(u"b"_s, u"1234567"_s), {}));
        const auto summary = ssmix2::importStorage(*c.cache, storage.path(), options());
        QCOMPARE(summary->matched, 0);
        QCOMPARE(c.cache->listPatients()->size(), 3);
        QCOMPARE(c.cache->loadPatient(c.cache->patientKey(own))->resources.labs.size(), 5);
        for (const QString &id : { u"a"_s, u"b"_s })
            QCOMPARE(
                c.cache->loadPatient(c.cache->patientKey({ kNetwork, id }))->resources.labs.size(),
                1);
    }
    OpenCache c;
    QVERIFY(c.cache);
    // Another network's patient with the same identifier is not this network's.
    QVERIFY(
        c.cache->putPage({ u"other-network"_s, u"x1"_s }, fhirPatient(u"x1"_s, u"1234567"_s), {}));
    auto summary = ssmix2::importStorage(*c.cache, storage.path(), options());
    QCOMPARE(summary->matched, 0);
    QCOMPARE(c.cache->listPatients()->size(), 2);
    // Joined once (the only patient of the network that holds it), joined for good: a second
    // patient with the same identifier later does not split it, and the old key still opens it.
    QVERIFY(c.cache->putPage({ kNetwork, u"a"_s }, fhirPatient(u"a"_s, u"1234567"_s), {}));
    QVERIFY(c.cache->putPage({ kNetwork, u"b"_s }, fhirPatient(u"b"_s, u"1234567"_s), {}));
    summary = ssmix2::importStorage(*c.cache, storage.path(), options());
    QCOMPARE(summary->matched, 1);
    QCOMPARE(c.cache->listPatients()->size(), 3);
    const QString a = c.cache->patientKey({ kNetwork, u"a"_s });
    QCOMPARE(c.cache->loadPatient(a)->resources.labs.size(), 6);
    QCOMPARE(
        c.cache->loadPatient(c.cache->patientKey({ kNetwork, u"b"_s }))->resources.labs.size(), 1);
    QCOMPARE(c.cache->loadPatient(c.cache->patientKey(own))->patient.key, a);
    // Forgetting the network patient forgets what joined it.
    QVERIFY(c.cache->forgetPatient(a));
    QVERIFY(!c.cache->loadPatient(c.cache->patientKey(own)).ok());
}

void TestSsmix2Import::onePatientsFolder()
{
    OpenCache c;
    QVERIFY(c.cache);
    const auto summary = ssmix2::importStorage(
        *c.cache, test::dataDir() + u"/ssmix2/sampleData/999/901/9999013"_s, options());
    QVERIFY(summary.ok());
    QCOMPARE(summary->patients, 1);
    QCOMPARE(summary->files, 19);
    QCOMPARE(c.cache->listPatients()->first().patientId, u"9999013"_s);
}

void TestSsmix2Import::nothingInTheClearOnDisk()
{
    QTemporaryDir storage;
    putPatient(storage.path(), u"7654321"_s);
    QString folder;
    {
        OpenCache c;
        QVERIFY(c.cache);
        folder = c.dir.path();
        QVERIFY(ssmix2::importStorage(*c.cache, storage.path(), options()).ok());
        QCOMPARE(c.cache->listPatients()->size(), 1);
        // Open as well as closed: check the files (and the WAL) now.
        QStringList found;
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            QFile f(folder + u'/' + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QString &needle :
                { u"7654321"_s, u"東京"_s, u"トウキョウ"_s, u"1970-01-01"_s, u"19700101"_s }) {
                const QByteArray utf16(
                    reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
                if (bytes.contains(needle.toUtf8()) || bytes.contains(utf16))
                    found.append(name + u": "_s + needle);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    }
}

void TestSsmix2Import::progressCanStop()
{
    OpenCache c;
    QVERIFY(c.cache);
    QTemporaryDir storage;
    putPatient(storage.path(), u"1000001"_s);
    putPatient(storage.path(), u"1000002"_s);
    QList<ssmix2::ImportProgress> seen;
    const auto summary = ssmix2::importStorage(
        *c.cache, storage.path(), options(), [&seen](const ssmix2::ImportProgress &p) {
            seen.append(p);
            return false;
        });
    QVERIFY(summary.ok());
    QVERIFY(summary->stopped);
    QCOMPARE(summary->patients, 1);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().patientsTotal, 2);
    QCOMPARE(c.cache->listPatients()->size(), 1);
}

void TestSsmix2Import::tenThousandFiles()
{
    QTemporaryDir storage;
    QElapsedTimer timer;
    timer.start();
    // 100 patients × (1 ADT-00 + 60 lab results of 5 items + 39 prescriptions) = 10,000 files
    // (2,000 under the sanitizers).
    const int patients = test::scaledForSanitizers(100);
    for (int p = 0; p < patients; ++p) {
        const QString id = u"%1"_s.arg(1000000 + p * 7919, 10, 10, QChar(u'0'));
        put(storage.path(), id, u"-"_s, u"ADT-00"_s, u"999999999999999"_s, u"20240501100000000"_s,
            u"1"_s, demographics(id));
        for (int k = 0; k < 99; ++k) {
            const QString date = QDate(2020, 1, 1).addDays(k / 6 * 30).toString(u"yyyyMMdd"_s);
            const QString order = u"%1"_s.arg(k + 1, 15, 10, QChar(u'0'));
            const QString stamp = date + u"101010000"_s;
            if (k < 60)
                put(storage.path(), id, date, u"OML-11"_s, order, stamp, u"1"_s,
                    labMessage(id, u"SEND"_s, 6.0 + k / 10.0));
            else
                put(storage.path(), id, date, u"OMP-01"_s, order, stamp, u"1"_s,
                    prescription(id, u"%1"_s.arg(100000000 + k)));
        }
    }
    qInfo("generated %d files in %lld ms", patients * 100, timer.restart());
    OpenCache c;
    QVERIFY(c.cache);
    const auto summary = ssmix2::importStorage(*c.cache, storage.path(), options());
    const qint64 ms = timer.elapsed();
    QVERIFY(summary.ok());
    qInfo("importStorage: %d files, %lld resources into the encrypted cache in %lld ms",
        summary->files, summary->resources, ms);
    QCOMPARE(summary->files, patients * 100);
    QCOMPARE(summary->patients, patients);
    QCOMPARE(summary->resources, qint64(patients) * (1 + 60 * 5 + 39));
    QVERIFY(summary->issues.isEmpty());
    QCOMPARE(c.cache->listPatients()->size(), patients);
}

namespace {

QList<cache::RawResource> fhirPatient(const QString &logicalId, const QString &facilityPatientId)
{
    const QByteArray patient = QStringLiteral(
        R"({"resourceType":"Patient","id":"%1","meta":{"lastUpdated":"2024-05-01T00:00:00Z"},)"
        R"("identifier":[{"system":"%2","value":"%3"}],)"
        R"("name":[{"text":"東京 太郎","extension":[{"url":)"
        R"("http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation","valueCode":"IDE"}]}],)"
        R"("gender":"male","birthDate":"1970-01-01"})")
                                   .arg(logicalId, kFacilityPatientSystem, facilityPatientId)
                                   .toUtf8();
    const QByteArray lab = QStringLiteral(
        R"({"resourceType":"Observation","id":"obs-%1","status":"final","code":{"text":"HbA1c"},)"
        R"("subject":{"reference":"Patient/%1"},"valueQuantity":{"value":6.1,"unit":"%"}})")
                               .arg(logicalId)
                               .toUtf8();
    return { raw(patient), raw(lab) };
}

} // namespace

QTEST_GUILESS_MAIN(TestSsmix2Import)
#include "tst_ssmix2import.moc"
