#include "clinical/documents.h"
#include "clinical/timeline.h"
#include "clinicalfixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::clinical;

namespace {

const QString kClinic = u"1311111111"_s;
const QString kHospital = u"1322222222"_s;

qint64 at(const QString &when)
{
    return msecsOf(model::PartialDateTime::parse(when));
}

model::Encounter encounter(const QString &id, model::Encounter::Class c, const QString &start,
    const QString &end, const QString &facility, const QString &department)
{
    model::Encounter e;
    e.id = id;
    e.provenance.sourceId = u"Encounter/"_s + id;
    e.patient = QString::fromUtf16(test::kPatientId);
    e.encounterClass = c;
    e.period.start = model::PartialDateTime::parse(start);
    e.period.end = model::PartialDateTime::parse(end);
    e.facility.code = facility;
    e.department = department;
    e.status = u"finished"_s;
    return e;
}

model::ClinicalDocument document(const QString &id, model::ClinicalDocument::Kind kind,
    const QString &date, const QString &facility, const QString &title)
{
    model::ClinicalDocument d;
    d.id = id;
    d.provenance.sourceId = u"Composition/"_s + id;
    d.patient = QString::fromUtf16(test::kPatientId);
    d.kind = kind;
    d.date = model::PartialDateTime::parse(date);
    d.facility.code = facility;
    d.title = title;
    model::DocumentSection course;
    course.code = u"333"_s;
    course.title = u"入院中経過"_s;
    model::DocumentSection inner;
    inner.code = u"999"_s;
    inner.title = u"独自の節"_s; // an unknown section is kept
    course.sections.append(inner);
    model::DocumentSection plan;
    plan.code = u"424"_s;
    plan.title = u"退院時方針"_s;
    d.sections = { course, plan };
    return d;
}

std::shared_ptr<const PatientRecord> sampleRecord()
{
    model::ResourceSet set;
    set.patients.append(test::makePatient());
    set.facilities.append(test::makeFacility(kClinic, u"さくら内科"_s));
    set.facilities.append(test::makeFacility(kHospital, u"市立総合病院"_s));
    using C = model::Encounter::Class;
    set.encounters.append(encounter(u"e1"_s, C::Outpatient, u"2024-01-10T09:00:00+09:00"_s,
        u"2024-01-10T09:20:00+09:00"_s, kClinic, u"内科"_s));
    set.encounters.append(encounter(u"e2"_s, C::Inpatient, u"2024-02-01T10:00:00+09:00"_s,
        u"2024-02-14T11:00:00+09:00"_s, kHospital, u"循環器内科"_s));
    set.encounters.append(encounter(u"e3"_s, C::Outpatient, u"2024-03-05T09:00:00+09:00"_s,
        u"2024-03-05T09:30:00+09:00"_s, kClinic, u"内科"_s));
    set.documents.append(document(u"d1"_s, model::ClinicalDocument::Kind::DischargeSummary,
        u"2024-02-14T15:00:00+09:00"_s, kHospital, u"退院時サマリー"_s));
    set.documents.append(document(u"d2"_s, model::ClinicalDocument::Kind::Referral,
        u"2024-01-10T10:00:00+09:00"_s, kClinic, u"診療情報提供書"_s));
    // Two drugs of one prescription, and one the next month.
    test::MedSpec a;
    a.yj = u"2171022F1020"_s;
    a.name = u"アムロジピン"_s;
    a.facility = kClinic;
    a.start = u"2024-01-10T09:15:00+09:00"_s;
    a.days = 28;
    test::MedSpec b = a;
    b.yj = u"3962002F1020"_s;
    b.name = u"メトホルミン"_s;
    b.days = 14;
    test::MedSpec c = a;
    c.start = u"2024-03-05T09:25:00+09:00"_s;
    set.medications = { test::makeMed(a, 1), test::makeMed(b, 2), test::makeMed(c, 3) };
    // One lab draw of three results in two panels (one report each), and one without a report.
    int serial = 0;
    for (const QString &panel : { u"血算"_s, u"血算"_s, u"生化学"_s }) {
        test::LabSpec s;
        s.jlac10 = u"2A010000001930101"_s;
        s.name = u"WBC"_s;
        s.value = 6;
        s.unit = u"10^3/uL"_s;
        s.when = u"2024-02-02T06:00:00+09:00"_s;
        s.facility = kHospital;
        s.panel = panel;
        model::LabResult lab = test::makeLab(s, ++serial);
        lab.panelId = u"DiagnosticReport/"_s + panel;
        set.labs.append(lab);
    }
    test::LabSpec loose;
    loose.jlac10 = u"3A010000002327101"_s;
    loose.name = u"TP"_s;
    loose.value = 7;
    loose.unit = u"g/dL"_s;
    loose.when = u"2024-03-05T09:10:00+09:00"_s;
    loose.facility = kClinic;
    set.labs.append(test::makeLab(loose, ++serial));
    return PatientRecord::build(std::move(set));
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private slots:
    void orderAndLanes();
    void groupedItems();
    void rangeQueries_data();
    void rangeQueries();
    void sinceLastViewed();
    void documentsInOrder();
};

void TestTimeline::orderAndLanes()
{
    const auto record = sampleRecord();
    const Timeline timeline = Timeline::build(record);
    using K = TimelineItem::Kind;
    QStringList kinds;
    for (int i = 0; i < timeline.count(); ++i) {
        const TimelineItem &item = timeline.item(i);
        kinds.append(QString::number(int(item.kind)));
        if (i > 0)
            QVERIFY(timeline.item(i - 1).start <= item.start);
        QVERIFY(item.end >= item.start);
        QVERIFY(item.lane >= 0);
    }
    // 01-10 visit, prescription, referral; 02-01 admission; 02-02 two panels; 02-14 summary;
    // 03-05 visit, lab, prescription.
    QCOMPARE(kinds,
        (QStringList { QString::number(int(K::Encounter)), QString::number(int(K::Prescription)),
            QString::number(int(K::Document)), QString::number(int(K::Admission)),
            QString::number(int(K::LabPanel)), QString::number(int(K::LabPanel)),
            QString::number(int(K::Document)), QString::number(int(K::Encounter)),
            QString::number(int(K::LabPanel)), QString::number(int(K::Prescription)) }));
    const int clinic = record->facilityIndexByKey(kClinic);
    const int hospital = record->facilityIndexByKey(kHospital);
    QCOMPARE(timeline.lanes(),
        (std::vector<int> { std::min(clinic, hospital), std::max(clinic, hospital) }));
    QCOMPARE(timeline.item(3).lane, hospital);
    QCOMPARE(timeline.item(3).title, u"循環器内科"_s);
    QCOMPARE(timeline.item(3).sourceId, u"Encounter/e2"_s);
    QCOMPARE(timeline.item(3).end, at(u"2024-02-14T11:00:00+09:00"_s));
    QCOMPARE(timeline.item(0).lane, clinic);
}

void TestTimeline::groupedItems()
{
    const Timeline timeline = Timeline::build(sampleRecord());
    const TimelineItem &prescription = timeline.item(1);
    QCOMPARE(prescription.kind, TimelineItem::Kind::Prescription);
    QCOMPARE(prescription.count, 2);
    QCOMPARE(prescription.title, u"アムロジピン、メトホルミン"_s);
    // The longer course (28 days from 01-10) sets the end: 02-06, end of day.
    QCOMPARE(japanDate(prescription.end), QDate(2024, 2, 6));
    QCOMPARE(prescription.sourceKind, ResourceKind::Medication);
    const TimelineItem &cbc = timeline.item(4);
    QCOMPARE(cbc.count, 2);
    QCOMPARE(cbc.title, u"血算"_s);
    QCOMPARE(timeline.item(5).title, u"生化学"_s);
    const TimelineItem &loose = timeline.item(8);
    QCOMPARE(loose.count, 1);
    QVERIFY(!loose.title.isEmpty()); // the JLAC10 class name stands in for a panel
}

void TestTimeline::rangeQueries_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QList<int>>("items");
    QTest::newRow("inside the admission: it overlaps")
        << u"2024-02-05T00:00:00+09:00"_s
        << u"2024-02-06T00:00:00+09:00"_s
        // the admission, and the January prescription still running (to 02-06)
        << QList<int> { 1, 3 };
    QTest::newRow("one day") << u"2024-03-05T00:00:00+09:00"_s << u"2024-03-05T23:59:59+09:00"_s
                             << QList<int> { 7, 8, 9 };
    QTest::newRow("before everything")
        << u"2023-01-01T00:00:00+09:00"_s << u"2023-12-31T00:00:00+09:00"_s << QList<int> {};
    QTest::newRow("everything") << u"2000-01-01T00:00:00+09:00"_s << u"2030-01-01T00:00:00+09:00"_s
                                << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
}

