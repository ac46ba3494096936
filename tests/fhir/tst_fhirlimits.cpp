// Size and depth limits: a 50 MB Bundle is read in reasonable time; deep nesting is refused
// before parsing.
#include "fhir/reader.h"
#include "support/testenvironment.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

class TestFhirLimits : public QObject {
    Q_OBJECT

private slots:
    void bundleOf50Megabytes();
    void deepNestingRejectedFast();
    void deepNestingInsideStringsIsFine();
    void ndjsonLineLimit();
};

namespace {

// One lab Observation entry of about 1 KiB, with its index in the id and value.
QByteArray observationEntry(int i)
{
    const QByteArray n = QByteArray::number(i);
    return R"({"fullUrl": "urn:uuid:00000000-0000-0000-0000-)" + n.rightJustified(12, '0')
        + R"(", "resource": {"resourceType": "Observation", "id": "obs-)" + n
        + R"(", "meta": {"profile": ["http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Observation_LabResult_eCS"]},
"status": "final", "category": [{"coding": [{"system": "http://jpfhir.jp/fhir/core/CodeSystem/JP_SimpleObservationCategory_CS", "code": "laboratory"}]}],
"code": {"coding": [{"system": "http://jpfhir.jp/fhir/clins/CodeSystem/JP_CLINS_ObsLabResult_LocalCode_CS", "code": "0000181802", "display": "カリウム"},
{"system": "http://medis.or.jp/CodeSystem/master-JLAC10-17digits", "code": "3H015000002326101", "display": "K"}], "text": "カリウム"},
"subject": {"reference": "urn:uuid:00000000-0000-0000-0000-000000000000"},
"effectiveDateTime": "2021-07-05T11:19:41+09:00", "issued": "2021-07-05T15:38:59.000+09:00",
"valueQuantity": {"value": )"
        + QByteArray::number(3 + (i % 20) / 10.0) + R"(, "unit": "mEq/L"},
"referenceRange": [{"low": {"value": 3.6, "unit": "mEq/L"}, "high": {"value": 4.8, "unit": "mEq/L"}}],
"note": [{"text": "generated test entry, padding padding padding padding padding padding"}]}})";
}

} // namespace

void TestFhirLimits::bundleOf50Megabytes()
{
    QByteArray bundle = R"({"resourceType": "Bundle", "type": "collection", "entry": [
{"fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000000", "resource": {"resourceType": "Patient", "id": "p0"}})";
    // 50 MB in the plain build; 10 MB under the sanitizers (same code paths, 5x less data).
    const qsizetype target = qsizetype(renkei::test::scaledForSanitizers(50)) * 1024 * 1024;
    bundle.reserve(target + 2 * 1024 * 1024);
    int count = 0;
    while (bundle.size() < target) {
        bundle += ",\n" + observationEntry(++count);
    }
    bundle += "]}";
    QElapsedTimer timer;
    timer.start();
    const auto result = fhir::readJson(bundle, u"generated"_s);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().describe()));
    QVERIFY(result->complete());
    QCOMPARE(result->resources.labs.size(), count);
    QCOMPARE(result->resources.labs.last().id, u"obs-"_s + QString::number(count));
    QCOMPARE(result->resources.labs.first().patient, u"p0"_s);
    qInfo("%d entries, %lld bytes read in %lld ms", count, qint64(bundle.size()), elapsed);
    // Generous: a debug build with sanitizers on a slow machine; release takes a few seconds.
    QVERIFY2(elapsed < 120'000, qPrintable(QString::number(elapsed)));
}

void TestFhirLimits::deepNestingRejectedFast()
{
    const int depth = 10'000;
    const QByteArray deep = QByteArray(R"({"resourceType": "Patient", "x": )")
        + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
    QElapsedTimer timer;
    timer.start();
    const auto result = fhir::readJson(deep, u"deep"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::TooDeep);
    QVERIFY(timer.elapsed() < 1000);
    // Unbalanced too: refused on depth before the parser sees it.
    QCOMPARE(
        fhir::readJson(QByteArray(1'000'000, '{'), u"deep"_s).error().kind, Error::Kind::TooDeep);
}

void TestFhirLimits::deepNestingInsideStringsIsFine()
{
    const QByteArray json = R"({"resourceType": "Patient", "id": "p", "name": [{"text": ")"
        + QByteArray(5000, '[') + R"("}]})";
    const auto result = fhir::readJson(json, u"strings"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->resources.patients.size(), 1);
}

void TestFhirLimits::ndjsonLineLimit()
{
    fhir::ReadOptions options;
    options.maxEntries = 3;
    QByteArray ndjson;
    for (int i = 0; i < 5; ++i)
        ndjson += R"({"resourceType": "Patient", "id": "p)" + QByteArray::number(i) + "\"}\n";
    QCOMPARE(fhir::readNdjson(ndjson, u"n"_s, options).error().kind, Error::Kind::TooLarge);
    options.maxEntries = 5;
    QCOMPARE(fhir::readNdjson(ndjson, u"n"_s, options)->resources.patients.size(), 5);
}

QTEST_GUILESS_MAIN(TestFhirLimits)
#include "tst_fhirlimits.moc"
