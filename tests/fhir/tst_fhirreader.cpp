// Hand-written edge cases for fhir::readJson / readNdjson / readResource / readFile.
#include "fhir/reader.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::model;

class TestFhirReader : public QObject {
    Q_OBJECT

private slots:
    void containedReportObservations();
    void jlac10FormsCompareEqual();
    void bundleUrnUuidReferences();
    void bundleReportResultsNotDuplicated();
    void bundleTypes_data();
    void bundleTypes();
    void searchsetOperationOutcomeIsWarning();
    void interpretationFlags_data();
    void interpretationFlags();
    void observationValueKinds_data();
    void observationValueKinds();
    void notJson();
    void notFhir_data();
    void notFhir();
    void unknownTypeSkipped();
    void wrongShapes_data();
    void wrongShapes();
    void missingRequired_data();
    void missingRequired();
    void bundleEntryProblemKeepsOthers();
    void ndjsonBadLine();
    void internationalResourceKept();
    void attachmentBase64();
    void attachmentInvalidBase64();
    void medicationReferenceAndDispense();
    void patientKeyForms();
    void readFileDetectsNdjson();
    void maxBytesAndEntries();
    void encounterClasses_data();
    void encounterClasses();
    void conditionSuspected();
    void patientNameForms();
};

namespace {

// Inline JSON is written as R"(...)" (moc does not read u-prefixed raw strings).
QString j(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

fhir::ReadOutcome read(const QString &json)
{
    const auto result = fhir::readJson(json.toUtf8(), u"test"_s);
    if (!result) {
        qWarning() << result.error().describe();
        return {};
    }
    return *result;
}

Error readError(const QString &json)
{
    const auto result = fhir::readJson(json.toUtf8(), u"test"_s);
    return result ? Error {} : result.error();
}

const QString kReport = j(R"({
  "resourceType": "DiagnosticReport", "id": "r1", "status": "final",
  "code": {"text": "生化学"},
  "subject": {"reference": "Patient/p1"},
  "contained": [
    {"resourceType": "Observation", "id": "o1", "status": "final",
     "code": {"coding": [{"system": "urn:oid:1.2.392.200119.4.504",
                          "code": "3H015000002326101", "display": "K"}]},
     "subject": {"reference": "Patient/p1"},
     "valueQuantity": {"value": 5.9, "unit": "mmol/L", "system": "http://unitsofmeasure.org",
                       "code": "mmol/L"},
     "referenceRange": [{"low": {"value": 3.6, "unit": "mmol/L"},
                         "high": {"value": 4.8, "unit": "mmol/L"}, "text": "3.6-4.8"}],
     "interpretation": [{"coding": [{"system":
        "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": "H"}]}]},
    {"resourceType": "Observation", "id": "o2", "status": "final",
     "code": {"coding": [{"system": "http://medis.or.jp/CodeSystem/master-JLAC10-17digits",
                          "code": "3H010000002326101", "display": "Na"}]},
     "valueQuantity": {"value": 140, "comparator": "<", "unit": "mmol/L"},
     "interpretation": [{"coding": [{"system": "http://example.jp/flags", "code": "LL"}]}]}
  ],
  "result": [{"reference": "#o1"}, {"reference": "#o2"}]
})");

} // namespace

void TestFhirReader::containedReportObservations()
{
    const fhir::ReadOutcome o = read(kReport);
    QVERIFY(o.complete());
    QCOMPARE(o.resources.labs.size(), 2);
    const LabResult &k = o.resources.labs.at(0);
    QCOMPARE(k.panel, u"生化学"_s);
    QCOMPARE(k.panelId, u"r1"_s);
    QCOMPARE(k.numericValue, std::optional<double>(5.9));
    QCOMPARE(k.unitCode, u"mmol/L"_s);
    QCOMPARE(k.unitSystem, u"http://unitsofmeasure.org"_s);
    QCOMPARE(k.range.low, std::optional<double>(3.6));
    QCOMPARE(k.range.high, std::optional<double>(4.8));
    QCOMPARE(k.range.unit, u"mmol/L"_s);
    QCOMPARE(k.range.text, u"3.6-4.8"_s);
    QCOMPARE(k.flag, LabFlag::High);
    QCOMPARE(k.flagCode, u"H"_s);
    QCOMPARE(k.patient, u"p1"_s);
    QCOMPARE(k.provenance.sourceId, u"DiagnosticReport/r1#o1"_s);
    const LabResult &na = o.resources.labs.at(1);
    QCOMPARE(na.comparator, u"<"_s);
    QCOMPARE(na.valueText(), u"< 140"_s);
    QCOMPARE(na.flag, LabFlag::CriticalLow); // a JP system's "LL" is read too
    QVERIFY(na.range.isEmpty()); // no range given: nothing derived
}

