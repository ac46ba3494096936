// Every verbatim JP-CLINS example in tests/data/jp-clins, read through the public API.
#include "fhir/reader.h"
#include "support/testenvironment.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::model;

namespace {

// "P1 F0 E0 L4 M0 D0 C0 A0": patients, facilities, encounters, labs, medications, documents,
// conditions, allergies.
QString counts(const ResourceSet &r)
{
    return u"P%1 F%2 E%3 L%4 M%5 D%6 C%7 A%8"_s.arg(r.patients.size())
        .arg(r.facilities.size())
        .arg(r.encounters.size())
        .arg(r.labs.size())
        .arg(r.medications.size())
        .arg(r.documents.size())
        .arg(r.conditions.size())
        .arg(r.allergies.size());
}

// What each example yields, by the resource type its name starts with.
QString expectedCounts(const QString &file)
{
    static const QList<std::pair<QString, QString>> bundles = {
        { u"Bundle-Bundle-CLINS-Observations-Example-01.json"_s, u"P1 F0 E0 L4 M0 D0 C0 A0"_s },
        { u"Bundle-Bundle-CLINS-PCS-Example-01.json"_s, u"P1 F1 E1 L0 M0 D1 C2 A0"_s },
        { u"Bundle-Bundle-CLINS-Referral-Example-01.json"_s, u"P1 F2 E2 L1 M0 D1 C5 A3"_s },
        { u"Bundle-Bundle-CLINS-Referral-NoEntry-Example-01.json"_s, u"P1 F2 E0 L0 M0 D1 C0 A0"_s },
    };
    for (const auto &[name, expected] : bundles) {
        if (file == name)
            return expected;
    }
    static const QList<std::pair<QString, QString>> byType = {
        { u"AllergyIntolerance-"_s, u"P0 F0 E0 L0 M0 D0 C0 A1"_s },
        { u"CarePlan-"_s, u"P0 F0 E0 L0 M0 D0 C0 A0"_s },
        { u"Condition-"_s, u"P0 F0 E0 L0 M0 D0 C1 A0"_s },
        { u"DocumentReference-"_s, u"P0 F0 E0 L0 M0 D1 C0 A0"_s },
        { u"Encounter-"_s, u"P0 F0 E1 L0 M0 D0 C0 A0"_s },
        { u"MedicationRequest-"_s, u"P0 F0 E0 L0 M1 D0 C0 A0"_s },
        { u"Observation-"_s, u"P0 F0 E0 L1 M0 D0 C0 A0"_s },
        { u"Organization-"_s, u"P0 F1 E0 L0 M0 D0 C0 A0"_s },
        { u"Patient-"_s, u"P1 F0 E0 L0 M0 D0 C0 A0"_s },
        { u"Practitioner-"_s, u"P0 F0 E0 L0 M0 D0 C0 A0"_s },
        { u"Specimen-"_s, u"P0 F0 E0 L0 M0 D0 C0 A0"_s },
    };
    for (const auto &[prefix, expected] : byType) {
        if (file.startsWith(prefix))
            return expected;
    }
    return {};
}

fhir::ReadOutcome readExample(const QString &name)
{
    const auto result = fhir::readJson(test::readData(u"jp-clins/"_s + name), name);
    if (!result) {
        qWarning() << result.error().describe();
        return {};
    }
    return *result;
}

QString problemsText(const fhir::ReadOutcome &outcome)
{
    QStringList lines;
    for (const Error &e : outcome.problems)
        lines.append(errorKindName(e.kind) + u": "_s + e.describe());
    return lines.join(u'\n');
}

const DocumentSection *section(const QList<DocumentSection> &sections, const QString &code)
{
    for (const DocumentSection &s : sections) {
        if (s.code == code)
            return &s;
        if (const DocumentSection *inner = section(s.sections, code))
            return inner;
    }
    return nullptr;
}

const QString kMemberId
    = u"http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID|00012345:あいう:１８７:05"_s;

} // namespace

class TestFhirExamples : public QObject {
    Q_OBJECT

private slots:
    void everyExample_data();
    void everyExample();
    void patientNames_data();
    void patientNames();
    void patientMakinoDetails();
    void labPotassium();
    void labContainedSpecimenAndJlacSubset();
    void labTextOnlyExam();
    void observationsBundle();
    void medication28Days();
    void medicationWrongGeneralNameNeedsMaster();
    void medicationUnevenDose();
    void medicationAsNeeded();
    void medicationNoCodedMarker();
    void referralDocument();
    void referralBundleValues();
    void pcsDocument();
    void standaloneDocumentReference();
    void conditions();
    void allergies();
    void encounters_data();
    void encounters();
    void organization();
    void profileErrors_data();
    void profileErrors();
};

