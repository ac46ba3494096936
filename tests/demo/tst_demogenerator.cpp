#include "demo/dataset.h"
#include "fhir/reader.h"
#include "support/testenvironment.h"
#include "tst_demogenerator_checks.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei::demo;

namespace {

const QDate kToday(2025, 6, 30);

QByteArray fingerprint(const Dataset &dataset)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const StoredResource &r : dataset.resources)
        hash.addData(QJsonDocument(r.json).toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

Dataset typical(quint64 seed)
{
    return generate(GeneratorOptions { GeneratorOptions::Size::Typical, seed, kToday });
}

int largest(const QHash<QString, int> &counts, QString *which = nullptr)
{
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            if (which)
                *which = it.key();
        }
    }
    return best;
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void deterministic();
    void typicalSizes();
    void referencesResolve();
    void labInterpretationsAgreeWithRanges();
    void dispensesFollowOrders();
    void datesAreOrdered();
    void codesHaveTheirFormats();
    void enoughDistinctTestsAndDrugs();
    void crossFacilityOverlapExists();
    void diabeticImprovesOnMetformin();
    void documentsAreJpClinsShaped();
    void pdfAttachmentIsAValidPdf();
    void accountsAndNetwork();
    void readableByTheFhirReader();
    void largeSize();

private:
    Dataset m_typical;
};

void TestDemoGenerator::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_typical = typical(7);
    qInfo("typical: %lld resources in %lld ms", qlonglong(m_typical.resources.size()),
        timer.elapsed());
    QVERIFY(!m_typical.resources.isEmpty());
}

void TestDemoGenerator::deterministic()
{
    const QByteArray first = fingerprint(m_typical);
    QCOMPARE(fingerprint(typical(7)), first);
    QVERIFY(fingerprint(typical(8)) != first);
}

void TestDemoGenerator::typicalSizes()
{
    const QHash<QString, int> counts = checks::resourcesPerPatient(m_typical);
    QString richest;
    const int most = largest(counts, &richest);
    qInfo("patients: %lld, richest %s with %d resources", qlonglong(counts.size()),
        qPrintable(richest), most);
    QVERIFY2(
        counts.size() >= 28 && counts.size() <= 34, qPrintable(QString::number(counts.size())));
    QVERIFY2(most >= 6400 && most <= 9600, qPrintable(QString::number(most)));
}