void TestFhirReader::jlac10FormsCompareEqual()
{
    const fhir::ReadOutcome o = read(kReport);
    const LabResult &oid = o.resources.labs.at(0);
    const LabResult &http = o.resources.labs.at(1);
    QCOMPARE(oid.code.codings.first().system, http.code.codings.first().system);
    QCOMPARE(oid.jlac10(), u"3H015000002326101"_s);
    QVERIFY(oid.code.find(u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s));
}

void TestFhirReader::bundleUrnUuidReferences()
{
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Bundle", "type": "collection",
      "entry": [
        {"fullUrl": "urn:uuid:11111111-1111-1111-1111-111111111111",
         "resource": {"resourceType": "Patient", "id": "pat-9",
           "name": [{"family": "東京", "given": ["太郎"]}]}},
        {"fullUrl": "urn:uuid:22222222-2222-2222-2222-222222222222",
         "resource": {"resourceType": "Practitioner",
           "name": [{"extension": [{"url":
             "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
             "valueCode": "SYL"}], "text": "イシ ハナコ"},
             {"extension": [{"url":
             "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
             "valueCode": "IDE"}], "text": "医師 花子"}]}},
        {"fullUrl": "http://example.jp/fhir/Organization/org1",
         "resource": {"resourceType": "Organization", "id": "org1", "name": "テスト病院",
           "identifier": [{"system":
             "http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no",
             "value": "1311234567"}]}},
        {"fullUrl": "http://example.jp/fhir/PractitionerRole/role1",
         "resource": {"resourceType": "PractitionerRole", "id": "role1",
           "practitioner": {"reference": "urn:uuid:22222222-2222-2222-2222-222222222222"},
           "organization": {"reference": "Organization/org1"}}},
        {"fullUrl": "urn:uuid:33333333-3333-3333-3333-333333333333",
         "resource": {"resourceType": "MedicationRequest", "status": "active",
           "intent": "order",
           "medicationCodeableConcept": {"coding": [{"system": "urn:oid:1.2.392.100495.20.2.73",
             "code": "1124030F2020", "display": "クアゼパム錠"}]},
           "subject": {"reference": "urn:uuid:11111111-1111-1111-1111-111111111111"},
           "authoredOn": "2024-05-01",
           "requester": {"reference": "PractitionerRole/role1"},
           "dosageInstruction": [{"timing": {"code": {"coding": [{
             "system": "urn:oid:1.2.392.200250.2.2.20", "code": "1011100000000000"}]},
             "repeat": {"boundsDuration": {"value": 14, "code": "d"}}},
             "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "錠"}}]}]}}
      ]})"));
    QVERIFY(o.complete());
    QCOMPARE(o.resources.patients.first().otherName, u"東京 太郎"_s);
    QCOMPARE(o.resources.facilities.size(), 1);
    const Medication &m = o.resources.medications.first();
    QCOMPARE(m.patient, u"pat-9"_s); // the resolved Patient's id, not the urn:uuid
    QCOMPARE(m.prescriber, u"医師 花子"_s); // kanji (IDE) first
    QCOMPARE(m.facility.code, u"1311234567"_s); // the requester's organization
    QCOMPARE(m.facility.name, u"テスト病院"_s);
    QCOMPARE(m.provenance.facilityName, u"テスト病院"_s);
    QCOMPARE(m.provenance.sourceId, u"urn:uuid:33333333-3333-3333-3333-333333333333"_s);
    QCOMPARE(m.usageCodeSystem, u"http://jami.jp/CodeSystem/MedicationUsage"_s);
    QCOMPARE(m.usageText, QString()); // no text anywhere: not invented
    QCOMPARE(m.start.toIso(), u"2024-05-01"_s); // authoredOn date
    QCOMPARE(m.end.toIso(), u"2024-05-14"_s);
    QCOMPARE(m.primaryCode()->system, u"http://capstandard.jp/iyaku.info/CodeSystem/YJ-code"_s);
}

void TestFhirReader::bundleReportResultsNotDuplicated()
{
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Bundle", "type": "searchset",
      "entry": [
        {"fullUrl": "http://x/fhir/DiagnosticReport/r1", "resource": {
          "resourceType": "DiagnosticReport", "id": "r1", "status": "final",
          "code": {"text": "血算"}, "result": [{"reference": "Observation/o1"}],
          "contained": [{"resourceType": "Observation", "id": "o1", "status": "final",
                         "code": {"text": "WBC"}}]}},
        {"fullUrl": "http://x/fhir/Observation/o1", "resource": {
          "resourceType": "Observation", "id": "o1", "status": "final",
          "code": {"text": "WBC"}, "valueQuantity": {"value": 6.1}}}
      ]})"));
    QVERIFY(o.complete());
    QCOMPARE(o.resources.labs.size(), 1);
    QCOMPARE(o.resources.labs.first().panel, u"血算"_s);
    QCOMPARE(o.resources.labs.first().panelId, u"r1"_s);
    QCOMPARE(o.resources.labs.first().numericValue, std::optional<double>(6.1));
}