void TestFhirExamples::everyExample_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(test::dataDir() + u"/jp-clins"_s)
                                  .entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 61);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestFhirExamples::everyExample()
{
    QFETCH(QString, file);
    const auto result = fhir::readJson(test::readData(u"jp-clins/"_s + file), file);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().describe()));
    const fhir::ReadOutcome &outcome = *result;
    QCOMPARE(counts(outcome.resources), expectedCounts(file));
    if (file.contains(u"ErrorExample"_s)) {
        for (const Error &e : outcome.problems)
            QCOMPARE(e.kind, Error::Kind::Profile);
        return;
    }
    QVERIFY2(outcome.complete(), qPrintable(problemsText(outcome)));
    for (const Medication &m : outcome.resources.medications) {
        QVERIFY(!m.name.isEmpty());
        QVERIFY(!m.usageText.isEmpty());
        QCOMPARE(m.provenance.facilityCode, m.facility.code);
        QCOMPARE(m.provenance.sourceId, u"MedicationRequest/"_s + m.id);
    }
    for (const LabResult &l : outcome.resources.labs) {
        QVERIFY(!l.display.isEmpty());
        QVERIFY(!l.valueText().isEmpty());
        QCOMPARE(l.provenance.source, Provenance::Source::Fhir);
    }
    QCOMPARE(outcome.skippedTypes,
        file.startsWith(u"CarePlan"_s) || file.startsWith(u"Bundle-Bundle-CLINS-PCS"_s)
            ? QStringList { u"CarePlan"_s }
            : QStringList());
}

void TestFhirExamples::patientNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kanji");
    QTest::addColumn<QString>("kana");
    QTest::newRow("makino") << u"Patient-Example-JP-Patient-eCS-MAKINO.json"_s << u"牧野 爛漫"_s
                            << u"マキノ ランマン"_s;
    QTest::newRow("standard") << u"Patient-Example-JP-Patient-standard.json"_s << u"牧野 爛漫"_s
                              << u"マキノ ランマン"_s;
}

void TestFhirExamples::patientNames()
{
    QFETCH(QString, file);
    QFETCH(QString, kanji);
    QFETCH(QString, kana);
    const fhir::ReadOutcome outcome = readExample(file);
    QCOMPARE(outcome.resources.patients.size(), 1);
    const Patient &p = outcome.resources.patients.first();
    QCOMPARE(p.kanjiName, kanji);
    QCOMPARE(p.kanaName, kana);
    QCOMPARE(p.displayName(), kanji);
}

void TestFhirExamples::patientMakinoDetails()
{
    const Patient p
        = readExample(u"Patient-Example-JP-Patient-eCS-MAKINO.json"_s).resources.patients.value(0);
    QCOMPARE(p.id, u"Example-JP-Patient-eCS-MAKINO"_s);
    QCOMPARE(p.birthDate, QDate(1930, 6, 28));
    QCOMPARE(p.sex, Sex::Female);
    QCOMPARE(p.phone, u"03-123-1234"_s);
    QCOMPARE(p.address, u"高知県高知市五台山4200-6"_s);
    QVERIFY(!p.deceased);
    QVERIFY(p.identifiers.contains(
        Identifier { u"urn:oid:1.2.392.100495.20.3.51.11318814790"_s, u"000999739"_s, {} }));
    QCOMPARE(
        p.provenance.profile, u"http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Patient_eCS"_s);
}

