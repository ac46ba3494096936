// The SS-MIX2 sample storage (tests/data/ssmix2/sampleData, a verbatim copy): every file read,
// every value checked against the messages as decoded by hand (iconv -f ISO-2022-JP -t UTF-8).
#include "model/codes.h"
#include "ssmix2/storage.h"
#include "support/testenvironment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::ssmix2;

namespace {

const QString kPatient = u"9999013"_s;

const model::Medication *findMedication(
    const model::ResourceSet &set, const QString &name, model::Medication::Kind kind)
{
    for (const model::Medication &m : set.medications) {
        if (m.name == name && m.kind == kind)
            return &m;
    }
    return nullptr;
}

const model::LabResult *findLab(const model::ResourceSet &set, const QString &display)
{
    for (const model::LabResult &l : set.labs) {
        if (l.display == display)
            return &l;
    }
    return nullptr;
}

QStringList issuesFor(const StorageRead &read, const QString &pathPart)
{
    QStringList out;
    for (const FileIssue &i : read.issues) {
        if (i.path.contains(pathPart))
            out.append(
                (i.severity == FileIssue::Severity::Error ? u"E: "_s : u"W: "_s) + i.message);
    }
    return out;
}

} // namespace

class TestSsmix2Sample : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFileIsAccountedFor_data();
    void everyFileIsAccountedFor();
    void patientNamesDecodeFromIso2022Jp();
    void prescriptions_data();
    void prescriptions();
    void injectionsAreOnePerMixedDrug();
    void administrationsAreStatements();
    void labResults();
    void problemsAllergiesAndStay();
    void brokenFilesAreReportedClearly();
    void cancelledFilesAreHiddenByDefault();
    void onePatientsFolder();

private:
    QString m_root;
    StorageRead m_read; // cancelled files kept
};

void TestSsmix2Sample::initTestCase()
{
    m_root = test::dataDir() + u"/ssmix2/sampleData"_s;
    StorageOptions options;
    options.cancelled = StorageOptions::Cancelled::Keep;
    auto read = readStorage(m_root, options);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().describe()));
    m_read = *read;
}

void TestSsmix2Sample::everyFileIsAccountedFor_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("read");
    QTest::addColumn<QString>("issue"); // part of the expected issue, or empty for none
    const QString p = u"999/901/9999013/"_s;
    QTest::newRow("ADT-00") << p + u"-/ADT-00"_s << true << u"IN1"_s;
    QTest::newRow("ADT-61") << p + u"-/ADT-61"_s << true << u"PID-3"_s;
    QTest::newRow("PPR-01") << p + u"-/PPR-01"_s << true << u"PID-3"_s;
    QTest::newRow("OMP-01") << p + u"20110701/OMP-01"_s << true << QString();
    QTest::newRow("OMP-02") << p + u"20110701/OMP-02"_s << true << QString();
    QTest::newRow("OMP-11") << p + u"20110630/OMP-11"_s << true << QString();
    QTest::newRow("OMP-12") << p + u"20110701/OMP-12"_s << true << QString();
    QTest::newRow("OML-11") << p + u"20111220/OML-11"_s << true << u"PID-3"_s;
    QTest::newRow("ADT-22") << p + u"20111120/ADT-22"_s << true << QString();
    QTest::newRow("ADT-52") << p + u"20111220/ADT-52"_s << true << QString();
    QTest::newRow("ADT-42 transfer") << p + u"20111220/ADT-42"_s << false << u"ADT^A02"_s;
    QTest::newRow("OML-01 order") << p + u"20111220/OML-01"_s << false << u"OML^O33"_s;
    QTest::newRow("OMG-01") << p + u"20111220/OMG-01"_s << false << u"OMG^O19"_s;
    QTest::newRow("OMG-11") << p + u"20111220/OMG-11"_s << false << u"OMI^Z23"_s;
    QTest::newRow("OMG-13") << p + u"20111220/OMG-13"_s << false << u"ORU^R01"_s;
    QTest::newRow("OMD") << p + u"20111013/OMD"_s << false << u"OMD^O03"_s;
    QTest::newRow("misplaced") << u"0000001/20000401/ADT-31"_s << false << u"misplaced"_s;
}