void TestFhirReader::bundleTypes_data()
{
    QTest::addColumn<QString>("type");
    for (const char *t : { "searchset", "collection", "document", "transaction",
             "transaction-response", "batch", "history" })
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestFhirReader::bundleTypes()
{
    QFETCH(QString, type);
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Bundle", "type": "%1", "entry": [
        {"request": {"method": "DELETE", "url": "Patient/gone"}},
        {"resource": {"resourceType": "Patient", "id": "a"}},
        {"response": {"status": "201"}, "resource": {"resourceType": "Condition", "id": "c",
          "subject": {"reference": "Patient/a"}, "code": {"text": "高血圧症"}}}
      ]})")
                                         .arg(type));
    QVERIFY(o.complete());
    QCOMPARE(o.resources.patients.size(), 1);
    QCOMPARE(o.resources.conditions.size(), 1);
    QCOMPARE(o.resources.conditions.first().patient, u"a"_s);
}

void TestFhirReader::searchsetOperationOutcomeIsWarning()
{
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Bundle", "type": "searchset",
      "entry": [{"resource": {"resourceType": "OperationOutcome", "issue": [
        {"severity": "warning", "code": "too-costly", "diagnostics": "truncated"}]},
        "search": {"mode": "outcome"}}]})"));
    QVERIFY(o.complete());
    QVERIFY(o.resources.isEmpty());
    QVERIFY(o.skippedTypes.isEmpty());
    QCOMPARE(o.warnings.size(), 1);
    QVERIFY(o.warnings.first().contains(u"too-costly"_s));
}

void TestFhirReader::interpretationFlags_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<LabFlag>("flag");
    QTest::newRow("H") << u"H"_s << LabFlag::High;
    QTest::newRow("HU") << u"HU"_s << LabFlag::High;
    QTest::newRow(">") << u">"_s << LabFlag::High;
    QTest::newRow("HH") << u"HH"_s << LabFlag::CriticalHigh;
    QTest::newRow("L") << u"L"_s << LabFlag::Low;
    QTest::newRow("LU") << u"LU"_s << LabFlag::Low;
    QTest::newRow("<") << u"<"_s << LabFlag::Low;
    QTest::newRow("LL") << u"LL"_s << LabFlag::CriticalLow;
    QTest::newRow("N") << u"N"_s << LabFlag::Normal;
    QTest::newRow("A") << u"A"_s << LabFlag::Abnormal;
    QTest::newRow("lower h") << u"h"_s << LabFlag::High;
    QTest::newRow("other") << u"IND"_s << LabFlag::Other;
}

void TestFhirReader::interpretationFlags()
{
    QFETCH(QString, code);
    QFETCH(LabFlag, flag);
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Observation", "status": "final",
      "code": {"text": "x"}, "valueQuantity": {"value": 1},
      "interpretation": [{"coding": [{"code": "%1"}]}]})")
                                         .arg(code));
    QCOMPARE(o.resources.labs.first().flag, flag);
    QCOMPARE(o.resources.labs.first().flagCode, code);
}