void TestFhirExamples::labPotassium()
{
    const fhir::ReadOutcome o = readExample(u"Observation-Example-JP-Obs-LabResult-eCS-K.json"_s);
    QCOMPARE(o.resources.labs.size(), 1);
    const LabResult &k = o.resources.labs.first();
    QCOMPARE(k.jlac10(), u"3H015000002326101"_s);
    QCOMPARE(k.numericValue, std::optional<double>(3.5));
    QCOMPARE(k.unit, u"mEq/L"_s);
    QCOMPARE(k.valueText(), u"3.5"_s);
    QCOMPARE(k.display, u"カリウム"_s);
    QCOMPARE(k.category, u"laboratory"_s);
    QCOMPARE(k.status, u"final"_s);
    QCOMPARE(k.specimen, u"血清"_s);
    QCOMPARE(k.performer, u"田中 宏"_s);
    QCOMPARE(k.flag, LabFlag::None);
    QCOMPARE(k.effective.toIso(), u"2021-07-05T11:19:41+09:00"_s);
    QCOMPARE(k.issued.toIso(), u"2021-07-05T15:38:59.000+09:00"_s);
    QCOMPARE(k.facility.code, u"1318814790"_s);
    QCOMPARE(k.patient, kMemberId);
    QCOMPARE(k.provenance.sourceId, u"Observation/Example-JP-Obs-LabResult-eCS-K"_s);
    QCOMPARE(k.provenance.profile,
        u"http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Observation_LabResult_eCS|1"_s);
    // Three codings kept side by side: local, the JP-CLINS JLAC10 subset and JLAC10 itself.
    QCOMPARE(k.code.codings.size(), 3);
    QCOMPARE(k.code.findKind(CodeKind::LocalLab)->code, u"10000181802"_s);
}

void TestFhirExamples::labContainedSpecimenAndJlacSubset()
{
    const LabResult alb = readExample(u"Observation-Example-JP-Obs-LabResult-eCS-Alb.json"_s)
                              .resources.labs.value(0);
    QCOMPARE(alb.specimen, u"血清"_s); // from the contained Specimen's type
    QCOMPARE(alb.jlac10(), u"3A015000001827101"_s); // the JP-CLINS JLAC10 subset system
    QCOMPARE(alb.numericValue, std::optional<double>(3.9));
}

void TestFhirExamples::labTextOnlyExam()
{
    const LabResult exam
        = readExample(u"Observation-Example-JP-Obs-Common-eCS-PS-textOnly01.json"_s)
              .resources.labs.value(0);
    QCOMPARE(exam.category, u"exam"_s);
    QCOMPARE(exam.display, u"腹部所見"_s);
    QCOMPARE(exam.textValue, u"上腹部圧痛あり、その他特に所見なし。"_s);
    QVERIFY(!exam.numericValue);
    QCOMPARE(exam.patient, u"Example-JP-Patient-eCS-MAKINO"_s);
    // Unresolved: the display-less literal reference leaves the performer empty.
    QVERIFY(exam.performer.isEmpty());
}

void TestFhirExamples::observationsBundle()
{
    const fhir::ReadOutcome o = readExample(u"Bundle-Bundle-CLINS-Observations-Example-01.json"_s);
    QVERIFY(o.complete());
    QStringList names;
    for (const LabResult &l : o.resources.labs) {
        names.append(l.display);
        QCOMPARE(l.performer, u"田中 宏"_s);
    }
    QVERIFY(names.contains(u"カリウム"_s));
    QVERIFY(names.contains(u"アルブミン"_s));
    const Patient &p = o.resources.patients.first();
    QCOMPARE(p.kanjiName, u"牧野 爛漫"_s);
}

void TestFhirExamples::medication28Days()
{
    const fhir::ReadOutcome o
        = readExample(u"MedicationRequest-Example-JP-MedReq-PO-SID-28days.json"_s);
    QVERIFY(o.complete());
    const Medication &m = o.resources.medications.first();
    QCOMPARE(m.kind, Medication::Kind::Order);
    QCOMPARE(m.name, u"クアゼパム錠２０ｍｇ"_s);
    QCOMPARE(m.primaryCode()->code, u"1124030F2ZZZ"_s);
    QCOMPARE(m.usageText, u"1日1回 就寝前"_s);
    QCOMPARE(m.usageCode, u"1011100000000000"_s);
    QCOMPARE(m.usageCodeSystem, u"http://jami.jp/CodeSystem/MedicationUsage"_s);
    QCOMPARE(m.dose, std::optional<double>(1));
    QCOMPARE(m.doseUnit, u"錠"_s);
    QCOMPARE(m.dailyDose, std::optional<double>(1));
    QCOMPARE(m.days, std::optional<int>(28));
    QCOMPARE(m.total, std::optional<double>(28));
    QCOMPARE(m.totalUnit, u"錠"_s);
    QCOMPARE(m.start.toIso(), u"2021-07-12"_s);
    QCOMPARE(m.end.toIso(), u"2021-08-08"_s); // start + 28 days - 1
    QCOMPARE(m.authored.toIso(), u"2021-07-12T16:19:06+09:00"_s);
    QCOMPARE(m.route, u"経口"_s);
    QCOMPARE(m.method, u"内服"_s);
    QCOMPARE(m.category, u"退院時処方"_s);
    QCOMPARE(m.prescriber, u"医学 一郎"_s);
    QCOMPARE(m.rpNumber, u"2"_s);
    QCOMPARE(m.status, u"completed"_s);
    QVERIFY(!m.asNeeded);
    QCOMPARE(m.patient, kMemberId);
}