void TestSsmix2Sample::everyFileIsAccountedFor()
{
    QFETCH(QString, path);
    QFETCH(bool, read);
    QFETCH(QString, issue);
    const QStringList issues = issuesFor(m_read, path);
    if (issue.isEmpty())
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(u'\n')));
    else
        QVERIFY2(issues.join(u'\n').contains(issue), qPrintable(issues.join(u'\n')));
    bool hasValues = false;
    const auto check = [&](const model::Provenance &p) {
        hasValues = hasValues || path.endsWith(p.sourceId.section(u'_', 2, 2));
    };
    for (const auto &v : m_read.resources.medications)
        check(v.provenance);
    for (const auto &v : m_read.resources.labs)
        check(v.provenance);
    for (const auto &v : m_read.resources.conditions)
        check(v.provenance);
    for (const auto &v : m_read.resources.allergies)
        check(v.provenance);
    for (const auto &v : m_read.resources.encounters)
        check(v.provenance);
    for (const auto &v : m_read.resources.patients)
        check(v.provenance);
    if (path.contains(u"ADT-52"_s))
        return; // merged into the ADT-22 stay
    QCOMPARE(hasValues, read);
}

void TestSsmix2Sample::patientNamesDecodeFromIso2022Jp()
{
    QCOMPARE(m_read.filesFound, 22);
    QCOMPARE(m_read.filesFound, m_read.filesRead + m_read.filesSkipped);
    // 9999013 from its ADT-00; 0000001 has none, and its messages' PID-3 names 9999013, so no
    // demographics are taken from them.
    QCOMPARE(m_read.resources.patients.size(), 1);
    const model::Patient &p = m_read.resources.patients.first();
    QCOMPARE(p.id, kPatient);
    QCOMPARE(p.kanjiName, u"患者 太郎"_s);
    QCOMPARE(p.kanaName, u"カンジャ タロウ"_s);
    QCOMPARE(p.birthDate, QDate(1948, 4, 5));
    QCOMPARE(p.sex, model::Sex::Male);
    QCOMPARE(p.address, u"静岡県静岡市登呂１−３−５"_s); // − is U+2212, as iconv decodes 0x215D
    QCOMPARE(p.phone, u"054-000-0000"_s);
    QCOMPARE(p.provenance.source, model::Provenance::Source::Ssmix2);
    QCOMPARE(p.provenance.sourceSystem, m_root);
    QCOMPARE(p.provenance.facilityName, u"SEND"_s); // MSH-4 carries no 10-digit code here
    QCOMPARE(p.identifiers.size(), 1);
    QCOMPARE(p.identifiers.first().value, kPatient);
    QVERIFY(p.identifiers.first().system.isEmpty()); // no facility code, no OID invented
}

void TestSsmix2Sample::prescriptions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hot9");
    QTest::addColumn<double>("dose");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("usageCode");
    QTest::addColumn<QString>("usageText");
    QTest::addColumn<int>("days");
    QTest::addColumn<double>("total");
    QTest::addColumn<QString>("rp");
    QTest::newRow("ダーゼン") << u"ダーゼン錠（５mg)"_s << u"108665201"_s << 1.0 << u"錠"_s
                              << u"1013044400000000"_s << u"内服・経口・１日３回朝昼夕食後"_s << 5
                              << 15.0 << u"1"_s;
    QTest::newRow("パンスポリン") << u"パンスポリンＴ錠（１００mg)"_s << u"110626901"_s << 2.0
                                  << u"錠"_s << u"1013044400000000"_s
                                  << u"内服・経口・１日３回朝昼夕食後"_s << 5 << 30.0 << u"1"_s;
    QTest::newRow("アレピアチン") << u"アレピアチン１０倍散"_s << u"100607002"_s << 50.0
                                  << u"ミリグラム"_s << u"1012040400000000"_s
                                  << u"内服・経口・１日２回朝夕食後"_s << 14 << 1400.0 << u"2"_s;
}

void TestSsmix2Sample::prescriptions()
{
    QFETCH(QString, name);
    const model::Medication *m
        = findMedication(m_read.resources, name, model::Medication::Kind::Order);
    QVERIFY(m);
    const model::Coding *hot = m->medication.find(QString::fromUtf16(model::systems::kHot9));
    QVERIFY(hot);
    QTEST(hot->code, "hot9");
    QCOMPARE(model::codeKind(hot->system), model::CodeKind::Hot);
    QTEST(m->dose.value_or(-1), "dose");
    QTEST(m->doseUnit, "unit");
    QTEST(m->usageCode, "usageCode");
    QCOMPARE(m->usageCodeSystem, QString::fromUtf16(model::systems::kJamiUsage));
    QTEST(m->usageText, "usageText");
    QTEST(m->days.value_or(-1), "days");
    QTEST(m->total.value_or(-1), "total");
    QTEST(m->rpNumber, "rp");
    QCOMPARE(m->start, model::PartialDateTime::parse(u"2011-07-01T00:00:00+09:00"_s));
    QCOMPARE(m->end.date(), QDate(2011, 7, 1).addDays(m->days.value_or(0) - 1));
    QCOMPARE(m->route, u"口"_s);
    QCOMPARE(m->prescriber, u"医師 一郎"_s);
    QCOMPARE(m->authored, model::PartialDateTime::parse(u"2011-07-01T10:30:45+09:00"_s));
    QCOMPARE(m->status, u"active"_s);
    QCOMPARE(m->category, u"外来処方・院内処方"_s);
    QCOMPARE(m->facility.name, u"登呂病院"_s);
    QVERIFY(!m->asNeeded);
    QVERIFY(m->provenance.sourceId.startsWith(
        u"9999013_20110701_OMP-01_000000011000185_20110701224603984_01_1#"_s));
    QCOMPARE(m->provenance.orderNumber, u"000000011000185"_s);
}