void TestFhirReader::observationValueKinds_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::newRow("string") << j(R"("valueString": "陰性")") << u"陰性"_s << u"laboratory"_s;
    QTest::newRow("concept") << j(R"j("valueCodeableConcept": {"coding": [{"display": "(+)"}]})j")
                             << u"(+)"_s << u"laboratory"_s;
    QTest::newRow("boolean") << j(R"("valueBoolean": false)") << u"false"_s << u"exam"_s;
    QTest::newRow("integer") << j(R"("valueInteger": 3)") << u"3"_s << u"vital-signs"_s;
    QTest::newRow("ratio") << j(R"("valueRatio": {"numerator": {"value": 1},
                                  "denominator": {"value": 160}})")
                           << u"1 / 160"_s << u"laboratory"_s;
}

void TestFhirReader::observationValueKinds()
{
    QFETCH(QString, value);
    QFETCH(QString, text);
    QFETCH(QString, category);
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Observation", "status": "final",
      "category": [{"coding": [{"system":
        "http://terminology.hl7.org/CodeSystem/observation-category", "code": "%1"}]}],
      "code": {"text": "x"}, %2})")
                                         .arg(category, value));
    QVERIFY(o.complete());
    QCOMPARE(o.resources.labs.first().textValue, text);
    QCOMPARE(o.resources.labs.first().valueText(), text);
    QCOMPARE(o.resources.labs.first().category, category);
}

void TestFhirReader::notJson()
{
    const Error e = readError(u"{\"resourceType\": \"Patient\", "_s);
    QCOMPARE(e.kind, Error::Kind::NotJson);
    QVERIFY2(e.message.contains(u"byte offset 28"_s), qPrintable(e.message));
    QCOMPARE(e.where, u"test"_s);
    QCOMPARE(readError(QString()).kind, Error::Kind::NotJson);
    QCOMPARE(readError(u"\xFF\xFE garbage"_s).kind, Error::Kind::NotJson);
}

void TestFhirReader::notFhir_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("no resourceType") << j(R"({"name": "x"})");
    QTest::newRow("empty resourceType") << j(R"({"resourceType": ""})");
    QTest::newRow("numeric resourceType") << j(R"({"resourceType": 4})");
    QTest::newRow("array") << u"[1, 2]"_s;
}

void TestFhirReader::notFhir()
{
    QFETCH(QString, json);
    QCOMPARE(readError(json).kind, Error::Kind::NotFhir);
}

void TestFhirReader::unknownTypeSkipped()
{
    const fhir::ReadOutcome single = read(j(R"({"resourceType": "ImagingStudy", "id": "i"})"));
    QVERIFY(single.complete());
    QCOMPARE(single.skippedTypes, QStringList { u"ImagingStudy"_s });
    const fhir::ReadOutcome bundle = read(j(R"({"resourceType": "Bundle", "type": "collection",
      "entry": [{"resource": {"resourceType": "Goal"}}, {"resource": {"resourceType": "Goal"}},
                {"resource": {"resourceType": "Patient", "id": "p"}}]})"));
    QCOMPARE(bundle.skippedTypes, QStringList { u"Goal"_s });
    QCOMPARE(bundle.resources.patients.size(), 1);
}

void TestFhirReader::wrongShapes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("code is a string")
        << j(R"({"resourceType": "Observation", "status": "final", "code": "K"})") << u"$.code"_s;
    QTest::newRow("name not an array")
        << j(R"({"resourceType": "Patient", "name": {"text": "x"}})") << u"$.name"_s;
    QTest::newRow("value is a string")
        << j(R"({"resourceType": "Observation", "status": "final", "code": {"text": "K"},
                "valueQuantity": {"value": "3.5"}})")
        << u"$.valueQuantity.value"_s;
    QTest::newRow("coding item") << j(
        R"({"resourceType": "Condition", "subject": {"reference": "Patient/1"},
                "code": {"coding": [{"code": "a"}, 7]}})")
                                 << u"$.code.coding[1]"_s;
    QTest::newRow("bad date") << j(R"({"resourceType": "Patient", "birthDate": "1930-02-30"})")
                              << u"$.birthDate"_s;
}