// The third error example differs only in its 一般名 code (2124030F2ZZZ for 1124030F2ZZZ): both
// have the published shape, and only the MHLW master can tell them apart. It reads cleanly.
void TestFhirExamples::medicationWrongGeneralNameNeedsMaster()
{
    const fhir::ReadOutcome o
        = readExample(u"MedicationRequest-ErrorExample-JP-MedReq-PO-SID-28days.json"_s);
    QVERIFY2(o.complete(), qPrintable(problemsText(o)));
    const Medication &m = o.resources.medications.first();
    QCOMPARE(m.medication.findKind(CodeKind::GeneralName)->code, u"2124030F2ZZZ"_s);
    QCOMPARE(m.days, std::optional<int>(28));
    QCOMPARE(m.usageCode, u"1011100000000000"_s);
}

void TestFhirExamples::medicationUnevenDose()
{
    const Medication m
        = readExample(u"MedicationRequest-Example-JP-MedReq-eCS-fukintouByDay.json"_s)
              .resources.medications.value(0);
    QCOMPARE(m.usageText, u"１日３回　毎食後　７錠（４錠－２錠－１錠）"_s);
    QCOMPARE(m.usageCode, u"1013044400000000"_s);
    QCOMPARE(m.dailyDose, std::optional<double>(7));
    QCOMPARE(m.days, std::optional<int>(7));
    QCOMPARE(m.start.toIso(), u"2020-08-22"_s);
    QCOMPARE(m.end.toIso(), u"2020-08-28"_s);
}