void TestSsmix2Sample::injectionsAreOnePerMixedDrug()
{
    int solita = 0;
    for (const model::Medication &m : m_read.resources.medications) {
        if (m.kind != model::Medication::Kind::Order || m.name != u"ソリタ−Ｔ３号輸液５００ｍＬ"_s)
            continue;
        ++solita;
        QCOMPARE(m.route, u"静脈内"_s);
        QCOMPARE(m.method, u"点滴ポンプ"_s);
        QCOMPARE(m.doseUnit, u"本"_s);
        QVERIFY(m.note.startsWith(u"基剤"_s));
        QVERIFY(m.note.contains(u"５時間一定速度で"_s));
    }
    QCOMPARE(solita, 3); // three RXE, each with its RXC base
}

void TestSsmix2Sample::administrationsAreStatements()
{
    const model::Medication *m = findMedication(
        m_read.resources, u"アドナ注（静脈用）50mg"_s, model::Medication::Kind::Statement);
    QVERIFY(m);
    QCOMPARE(m->start, model::PartialDateTime::parse(u"2011-07-01T08:05:21+09:00"_s));
    QCOMPARE(m->end, model::PartialDateTime::parse(u"2011-07-01T13:05:43+09:00"_s));
    QCOMPARE(m->status, u"completed"_s);
    QCOMPARE(m->route, u"静脈内"_s); // the RXR after both RXA applies to both
    QVERIFY(m->note.contains(u"左手に実施"_s));
    QVERIFY(m->note.contains(u"看護 花子"_s));
}

void TestSsmix2Sample::labResults()
{
    const model::LabResult *tp = findLab(m_read.resources, u"総蛋白"_s);
    QVERIFY(tp);
    QCOMPARE(tp->jlac10(), u"3A010000002327101"_s);
    QCOMPARE(tp->numericValue.value_or(-1), 7.2);
    QCOMPARE(tp->unit, u"g/dl"_s);
    QCOMPARE(tp->range.low.value_or(-1), 6.7);
    QCOMPARE(tp->range.high.value_or(-1), 8.3);
    QCOMPARE(tp->range.text, u"6.70-8.3"_s);
    QCOMPARE(tp->status, u"final"_s);
    QCOMPARE(tp->flag, model::LabFlag::None);
    QCOMPARE(tp->effective, model::PartialDateTime::parse(u"2011-12-19T15:00:00+09:00"_s));
    QCOMPARE(tp->issued, model::PartialDateTime::parse(u"2011-12-20T10:30:59+09:00"_s));
    QCOMPARE(tp->panel, u"血液学的検査"_s);
    QCOMPARE(tp->panelId, u"000000011000354"_s);
    QCOMPARE(tp->specimen, u"血清"_s);
    QCOMPARE(tp->category, u"laboratory"_s);
    QCOMPARE(tp->facility.name, u"登呂病院"_s);
    QCOMPARE(tp->patient, kPatient);

    const model::LabResult *alb = findLab(m_read.resources, u"アルブミン"_s);
    QVERIFY(alb);
    QCOMPARE(alb->jlac10(), u"3A015000002327101"_s);
    QCOMPARE(alb->numericValue.value_or(-1), 4.9);
    QCOMPARE(alb->range.low.value_or(-1), 3.7);
    QCOMPARE(alb->range.high.value_or(-1), 5.5);

    const model::LabResult *ag = findLab(m_read.resources, u"A/G比"_s);
    QVERIFY(ag);
    QCOMPARE(ag->numericValue.value_or(-1), 1.7);
    QVERIFY(ag->unit.isEmpty());
    QCOMPARE(ag->range.low.value_or(-1), 1.2);
    QCOMPARE(ag->range.high.value_or(-1), 2.0);

    // ADT-00 body measurements.
    const model::LabResult *height = findLab(m_read.resources, u"身長"_s);
    QVERIFY(height);
    QCOMPARE(height->numericValue.value_or(-1), 167.8);
    QCOMPARE(height->category, u"vital-signs"_s);
}

