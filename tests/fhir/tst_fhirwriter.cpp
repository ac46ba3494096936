// fhir::write*: model value → FHIR JSON → fhir::readResource gives the same value, for a value
// of every written type (from SS-MIX2 and from FHIR) and for every value of the SS-MIX2 sample
// storage; and the JSON has the JP Core shape (profiles, name representations, systems).
#include "fhir/reader.h"
#include "fhir/writer.h"
#include "model/codes.h"
#include "ssmix2/storage.h"
#include "support/testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;

namespace {

const QString kNetwork = u"test-network"_s;

model::PartialDateTime at(const QString &iso)
{
    return model::PartialDateTime::parse(iso);
}

model::Provenance fromSsmix2(const QString &file)
{
    model::Provenance p;
    p.source = model::Provenance::Source::Ssmix2;
    p.sourceSystem = u"/mnt/ssmix2"_s;
    p.sourceId = file;
    p.facilityCode = u"1311234567"_s;
    p.facilityName = u"テスト病院"_s;
    p.orderNumber = u"000000011000185"_s;
    return p;
}

// What the reader makes of a FHIR resource read with sourceSystem kNetwork.
model::Provenance fromFhir(
    const QString &type, const QString &id, const model::FacilityRef &facility)
{
    model::Provenance p;
    p.sourceSystem = kNetwork;
    p.sourceId = type + u'/' + id;
    p.facilityCode = facility.code;
    p.facilityName = facility.name;
    p.profile = u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Something"_s;
    return p;
}

const model::FacilityRef kFacility { u"1311234567"_s, u"テスト病院"_s };

model::ResourceSet oneOfEach()
{
    model::ResourceSet set;
    model::Patient p;
    p.provenance = fromSsmix2(u"0000001_-_ADT-00_999999999999999_20240501100000000_-_1"_s);
    p.id = u"0000001"_s;
    p.kanjiName = u"東京 太郎"_s;
    p.kanaName = u"トウキョウ タロウ"_s;
    p.otherName = u"TOKYO TARO"_s;
    p.birthDate = QDate(1970, 1, 2);
    p.sex = model::Sex::Male;
    p.identifiers = { { u"urn:oid:1.2.392.100495.20.3.51.11311234567"_s, u"0000001"_s, u"MR"_s } };
    p.address = u"東京都千代田区1-1"_s;
    p.phone = u"0312345678"_s;
    set.patients.append(p);

    model::Facility f;
    f.id = u"org1"_s;
    f.name = u"テスト病院"_s;
    f.code10 = u"1311234567"_s;
    f.code7 = u"1234567"_s;
    f.prefecture = u"13"_s;
    f.identifiers = { { QString::fromUtf16(model::systems::kFacilityNo10), f.code10, {} },
        { QString::fromUtf16(model::systems::kFacilityNo7), f.code7, {} } };
    f.provenance = fromFhir(u"Organization"_s, f.id, { f.code10, f.name });
    set.facilities.append(f);

    model::Encounter e;
    e.provenance = fromSsmix2(u"f_ADT-22#0"_s);
    e.id = u"enc1"_s;
    e.patient = u"0000001"_s;
    e.encounterClass = model::Encounter::Class::Inpatient;
    e.classCode = u"IMP"_s;
    e.status = u"finished"_s;
    e.period = { at(u"2024-05-01T10:00:00+09:00"_s), at(u"2024-05-10T11:00:00+09:00"_s) };
    e.facility = kFacility;
    e.department = u"01"_s;
    e.location = u"3E/301/1"_s;
    e.reason = u"肺炎"_s;
    set.encounters.append(e);

    model::LabResult lab;
    lab.provenance = fromSsmix2(u"f_OML-11#7"_s);
    lab.id = u"lab1"_s;
    lab.patient = u"0000001"_s;
    lab.code.codings = { { QString::fromUtf16(model::systems::kJlac10), u"3A010000002327101"_s,
                             u"総蛋白"_s, {} },
        { u"99XYZ"_s, u"TP"_s, u"TP"_s, {} } };
    lab.code.text = u"総蛋白"_s;
    lab.display = lab.code.displayText();
    lab.numericValue = 7.2;
    lab.unit = u"g/dl"_s;
    lab.unitCode = u"g/dl"_s;
    lab.unitSystem = u"99XYZ"_s;
    lab.range.low = 6.7;
    lab.range.high = 8.3;
    lab.range.text = u"6.70-8.3"_s;
    lab.range.unit = u"g/dl"_s;
    lab.flag = model::LabFlag::High;
    lab.flagCode = u"H"_s;
    lab.specimen = u"血清"_s;
    lab.effective = at(u"2024-05-01T09:30:00+09:00"_s);
    lab.issued = at(u"2024-05-01T12:00:00.123+09:00"_s);
    lab.status = u"final"_s;
    lab.panel = u"生化学"_s;
    lab.panelId = u"000000011000354"_s;
    lab.performer = u"検査 一郎"_s;
    lab.facility = kFacility;
    lab.note = u"溶血あり"_s;
    lab.category = u"laboratory"_s;
    set.labs.append(lab);
    model::LabResult text = lab;
    text.id = u"lab2"_s;
    text.numericValue.reset();
    text.textValue = u"陰性"_s;
    text.unit.clear();
    text.unitCode.clear();
    text.unitSystem.clear();
    text.range = {};
    text.range.text = u"陰性"_s;
    text.flag = model::LabFlag::None;
    text.flagCode.clear();
    text.performer.clear();
    text.category = u"exam"_s;
    set.labs.append(text);

    model::Medication m;
    m.provenance = fromSsmix2(u"f_OMP-01#5"_s);
    m.kind = model::Medication::Kind::Order;
    m.id = u"med1"_s;
    m.patient = u"0000001"_s;
    m.medication.codings = { { QString::fromUtf16(model::systems::kHot9), u"108665201"_s,
        u"ダーゼン錠（５mg)"_s, {} } };
    m.medication.text = u"ダーゼン錠（５mg)"_s;
    m.name = m.medication.displayText();
    m.dose = 3;
    m.doseUnit = u"錠"_s;
    m.dailyDose = 3;
    m.usageText = u"内服・経口・１日３回朝昼夕食後"_s;
    m.usageCode = u"1013044400000000"_s;
    m.usageCodeSystem = QString::fromUtf16(model::systems::kJamiUsage);
    m.days = 5;
    m.total = 15;
    m.totalUnit = u"錠"_s;
    m.start = at(u"2024-05-01"_s);
    m.end = at(u"2024-05-05"_s);
    m.authored = at(u"2024-05-01T10:10:00+09:00"_s);
    m.route = u"口"_s;
    m.method = u"経口"_s;
    m.status = u"active"_s;
    m.category = u"外来処方"_s;
    m.prescriber = u"医師 花子"_s;
    m.rpNumber = u"1"_s;
    m.facility = kFacility;
    m.note = u"粉砕"_s;
    set.medications.append(m);
    model::Medication prn = m;
    prn.id = u"med2"_s;
    prn.asNeeded = true;
    prn.asNeededCondition = u"疼痛時"_s;
    prn.days.reset();
    prn.dailyDose.reset();
    prn.prescriber.clear();
    set.medications.append(prn);
    model::Medication given = m;
    given.kind = model::Medication::Kind::Statement;
    given.id = u"med3"_s;
    given.status = u"completed"_s;
    given.total.reset();
    given.totalUnit.clear();
    given.category = u"注射"_s;
    set.medications.append(given);
    model::Medication dispensed = m;
    dispensed.kind = model::Medication::Kind::Dispense;
    dispensed.id = u"med4"_s;
    dispensed.handedOver = at(u"2024-05-01T15:00:00+09:00"_s);
    dispensed.status = u"completed"_s;
    dispensed.provenance = fromFhir(u"MedicationDispense"_s, dispensed.id, kFacility);
    set.medications.append(dispensed);

    model::Condition c;
    c.provenance = fromSsmix2(u"f_PPR-01#3"_s);
    c.id = u"cond1"_s;
    c.patient = u"0000001"_s;
    c.code.codings = { { u"http://medis.or.jp/CodeSystem/master-disease-keyNumber"_s, u"20051234"_s,
                           u"高血圧症"_s, {} },
        { u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full"_s, u"I10"_s,
            u"本態性高血圧"_s, {} } };
    c.code.text = u"高血圧症"_s;
    c.display = c.code.displayText();
    c.clinicalStatus = u"active"_s;
    c.verificationStatus = u"provisional"_s;
    c.suspected = true;
    c.category = u"problem-list-item"_s;
    c.severity = u"中等度"_s;
    c.onset = at(u"2020-04"_s);
    c.abatement = at(u"2024-01-01"_s);
    c.recorded = at(u"2020-04-02"_s);
    c.primary = true;
    c.facility = kFacility;
    c.note = u"転帰: 継続"_s;
    set.conditions.append(c);
    model::Condition plain = c;
    plain.id = u"cond2"_s;
    plain.code = {};
    plain.code.text = u"腰痛症"_s;
    plain.display = plain.code.displayText();
    plain.verificationStatus = u"confirmed"_s;
    plain.suspected = false;
    plain.primary = false;
    plain.category = u"主訴"_s;
    plain.provenance = fromFhir(u"Condition"_s, plain.id, kFacility);
    set.conditions.append(plain);

    model::Allergy a;
    a.provenance = fromSsmix2(u"f_ADT-61#3"_s);
    a.provenance.cancelled = true;
    a.id = u"alg1"_s;
    a.patient = u"0000001"_s;
    a.code.codings = { { u"99ALG"_s, u"A001"_s, u"ペニシリン"_s, {} } };
    a.code.text = u"ペニシリン"_s;
    a.display = a.code.displayText();
    a.type = u"allergy"_s;
    a.category = u"medication,food"_s;
    a.criticality = u"high"_s;
    a.clinicalStatus = u"inactive"_s;
    a.verificationStatus = u"confirmed"_s;
    a.reactions = { u"発疹"_s, u"呼吸困難"_s };
    a.severity = u"severe"_s;
    a.onset = at(u"2010"_s);
    a.recorded = at(u"2011-03-04T05:06:07+09:00"_s);
    a.facility = kFacility;
    a.note = u"小児期"_s;
    set.allergies.append(a);
    return set;
}

template <typename T>
const QList<T> &listOf(const model::ResourceSet &set)
{
    if constexpr (std::is_same_v<T, model::Patient>)
        return set.patients;
    else if constexpr (std::is_same_v<T, model::Facility>)
        return set.facilities;
    else if constexpr (std::is_same_v<T, model::Encounter>)
        return set.encounters;
    else if constexpr (std::is_same_v<T, model::LabResult>)
        return set.labs;
    else if constexpr (std::is_same_v<T, model::Medication>)
        return set.medications;
    else if constexpr (std::is_same_v<T, model::Condition>)
        return set.conditions;
    else
        return set.allergies;
}

// Writes each value, reads it back alone (as the cache does) and compares. Returns the number
// of values that differ (each one printed with its JSON).
template <typename T>
int roundTripAll(const model::ResourceSet &set, QJsonObject (*write)(const T &))
{
    int differ = 0;
    fhir::ReadOptions options;
    options.sourceSystem = kNetwork;
    for (const T &value : listOf<T>(set)) {
        const QJsonObject json = write(value);
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const auto read = fhir::readJson(bytes, u"test"_s, options);
        const QList<T> *back = read ? &listOf<T>(read->resources) : nullptr;
        if (!back || back->size() != 1 || !(back->first() == value)) {
            ++differ;
            qWarning("differs: %s (%s)", bytes.constData(),
                read ? qPrintable(QString::number(back->size()))
                     : qPrintable(read.error().message));
        }
    }
    return differ;
}

int roundTripSet(const model::ResourceSet &set)
{
    return roundTripAll<model::Patient>(set, fhir::writePatient)
        + roundTripAll<model::Facility>(set, fhir::writeFacility)
        + roundTripAll<model::Encounter>(set, fhir::writeEncounter)
        + roundTripAll<model::LabResult>(set, fhir::writeLabResult)
        + roundTripAll<model::Medication>(set, fhir::writeMedication)
        + roundTripAll<model::Condition>(set, fhir::writeCondition)
        + roundTripAll<model::Allergy>(set, fhir::writeAllergy);
}

} // namespace