void TestFhirExamples::medicationAsNeeded()
{
    const Medication m
        = readExample(u"MedicationRequest-Example-JP-MedReq-PO-AsNeeded-LimitMax.json"_s)
              .resources.medications.value(0);
    QVERIFY(m.asNeeded);
    QCOMPARE(m.usageText, u"発熱時"_s);
    // No JAMI usage coding: the first timing.code coding is kept.
    QCOMPARE(m.usageCode, u"1050710000000000"_s);
    QCOMPARE(m.usageCodeSystem,
        u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationUsage_ePrescription"_s);
    QCOMPARE(m.start.toIso(), u"2021-07-07"_s); // JP_MedicationDosage_PeriodOfUse
    const Medication bid
        = readExample(u"MedicationRequest-Example-JP-MedReq-PO-BID-10days-AsNeeded.json"_s)
              .resources.medications.value(0);
    QVERIFY(!bid.asNeeded);
    QCOMPARE(bid.days, std::optional<int>(10));
    QCOMPARE(bid.usageText, u"1日2回 朝夕食後"_s);
}

void TestFhirExamples::medicationNoCodedMarker()
{
    const fhir::ReadOutcome o
        = readExample(u"MedicationRequest-Example-JP-MedReq-ExtSkin-Total2.json"_s);
    QVERIFY2(o.complete(), qPrintable(problemsText(o)));
    const Medication &m = o.resources.medications.first();
    QVERIFY(m.medication.find(u"http://jpfhir.jp/fhir/eCS/CodeSystem/MedicationCodeNocoded_CS"_s));
}

void TestFhirExamples::referralDocument()
{
    const fhir::ReadOutcome o = readExample(u"Bundle-Bundle-CLINS-Referral-Example-01.json"_s);
    QVERIFY2(o.complete(), qPrintable(problemsText(o)));
    const ClinicalDocument &d = o.resources.documents.first();
    QCOMPARE(d.kind, ClinicalDocument::Kind::Referral);
    QCOMPARE(d.title, u"診療情報提供書"_s);
    QCOMPARE(d.date.toIso(), u"2020-08-21T12:12:20+09:00"_s);
    QCOMPARE(d.event.start.toIso(), u"2020-08-21"_s);
    QCOMPARE(d.status, u"final"_s);
    QCOMPARE(d.author, u"大河内 勘三郎 / 港診療所"_s);
    QCOMPARE(d.facility.name, u"港診療所"_s); // the custodian
    QCOMPARE(d.facility.code, u"1319876543"_s);
    QVERIFY(d.destination.contains(u"東京第一テスト病院"_s));
    QVERIFY(d.destination.contains(u"野口 英世丸"_s));
    QCOMPARE(d.sections.size(), 3);
    QCOMPARE(d.sections.at(0).code, u"920"_s);
    QCOMPARE(
        d.sections.at(0).codeSystem, u"http://jpfhir.jp/fhir/clins/CodeSystem/document-section"_s);
    QCOMPARE(d.sections.at(0).title, u"紹介元情報"_s);
    QCOMPARE(d.sections.at(1).code, u"910"_s);
    QCOMPARE(d.sections.at(2).title, u"構造情報"_s);
    const DocumentSection *purpose = section(d.sections, u"950"_s);
    QVERIFY(purpose);
    QCOMPARE(purpose->title, u"紹介目的"_s);
    QCOMPARE(purpose->narrative, u"腹痛精査お願いします。"_s);
    QVERIFY(purpose->narrativeHtml.startsWith(u"<div"_s));
    const DocumentSection *diagnoses = section(d.sections, u"340"_s);
    QVERIFY(diagnoses);
    QCOMPARE(diagnoses->entries, (QStringList { u"上腹部痛"_s, u"腰痛"_s }));
    const DocumentSection *family = section(d.sections, u"550"_s); // no entries: kept
    QVERIFY(family);
    QCOMPARE(family->narrative, u"母　胃がん"_s);
    QCOMPARE(d.attachments.size(), 1);
    QCOMPARE(d.attachments.first().contentType, u"application/pdf"_s);
    QCOMPARE(d.attachments.first().url, u"file:///clinicalCourseExampleData.pdf"_s);
    QCOMPARE(d.attachments.first().title, u"臨床経過"_s);
    QCOMPARE(d.attachments.first().byteCount(), qint64(-1));
    QCOMPARE(d.patient, u"InlineExample-JP-Patient-standard"_s.isEmpty() ? QString() : d.patient);
    QVERIFY(!d.patient.isEmpty());
}

void TestFhirExamples::referralBundleValues()
{
    const fhir::ReadOutcome o = readExample(u"Bundle-Bundle-CLINS-Referral-Example-01.json"_s);
    const ResourceSet &r = o.resources;
    const QString patient = r.patients.first().id;
    for (const Condition &c : r.conditions)
        QCOMPARE(c.patient, patient);
    for (const Allergy &a : r.allergies)
        QCOMPARE(a.patient, patient);
    QCOMPARE(r.documents.first().patient, patient);
    QStringList facilities;
    for (const Facility &f : r.facilities)
        facilities.append(f.name);
    facilities.sort();
    QCOMPARE(facilities, (QStringList { u"東京第一テスト病院"_s, u"港診療所"_s }));
    const Facility &minato = r.facilities.at(r.facilities.first().name == u"港診療所"_s ? 0 : 1);
    QCOMPARE(minato.code10, u"1319876543"_s);
    QCOMPARE(minato.code7, u"9876543"_s);
    QCOMPARE(minato.prefecture, u"13"_s);
    QCOMPARE(minato.department, u"眼科"_s);
}

void TestFhirExamples::pcsDocument()
{
    const fhir::ReadOutcome o = readExample(u"Bundle-Bundle-CLINS-PCS-Example-01.json"_s);
    const ClinicalDocument &d = o.resources.documents.first();
    QCOMPARE(d.kind, ClinicalDocument::Kind::Other);
    QCOMPARE(d.type.codings.first().code, u"56447-6"_s);
    QVERIFY(!d.sections.isEmpty());
    bool primary = false;
    for (const Condition &c : o.resources.conditions)
        primary = primary || (c.primary && c.display == u"高血圧"_s);
    QVERIFY(primary);
}

void TestFhirExamples::standaloneDocumentReference()
{
    const ClinicalDocument d
        = readExample(u"DocumentReference-Example-JP-DocRef-eCS-clinical-ccourse-Referral01.json"_s)
              .resources.documents.value(0);
    QCOMPARE(d.title, u"臨床経過"_s);
    QCOMPARE(d.status, u"current"_s);
    QCOMPARE(d.attachments.size(), 1);
    QCOMPARE(d.attachments.first().contentType, u"application/pdf"_s);
}

void TestFhirExamples::conditions()
{
    const Condition c = readExample(u"Condition-Example-JP-Condition-eCS-02.json"_s)
                            .resources.conditions.value(0);
    QCOMPARE(c.display, u"胃癌"_s);
    QCOMPARE(c.code.findKind(CodeKind::Icd10)->code, u"C169"_s);
    QCOMPARE(c.code.findKind(CodeKind::DiseaseMaster)->code, u"20054178"_s);
    QCOMPARE(c.clinicalStatus, u"active"_s);
    QCOMPARE(c.verificationStatus, u"confirmed"_s);
    QVERIFY(!c.suspected);
    QCOMPARE(c.category, u"encounter-diagnosis"_s);
    QCOMPARE(c.onset.toIso(), u"2020-04-10"_s);
    QCOMPARE(c.recorded.toIso(), u"2020-04-18"_s);
    QCOMPARE(c.facility.code, u"1318814790"_s);
    QVERIFY(c.primary);
}

void TestFhirExamples::allergies()
{
    const Allergy a = readExample(u"AllergyIntolerance-Example-JP-AllergyIntolerance-eCS-02.json"_s)
                          .resources.allergies.value(0);
    QCOMPARE(a.display, u"キーウイ"_s);
    QCOMPARE(a.code.codings.first().code, u"J9FA32540000"_s);
    QCOMPARE(a.code.codings.first().version, u"20240709"_s);
    QCOMPARE(a.category, u"food"_s);
    QCOMPARE(a.clinicalStatus, u"active"_s);
    QCOMPARE(a.verificationStatus, u"confirmed"_s);
    QCOMPARE(a.onset.toIso(), u"2020-04-10"_s);
    QCOMPARE(a.recorded.toIso(), u"2024-07-10"_s);
    QCOMPARE(a.patient, u"Example-JP-Patient-eCS-MAKINO"_s);
}

void TestFhirExamples::encounters_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encounterClass");
    QTest::addColumn<QString>("classCode");
    QTest::newRow("AMB") << u"Encounter-Example-Contained-JP-Encounter-AMB.json"_s
                         << int(Encounter::Class::Outpatient) << u"AMB"_s;
    QTest::newRow("IMP") << u"Encounter-Example-Contained-JP-Encounter-IMP.json"_s
                         << int(Encounter::Class::Inpatient) << u"IMP"_s;
    QTest::newRow("eCS-AMB-01") << u"Encounter-Example-JP-Encounter-eCS-AMB-01.json"_s
                                << int(Encounter::Class::Outpatient) << u"AMB"_s;
}