void TestSsmix2Sample::problemsAllergiesAndStay()
{
    QCOMPARE(m_read.resources.conditions.size(), 1);
    const model::Condition &c = m_read.resources.conditions.first();
    QCOMPARE(c.display, u"胃炎"_s);
    const model::Coding *medis
        = c.code.find(u"http://medis.or.jp/CodeSystem/master-disease-keyNumber"_s);
    QVERIFY(medis);
    QCOMPARE(medis->code, u"20054174"_s);
    const model::Coding *icd = c.code.findKind(model::CodeKind::Icd10);
    QVERIFY(icd);
    QCOMPARE(icd->code, u"K297"_s);
    QCOMPARE(c.onset.date(), QDate(2011, 8, 31));
    QCOMPARE(c.abatement.date(), QDate(2011, 9, 15));
    QCOMPARE(c.clinicalStatus, u"inactive"_s);
    QVERIFY(c.primary);
    QVERIFY(!c.suspected);

    QCOMPARE(m_read.resources.allergies.size(), 5); // 4 IAM (ADT-61) + 1 AL1 (ADT-00)
    bool sugi = false;
    for (const model::Allergy &a : m_read.resources.allergies) {
        if (a.display != u"スギ"_s)
            continue;
        sugi = true;
        QCOMPARE(a.category, u"environment"_s);
        QCOMPARE(a.severity, u"mild"_s);
        QCOMPARE(a.reactions, QStringList { u"目のかゆみ"_s });
        QCOMPARE(a.onset.toIso(), u"1996-01"_s);
        QCOMPARE(a.code.findKind(model::CodeKind::Jlac10)->code, u"5A1002216023023"_s);
    }
    QVERIFY(sugi);

    // ADT-22 (admission) and ADT-52 (discharge) become one stay.
    QCOMPARE(m_read.resources.encounters.size(), 1);
    const model::Encounter &e = m_read.resources.encounters.first();
    QCOMPARE(e.encounterClass, model::Encounter::Class::Inpatient);
    QCOMPARE(e.classCode, u"IMP"_s);
    QCOMPARE(e.status, u"finished"_s);
    QCOMPARE(e.period.start, model::PartialDateTime::parse(u"2011-11-20T16:00:00+09:00"_s));
    QCOMPARE(e.period.end, model::PartialDateTime::parse(u"2011-12-20T12:00:00+09:00"_s));
    QCOMPARE(e.location, u"32/302/1"_s);
    QCOMPARE(e.department, u"01"_s);
}

void TestSsmix2Sample::brokenFilesAreReportedClearly()
{
    const QStringList misplaced = issuesFor(m_read, u"ADT-31/9999013_20110630_OMP-11"_s);
    QCOMPARE(misplaced.size(), 1);
    QVERIFY(misplaced.first().startsWith(u"E: misplaced"_s));
    QVERIFY(misplaced.first().contains(u"patient id, date, data type"_s));
    QVERIFY(misplaced.first().contains(u"0000001/20000401/ADT-31"_s));

    const QStringList mismatch = issuesFor(m_read, u"OML-11"_s);
    QCOMPARE(mismatch.size(), 1);
    QVERIFY(mismatch.first().startsWith(u"W: the patient id in the message (PID-3)"_s));

    // Strict: the PID-3 mismatch is an error and the file is not read.
    StorageOptions strict;
    strict.strictPatientId = true;
    const auto read = readStorage(m_root, strict);
    QVERIFY(read.ok());
    QVERIFY(!findLab(read->resources, u"総蛋白"_s));
    QVERIFY(issuesFor(*read, u"OML-11"_s).first().startsWith(u"E: "_s));
}

void TestSsmix2Sample::cancelledFilesAreHiddenByDefault()
{
    int cancelled = 0;
    for (const model::Medication &m : m_read.resources.medications)
        cancelled += m.provenance.cancelled ? 1 : 0;
    QCOMPARE(cancelled, 2); // 0000001_..._01_0: two RXA, kept and marked

    const auto read = readStorage(m_root, {});
    QVERIFY(read.ok());
    QCOMPARE(read->filesCancelled, 1);
    for (const model::Medication &m : read->resources.medications)
        QVERIFY(!m.provenance.cancelled);
    QCOMPARE(read->resources.medications.size(), m_read.resources.medications.size() - 2);
}

void TestSsmix2Sample::onePatientsFolder()
{
    const auto read = readStorage(m_root + u"/999/901/9999013"_s, {});
    QVERIFY(read.ok());
    QCOMPARE(read->root, m_root);
    QCOMPARE(read->filesFound, 19);
    QCOMPARE(read->resources.patients.size(), 1);
    for (const FileIssue &i : read->issues)
        QVERIFY2(i.path.startsWith(u"999/901/9999013/"_s), qPrintable(i.path));

    const auto missing = readStorage(m_root + u"/nowhere"_s, {});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::Io);
}

QTEST_GUILESS_MAIN(TestSsmix2Sample)
#include "tst_ssmix2sample.moc"