void TestFhirReader::wrongShapes()
{
    QFETCH(QString, json);
    QFETCH(QString, path);
    const Error e = readError(json);
    QCOMPARE(e.kind, Error::Kind::Invalid);
    QCOMPARE(e.path, path);
    QVERIFY(!e.message.isEmpty());
}

void TestFhirReader::missingRequired_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("observation code")
        << j(R"({"resourceType": "Observation", "status": "final"})") << u"$.code"_s;
    QTest::newRow("observation status")
        << j(R"({"resourceType": "Observation", "code": {"text": "K"}})") << u"$.status"_s;
    QTest::newRow("medication[x]")
        << j(R"({"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                "subject": {"reference": "Patient/1"}})")
        << u"$.medication[x]"_s;
    QTest::newRow("request subject")
        << j(R"({"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                "medicationCodeableConcept": {"text": "x"}})")
        << u"$.subject"_s;
    QTest::newRow("allergy patient")
        << j(R"({"resourceType": "AllergyIntolerance", "code": {"text": "x"}})") << u"$.patient"_s;
    QTest::newRow("encounter class")
        << j(R"({"resourceType": "Encounter", "status": "finished"})") << u"$.class"_s;
}

void TestFhirReader::missingRequired()
{
    QFETCH(QString, json);
    QFETCH(QString, path);
    const Error e = readError(json);
    QCOMPARE(e.kind, Error::Kind::Invalid);
    QCOMPARE(e.path, path);
    QVERIFY(e.message.contains(u"missing"_s));
}

void TestFhirReader::bundleEntryProblemKeepsOthers()
{
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Bundle", "type": "searchset",
      "entry": [
        {"resource": {"resourceType": "Patient", "id": "a"}},
        {"resource": {"resourceType": "Patient", "id": "b"}},
        {"resource": {"resourceType": "Patient", "id": "c"}},
        {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "K"},
                      "valueQuantity": {"value": "3.5"}}},
        {"resource": {"resourceType": "Patient", "id": "d"}},
        {"resource": {"status": "final"}}
      ]})"));
    QCOMPARE(o.resources.patients.size(), 4);
    QCOMPARE(o.resources.labs.size(), 0); // the broken entry gives no value
    QCOMPARE(o.problems.size(), 2);
    QCOMPARE(o.problems.at(0).path, u"$.entry[3].resource.valueQuantity.value"_s);
    QCOMPARE(o.problems.at(0).kind, Error::Kind::Invalid);
    QCOMPARE(o.problems.at(1).path, u"$.entry[5].resource.resourceType"_s);
    QVERIFY(!o.complete());
    const fhir::ReadOutcome notArray
        = read(j(R"({"resourceType": "Bundle", "type": "searchset", "entry": {}})"));
    QCOMPARE(notArray.problems.size(), 1);
    QCOMPARE(notArray.problems.first().path, u"$.entry"_s);
}

void TestFhirReader::ndjsonBadLine()
{
    const QByteArray ndjson = R"({"resourceType": "Patient", "id": "a"}

{"resourceType": "Patient", "id": "b"
{"resourceType": "Condition", "subject": {"reference": "Patient/a"}, "code": {"text": "x"}}
{"resourceType": "Observation", "status": "final"}
)";
    const auto result = fhir::readNdjson(ndjson, u"bulk.ndjson"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->resources.patients.size(), 1);
    QCOMPARE(result->resources.conditions.size(), 1);
    QCOMPARE(result->problems.size(), 2);
    QCOMPARE(result->problems.at(0).kind, Error::Kind::NotJson);
    QVERIFY(result->problems.at(0).message.contains(u"line 3"_s));
    QCOMPARE(result->problems.at(1).kind, Error::Kind::Invalid);
    QVERIFY(result->problems.at(1).path.startsWith(u"line 5"_s));
}