class TestFhirWriter : public QObject {
    Q_OBJECT
private slots:
    void oneValueOfEachTypeRoundTrips();
    void everyValueOfTheSsmix2SampleRoundTrips();
    void jsonHasTheJpCoreShape();
    void writeResourcesWritesAllButDocuments();
};

void TestFhirWriter::oneValueOfEachTypeRoundTrips()
{
    const model::ResourceSet set = oneOfEach();
    QCOMPARE(roundTripSet(set), 0);
    // The check can fail: a changed value no longer equals what was written.
    model::ResourceSet changed = set;
    QJsonObject json = fhir::writeLabResult(changed.labs.first());
    json.insert(u"status"_s, u"preliminary"_s);
    const auto read = fhir::readResource(json, u"test"_s, {});
    QVERIFY(read.ok());
    QVERIFY(!(read->resources.labs.first() == changed.labs.first()));
}

void TestFhirWriter::everyValueOfTheSsmix2SampleRoundTrips()
{
    ssmix2::StorageOptions options;
    options.cancelled = ssmix2::StorageOptions::Cancelled::Keep;
    options.latestVersionOnly = false;
    const auto read = ssmix2::readStorage(test::dataDir() + u"/ssmix2/sampleData"_s, options);
    QVERIFY(read.ok());
    const model::ResourceSet &set = read->resources;
    QVERIFY(!set.patients.isEmpty());
    QVERIFY(set.labs.size() >= 3);
    QVERIFY(set.medications.size() >= 5);
    QVERIFY(!set.conditions.isEmpty());
    QVERIFY(!set.allergies.isEmpty());
    QVERIFY(!set.encounters.isEmpty());
    qInfo("%lld values from the sample storage", qint64(set.count()));
    QCOMPARE(roundTripSet(set), 0);
}