void TestTimeline::rangeQueries()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QList<int>, items);
    const Timeline timeline = Timeline::build(sampleRecord());
    const std::vector<int> found = timeline.inRange(at(from), at(to));
    QCOMPARE(QList<int>(found.cbegin(), found.cend()), items);
}

void TestTimeline::sinceLastViewed()
{
    const Timeline timeline = Timeline::build(sampleRecord());
    const qint64 lastViewed = at(u"2024-02-14T12:00:00+09:00"_s);
    QCOMPARE(timeline.newCount(lastViewed), 4); // the summary at 15:00 and the March items
    QVERIFY(timeline.isNew(6, lastViewed));
    QVERIFY(!timeline.isNew(5, lastViewed));
    QCOMPARE(timeline.newCount(timeline.lastTime()), 0);
    QCOMPARE(timeline.newCount(at(u"2000-01-01"_s)), timeline.count());
}

void TestTimeline::documentsInOrder()
{
    const auto record = sampleRecord();
    const Documents docs = Documents::build(record);
    QCOMPARE(docs.count(), 2);
    QCOMPARE(docs.entry(0).title, u"退院時サマリー"_s); // newest first
    QCOMPARE(docs.entry(0).facility, record->facilityIndexByKey(kHospital));
    QCOMPARE(docs.ofKind(model::ClinicalDocument::Kind::Referral), std::vector<int> { 1 });
    const std::vector<SectionRef> sections = docs.sections(0);
    QCOMPARE(sections.size(), size_t(3));
    QCOMPARE(sections[0].section->title, u"入院中経過"_s);
    QCOMPARE(sections[1].depth, 1);
    QCOMPARE(sections[1].section->title, u"独自の節"_s);
    QCOMPARE(sections[2].section->code, u"424"_s);
    QCOMPARE(docs.atOrBefore(QDate(2024, 2, 1)), 1);
    QCOMPARE(docs.atOrBefore(QDate(2024, 2, 14)), 0);
    QCOMPARE(docs.atOrBefore(QDate(2023, 1, 1)), -1);
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