void TestFhirReader::internationalResourceKept()
{
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Bundle", "type": "searchset",
      "entry": [
        {"resource": {"resourceType": "Patient", "id": "us1",
          "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]},
          "name": [{"family": "Smith", "given": ["John", "Q"]}], "gender": "male",
          "birthDate": "1970", "deceasedDateTime": "2020-01-01"}},
        {"resource": {"resourceType": "Observation", "id": "ob1", "status": "final",
          "category": [{"coding": [{"system":
            "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "vital-signs"}]}],
          "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4",
                               "display": "Heart rate"}]},
          "subject": {"reference": "Patient/us1"},
          "effectivePeriod": {"start": "2020-01-01T10:00:00Z"},
          "valueQuantity": {"value": 72, "unit": "beats/minute",
                            "system": "http://unitsofmeasure.org", "code": "/min"}}},
        {"resource": {"resourceType": "MedicationStatement", "id": "ms1", "status": "active",
          "medicationCodeableConcept": {"coding": [
            {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "197361",
             "display": "amlodipine 5 MG Oral Tablet"},
            {"system": "http://example.org/pharmacy/local", "code": "AML5"}]},
          "subject": {"reference": "Patient/us1"},
          "effectivePeriod": {"start": "2019-06-01", "end": "2019-12-31"}}}
      ]})"));
    QVERIFY(o.complete());
    const Patient &p = o.resources.patients.first();
    QCOMPARE(p.otherName, u"Smith John Q"_s);
    QCOMPARE(p.displayName(), u"Smith John Q"_s);
    QCOMPARE(p.sex, Sex::Male);
    QCOMPARE(p.birthDate, QDate(1970, 1, 1));
    QVERIFY(p.deceased);
    const LabResult &hr = o.resources.labs.first();
    QCOMPARE(hr.code.codings.first().system, u"http://loinc.org"_s);
    QCOMPARE(hr.category, u"vital-signs"_s);
    QCOMPARE(hr.effective.toIso(), u"2020-01-01T10:00:00+00:00"_s);
    QCOMPARE(hr.patient, u"us1"_s);
    const Medication &m = o.resources.medications.first();
    QCOMPARE(m.kind, Medication::Kind::Statement);
    QCOMPARE(m.name, u"amlodipine 5 MG Oral Tablet"_s);
    QCOMPARE(m.medication.codings.size(), 2); // unknown systems kept verbatim
    QCOMPARE(m.medication.codings.at(1).system, u"http://example.org/pharmacy/local"_s);
    QCOMPARE(m.start.toIso(), u"2019-06-01"_s);
    QCOMPARE(m.end.toIso(), u"2019-12-31"_s);
}

void TestFhirReader::attachmentBase64()
{
    const QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n";
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "DocumentReference", "id": "d1",
      "status": "current", "subject": {"reference": "Patient/p"},
      "type": {"coding": [{"system": "http://loinc.org", "code": "18842-5"}]},
      "content": [{"attachment": {"contentType": "application/pdf", "title": "退院時サマリー",
                   "data": "%1"}},
                  {"attachment": {"contentType": "text/plain", "url": "Binary/b1",
                   "size": 1234}}]})")
                                         .arg(QString::fromLatin1(pdf.toBase64())));
    QVERIFY(o.complete());
    const ClinicalDocument &d = o.resources.documents.first();
    QCOMPARE(d.kind, ClinicalDocument::Kind::DischargeSummary);
    QCOMPARE(d.attachments.size(), 2);
    QCOMPARE(d.attachments.at(0).data, pdf);
    QCOMPARE(d.attachments.at(0).byteCount(), qint64(pdf.size()));
    QCOMPARE(d.attachments.at(0).title, u"退院時サマリー"_s);
    QCOMPARE(d.attachments.at(1).url, u"Binary/b1"_s);
    QCOMPARE(d.attachments.at(1).byteCount(), qint64(1234));
}

void TestFhirReader::attachmentInvalidBase64()
{
    const Error e = readError(j(R"({"resourceType": "DocumentReference", "status": "current",
      "content": [{"attachment": {"contentType": "application/pdf", "data": "@@not base64@@"}}]})"));
    QCOMPARE(e.kind, Error::Kind::Invalid);
    QCOMPARE(e.path, u"$.content[0].attachment.data"_s);
}