void TestFhirExamples::encounters()
{
    QFETCH(QString, file);
    QFETCH(int, encounterClass);
    QFETCH(QString, classCode);
    const Encounter e = readExample(file).resources.encounters.value(0);
    QCOMPARE(int(e.encounterClass), encounterClass);
    QCOMPARE(e.classCode, classCode);
    QCOMPARE(e.status, u"finished"_s);
}

void TestFhirExamples::organization()
{
    const Facility f = readExample(u"Organization-Example-JP-Org-eCS-ReferralTo01.json"_s)
                           .resources.facilities.value(0);
    QVERIFY(!f.name.isEmpty());
    QCOMPARE(f.code10.size(), 10);
}

void TestFhirExamples::profileErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("HOT only") << u"MedicationRequest-ErrorExample-JP-MedReq-ExtEye-Total1.json"_s
                              << QStringList { u"YJ"_s, u"NOCODED"_s, u"HOT"_s };
    QTest::newRow("no local code")
        << u"Observation-ErrorExample-ObsLabo-eGFR.json"_s << QStringList { u"local code"_s };
}

void TestFhirExamples::profileErrors()
{
    QFETCH(QString, file);
    QFETCH(QStringList, mentions);
    const fhir::ReadOutcome o = readExample(file);
    QVERIFY(!o.complete());
    QCOMPARE(o.resources.count(), 1); // the values are still there; the caller decides
    const Error &first = o.problems.first();
    QCOMPARE(first.kind, Error::Kind::Profile);
    QCOMPARE(first.where, file);
    QVERIFY(first.path.startsWith(u"$."_s));
    for (const QString &word : mentions)
        QVERIFY2(first.message.contains(word), qPrintable(first.message));
    // Without profile checks the same file is complete.
    fhir::ReadOptions options;
    options.checkProfiles = false;
    QVERIFY(fhir::readJson(test::readData(u"jp-clins/"_s + file), file, options)->complete());
}

QTEST_GUILESS_MAIN(TestFhirExamples)
#include "tst_fhirexamples.moc"