void TestDemoGenerator::referencesResolve()
{
    const QStringList problems = checks::unresolvedReferences(m_typical);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDemoGenerator::labInterpretationsAgreeWithRanges()
{
    const QStringList problems = checks::labInterpretations(m_typical);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDemoGenerator::dispensesFollowOrders()
{
    const QStringList problems = checks::dispensesFollowOrders(m_typical);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDemoGenerator::datesAreOrdered()
{
    const QStringList problems = checks::datesOrdered(m_typical);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    for (const StoredResource &r : std::as_const(m_typical.resources))
        QVERIFY(r.clinicalDate < kToday.addDays(1));
}

void TestDemoGenerator::codesHaveTheirFormats()
{
    const QStringList problems = checks::codeFormats(m_typical);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDemoGenerator::enoughDistinctTestsAndDrugs()
{
    const auto tests = checks::distinctCodes(
        m_typical, u"Observation"_s, u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s);
    const auto drugs = checks::distinctCodes(m_typical, u"MedicationRequest"_s,
        u"http://capstandard.jp/iyaku.info/CodeSystem/YJ-code"_s);
    qInfo("distinct JLAC10 codes: %lld, YJ codes: %lld", qlonglong(tests.size()),
        qlonglong(drugs.size()));
    QVERIFY(tests.size() >= 40);
    QVERIFY(drugs.size() >= 40);
}

void TestDemoGenerator::crossFacilityOverlapExists()
{
    const QStringList overlaps = checks::crossFacilityOverlaps(m_typical);
    qInfo("%s", qPrintable(overlaps.join(u"; "_s)));
    QVERIFY2(overlaps.size() >= 3, qPrintable(overlaps.join(u'\n')));
}

void TestDemoGenerator::diabeticImprovesOnMetformin()
{
    const QList<checks::Trend> trends = checks::hba1cAroundMetformin(m_typical);
    QVERIFY(!trends.isEmpty());
    bool improved = false;
    for (const checks::Trend &trend : trends) {
        qInfo("%s: HbA1c %.2f before metformin, %.2f after", qPrintable(trend.patientId),
            trend.before, trend.after);
        improved
            = improved || (trend.before > 0 && trend.after > 0 && trend.after < trend.before - 0.5);
    }
    QVERIFY(improved);
}

void TestDemoGenerator::documentsAreJpClinsShaped()
{
    const QStringList problems = checks::documentShapes(m_typical);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    int discharge = 0, referral = 0, compositions = 0;
    for (const StoredResource &r : std::as_const(m_typical.resources)) {
        if (r.type == u"Composition") {
            ++compositions;
            const QString code = r.json[u"type"_s][u"coding"_s][0][u"code"_s].toString();
            discharge += code == u"18842-5";
            referral += code == u"57133-1";
        }
    }
    QVERIFY(discharge >= 2);
    QVERIFY(referral >= 3);
}

void TestDemoGenerator::pdfAttachmentIsAValidPdf()
{
    int found = 0;
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    QTemporaryDir dir;
    for (const StoredResource &r : std::as_const(m_typical.resources)) {
        if (r.type != u"Binary")
            continue;
        ++found;
        QCOMPARE(r.json[u"contentType"_s].toString(), u"application/pdf"_s);
        const QByteArray bytes = QByteArray::fromBase64(r.json[u"data"_s].toString().toLatin1());
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.endsWith("%%EOF"));
        if (pdfinfo.isEmpty())
            continue;
        const QString path = dir.filePath(r.id + u".pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QProcess process;
        process.start(pdfinfo, { path });
        QVERIFY(process.waitForFinished(10000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(process.readAllStandardError().isEmpty());
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            continue;
        process.start(pdftotext, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
        QVERIFY(process.waitForFinished(10000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        if (found == 1)
            qInfo("%s", qPrintable(text.left(300)));
        QVERIFY2(text.contains(u"Renkei demo network"), qPrintable(text));
    }
    QVERIFY(found >= 2);
}

void TestDemoGenerator::accountsAndNetwork()
{
    QCOMPARE(m_typical.accounts.size(), 3);
    QStringList roles;
    for (const DemoAccount &account : std::as_const(m_typical.accounts))
        roles.append(account.role);
    QCOMPARE(roles, (QStringList { u"doctor"_s, u"pharmacist"_s, u"clerk"_s }));
    QVERIFY(m_typical.regionalIdSystem.startsWith(u"urn:oid:"));
    int organizations = 0;
    for (const StoredResource &r : std::as_const(m_typical.resources))
        organizations += r.type == u"Organization";
    QVERIFY(organizations >= 6 && organizations <= 10);
}

// Every generated resource (the document Bundles too) through the foundation's reader: no
// problems. Types outside the clinical vocabulary may be skipped, never be errors of shape.
void TestDemoGenerator::readableByTheFhirReader()
{
    int read = 0;
    for (const StoredResource &r : std::as_const(m_typical.resources)) {
        const auto outcome = renkei::fhir::readResource(r.json, r.type + u'/' + r.id);
        if (!outcome.ok()) {
            QVERIFY2(outcome.error().kind == renkei::Error::Kind::UnknownType,
                qPrintable(r.type + u'/' + r.id + u": "_s + outcome.error().describe()));
            continue;
        }
        QStringList problems;
        for (const renkei::Error &problem : outcome->problems)
            problems.append(problem.describe());
        QVERIFY2(outcome->complete(),
            qPrintable(r.type + u'/' + r.id + u": "_s + problems.join(u"; "_s)));
        ++read;
    }
    QVERIFY(read > m_typical.resources.size() / 2);
}

void TestDemoGenerator::largeSize()
{
    if (renkei::test::sanitized())
        QSKIP("the 131,000-resource chart is checked in the plain build (minutes under ASan)");
    QElapsedTimer timer;
    timer.start();
    const Dataset large = generate(GeneratorOptions { GeneratorOptions::Size::Large, 7, kToday });
    const qint64 elapsed = timer.elapsed();
    const QHash<QString, int> counts = checks::resourcesPerPatient(large);
    const int most = largest(counts);
    qInfo("large: %lld resources in %lld ms; largest patient %d", qlonglong(large.resources.size()),
        elapsed, most);
    QVERIFY2(most >= 124450 && most <= 137550, qPrintable(QString::number(most)));
    QVERIFY(large.resources.size() > m_typical.resources.size() + 124000);
    const QStringList problems = checks::labInterpretations(large);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