void TestFhirReader::medicationReferenceAndDispense()
{
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "MedicationDispense", "id": "md1",
      "status": "completed",
      "contained": [{"resourceType": "Medication", "id": "m",
        "code": {"coding": [{"system": "http://medis.or.jp/CodeSystem/master-HOT9",
                             "code": "108665201", "display": "ダーゼン錠"}]}},
                    {"resourceType": "Organization", "id": "ph", "name": "みなと薬局",
                     "identifier": [{"system":
                       "http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no",
                       "value": "1341234567"}]}],
      "medicationReference": {"reference": "#m"},
      "subject": {"identifier": {"system": "urn:oid:1.2.392.100495.20.3.51.11311234567",
                                 "value": "12345"}},
      "performer": [{"actor": {"reference": "#ph"}}],
      "quantity": {"value": 15, "unit": "錠"}, "daysSupply": {"value": 5, "unit": "日"},
      "whenHandedOver": "2024-05-02T10:00:00+09:00",
      "dosageInstruction": [{"text": "1日3回毎食後",
        "doseAndRate": [{"rateRatio": {"numerator": {"value": 3, "unit": "錠"},
                                       "denominator": {"value": 1, "unit": "日", "code": "d"}}}]}]
    })"));
    QVERIFY(o.complete());
    const Medication &m = o.resources.medications.first();
    QCOMPARE(m.kind, Medication::Kind::Dispense);
    QCOMPARE(m.name, u"ダーゼン錠"_s);
    QCOMPARE(m.days, std::optional<int>(5));
    QCOMPARE(m.total, std::optional<double>(15));
    QCOMPARE(m.dailyDose, std::optional<double>(3));
    QCOMPARE(m.doseUnit, u"錠"_s);
    QCOMPARE(m.usageText, u"1日3回毎食後"_s);
    QCOMPARE(m.handedOver.toIso(), u"2024-05-02T10:00:00+09:00"_s);
    QCOMPARE(m.start, m.handedOver);
    QCOMPARE(m.end.toIso(), u"2024-05-06"_s);
    QCOMPARE(m.facility.name, u"みなと薬局"_s);
    QCOMPARE(m.facility.code, u"1341234567"_s);
    QCOMPARE(m.patient, u"urn:oid:1.2.392.100495.20.3.51.11311234567|12345"_s);
}