void TestFhirWriter::jsonHasTheJpCoreShape()
{
    const model::ResourceSet set = oneOfEach();
    const QJsonObject patient = fhir::writePatient(set.patients.first());
    QCOMPARE(patient.value(u"meta"_s)[u"profile"_s][0].toString(),
        u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient"_s);
    const QJsonArray names = patient.value(u"name"_s).toArray();
    QCOMPARE(names.at(0)[u"extension"_s][0][u"valueCode"_s].toString(), u"IDE"_s);
    QCOMPARE(names.at(0)[u"family"_s].toString(), u"東京"_s);
    QCOMPARE(names.at(1)[u"extension"_s][0][u"valueCode"_s].toString(), u"SYL"_s);
    QCOMPARE(patient.value(u"identifier"_s)[0][u"system"_s].toString(),
        u"urn:oid:1.2.392.100495.20.3.51.11311234567"_s);
    const QJsonObject org = patient.value(u"contained"_s)[0].toObject();
    QCOMPARE(org.value(u"identifier"_s)[0][u"system"_s].toString(),
        QString::fromUtf16(model::systems::kFacilityNo10));

    const QJsonObject med = fhir::writeMedication(set.medications.first());
    QCOMPARE(med.value(u"resourceType"_s).toString(), u"MedicationRequest"_s);
    QCOMPARE(med.value(u"medicationCodeableConcept"_s)[u"coding"_s][0][u"system"_s].toString(),
        u"http://medis.or.jp/CodeSystem/master-HOT9"_s);
    const QJsonObject dosage = med.value(u"dosageInstruction"_s)[0].toObject();
    QCOMPARE(dosage.value(u"timing"_s)[u"code"_s][u"coding"_s][0][u"system"_s].toString(),
        u"http://jami.jp/CodeSystem/MedicationUsage"_s);
    QCOMPARE(
        dosage.value(u"timing"_s)[u"repeat"_s][u"boundsDuration"_s][u"code"_s].toString(), u"d"_s);

    const QJsonObject lab = fhir::writeLabResult(set.labs.first());
    QCOMPARE(lab.value(u"code"_s)[u"coding"_s][0][u"system"_s].toString(),
        u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s);
    QCOMPARE(lab.value(u"category"_s)[0][u"coding"_s][0][u"code"_s].toString(), u"laboratory"_s);
    // The source is kept on the resource itself.
    const QJsonObject source = lab.value(u"extension"_s)[0].toObject();
    QCOMPARE(source.value(u"url"_s).toString(), QString::fromUtf16(fhir::kSourceExtension));
    QVERIFY(QJsonDocument(source).toJson().contains("f_OML-11#7"));
    // A value read from FHIR claims no SS-MIX2 source.
    const QJsonObject dispense = fhir::writeMedication(set.medications.last());
    QVERIFY(!QJsonDocument(dispense).toJson().contains("ssmix2-source"));
}

void TestFhirWriter::writeResourcesWritesAllButDocuments()
{
    model::ResourceSet set = oneOfEach();
    set.documents.append(model::ClinicalDocument {});
    const QList<QJsonObject> written = fhir::writeResources(set);
    QCOMPARE(written.size(), set.count() - 1);
    QCOMPARE(written.first().value(u"resourceType"_s).toString(), u"Patient"_s);
}

QTEST_GUILESS_MAIN(TestFhirWriter)
#include "tst_fhirwriter.moc"