void TestFhirReader::patientKeyForms()
{
    auto key = [](const QString &subject) {
        return read(j(R"({"resourceType": "Condition", "code": {"text": "x"}, "subject": %1})")
                        .arg(subject))
            .resources.conditions.value(0)
            .patient;
    };
    QCOMPARE(key(j(R"({"reference": "Patient/123"})")), u"123"_s);
    QCOMPARE(
        key(j(R"({"reference": "https://fhir.example.jp/r4/Patient/123/_history/2"})")), u"123"_s);
    QCOMPARE(key(j(R"({"reference": "urn:uuid:abc"})")), u"urn:uuid:abc"_s);
    QCOMPARE(
        key(j(R"({"identifier": {"system": "urn:oid:9.9", "value": "7"}})")), u"urn:oid:9.9|7"_s);
    QCOMPARE(key(j(R"({"display": "only a name"})")), QString());
}

void TestFhirReader::readFileDetectsNdjson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ndjsonPath = dir.filePath(u"a.ndjson"_s);
    QFile nd(ndjsonPath);
    QVERIFY(nd.open(QIODevice::WriteOnly));
    nd.write("{\"resourceType\": \"Patient\", \"id\": \"a\"}\n"
             "{\"resourceType\": \"Patient\", \"id\": \"b\"}\n");
    nd.close();
    const auto ndResult = fhir::readFile(ndjsonPath);
    QVERIFY(ndResult.ok());
    QCOMPARE(ndResult->resources.patients.size(), 2);

    const QString jsonPath = dir.filePath(u"a.json"_s);
    QFile js(jsonPath);
    QVERIFY(js.open(QIODevice::WriteOnly));
    js.write("{\n  \"resourceType\": \"Patient\",\n  \"id\": \"c\"\n}\n");
    js.close();
    const auto jsResult = fhir::readFile(jsonPath);
    QVERIFY(jsResult.ok());
    QCOMPARE(jsResult->resources.patients.first().id, u"c"_s);

    const auto missing = fhir::readFile(dir.filePath(u"missing.json"_s));
    QCOMPARE(missing.error().kind, Error::Kind::Io);
    fhir::ReadOptions small;
    small.maxBytes = 10;
    QCOMPARE(fhir::readFile(jsonPath, small).error().kind, Error::Kind::TooLarge);
}

void TestFhirReader::maxBytesAndEntries()
{
    fhir::ReadOptions options;
    options.maxBytes = 20;
    const auto big = fhir::readJson(R"({"resourceType": "Patient", "id": "abc"})", u"x"_s, options);
    QCOMPARE(big.error().kind, Error::Kind::TooLarge);
    options = {};
    options.maxEntries = 2;
    const auto many = fhir::readJson(R"({"resourceType": "Bundle", "type": "collection",
        "entry": [{}, {}, {}]})",
        u"x"_s, options);
    QCOMPARE(many.error().kind, Error::Kind::TooLarge);
    options.maxDepth = 3;
    const auto deep = fhir::readJson(R"({"a": {"b": {"c": {"d": 1}}}})", u"x"_s, options);
    QCOMPARE(deep.error().kind, Error::Kind::TooDeep);
    // Brackets inside strings do not count.
    const auto strings
        = fhir::readJson(R"({"resourceType": "Patient", "id": "[[[[{{{{\"[["})", u"x"_s, options);
    QVERIFY(strings.ok());
}

void TestFhirReader::encounterClasses_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("encounterClass");
    QTest::newRow("AMB") << u"AMB"_s << int(Encounter::Class::Outpatient);
    QTest::newRow("IMP") << u"IMP"_s << int(Encounter::Class::Inpatient);
    QTest::newRow("ACUTE") << u"ACUTE"_s << int(Encounter::Class::Inpatient);
    QTest::newRow("NONAC") << u"NONAC"_s << int(Encounter::Class::Inpatient);
    QTest::newRow("EMER") << u"EMER"_s << int(Encounter::Class::Emergency);
    QTest::newRow("HH") << u"HH"_s << int(Encounter::Class::HomeHealth);
    QTest::newRow("VR") << u"VR"_s << int(Encounter::Class::Virtual);
    QTest::newRow("FLD") << u"FLD"_s << int(Encounter::Class::Other);
}

void TestFhirReader::encounterClasses()
{
    QFETCH(QString, code);
    QFETCH(int, encounterClass);
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Encounter", "id": "e",
      "status": "finished", "class": {"code": "%1"},
      "period": {"start": "2024-04-01", "end": "2024-04-10"},
      "reasonCode": [{"text": "肺炎"}],
      "extension": [{"url": "http://jpfhir.jp/fhir/eCS/Extension/StructureDefinition/JP_eCS_Department",
                     "valueCodeableConcept": {"text": "呼吸器内科"}}]})")
                                         .arg(code));
    const Encounter &e = o.resources.encounters.first();
    QCOMPARE(int(e.encounterClass), encounterClass);
    QCOMPARE(e.classCode, code);
    QCOMPARE(e.period.end.toIso(), u"2024-04-10"_s);
    QCOMPARE(e.reason, u"肺炎"_s);
    QCOMPARE(e.department, u"呼吸器内科"_s);
}

void TestFhirReader::conditionSuspected()
{
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Condition",
      "subject": {"reference": "Patient/1"}, "code": {"text": "肺癌"},
      "verificationStatus": {"coding": [{"code": "provisional"}]},
      "onsetPeriod": {"start": "2023-04"}, "abatementDateTime": "2024"})"));
    const Condition &c = o.resources.conditions.first();
    QVERIFY(c.suspected);
    QCOMPARE(c.onset.toIso(), u"2023-04"_s);
    QCOMPARE(c.abatement.toIso(), u"2024"_s);
}

void TestFhirReader::patientNameForms()
{
    const fhir::ReadOutcome o = read(j(R"({"resourceType": "Patient", "id": "n",
      "name": [{"use": "official", "family": "YAMADA", "given": ["Hanako"]},
               {"extension": [{"url":
                 "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
                 "valueCode": "SYL"}], "family": "ヤマダ", "given": ["ハナコ"]},
               {"extension": [{"url":
                 "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
                 "valueCode": "IDE"}], "text": "山田　花子"}]})"));
    const Patient &p = o.resources.patients.first();
    QCOMPARE(p.kanjiName, u"山田　花子"_s); // the text as written (full-width space)
    QCOMPARE(p.kanaName, u"ヤマダ ハナコ"_s);
    QCOMPARE(p.otherName, u"YAMADA Hanako"_s);
}

QTEST_GUILESS_MAIN(TestFhirReader)
#include "tst_fhirreader.moc"
