#include "clinical/summary.h"
#include "clinicalfixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::clinical;

namespace {

const QString kClinic = u"1311111111"_s;
const QString kHospital = u"1322222222"_s;

std::shared_ptr<const PatientRecord> record()
{
    model::ResourceSet set;
    set.patients.append(test::makePatient());
    set.facilities = { test::makeFacility(kClinic, u"さくら内科"_s),
        test::makeFacility(kHospital, u"市立総合病院"_s) };
    auto condition = [](const QString &name, const QString &onset, const QString &status) {
        model::Condition c;
        c.patient = u"p1"_s;
        c.display = name;
        c.onset = model::PartialDateTime::parse(onset);
        c.clinicalStatus = status;
        return c;
    };
    set.conditions = { condition(u"2型糖尿病"_s, u"2015-04-01"_s, u"active"_s),
        condition(u"急性気管支炎"_s, u"2023-01-10"_s, u"resolved"_s),
        condition(u"高血圧症"_s, u"2018-06-01"_s, u"active"_s) };
    model::Allergy kiwi;
    kiwi.patient = u"p1"_s;
    kiwi.display = u"キウイ"_s;
    kiwi.clinicalStatus = u"active"_s;
    set.allergies = { kiwi };
    test::MedSpec a;
    a.yj = u"2171022F1020"_s;
    a.name = u"アムロジピン"_s;
    a.facility = kClinic;
    a.start = u"2024-05-01"_s;
    a.days = 28;
    test::MedSpec b = a;
    b.facility = kHospital;
    b.start = u"2024-05-10"_s;
    test::MedSpec old = a;
    old.start = u"2023-01-01"_s;
    set.medications = { test::makeMed(old, 1), test::makeMed(a, 2), test::makeMed(b, 3) };
    auto lab = [](const QString &jlac, const QString &name, double value, const QString &when,
                   const QString &flag) {
        test::LabSpec s;
        s.jlac10 = jlac;
        s.name = name;
        s.value = value;
        s.unit = u"mg/dL"_s;
        s.when = when;
        s.flagCode = flag;
        return s;
    };
    const QList<test::LabSpec> labs { lab(u"3D010000002227201"_s, u"BS"_s, 150,
                                          u"2024-05-01T09:00:00+09:00"_s, u"H"_s),
        lab(u"3D010000002227201"_s, u"BS"_s, 100, u"2024-05-20T09:00:00+09:00"_s, u"N"_s),
        lab(u"3C015000002327101"_s, u"Cre"_s, 0.9, u"2020-01-01T09:00:00+09:00"_s, u"N"_s) };
    int serial = 0;
    for (const test::LabSpec &s : labs)
        set.labs.append(test::makeLab(s, ++serial));
    return PatientRecord::build(std::move(set));
}

} // namespace

class TestSummary : public QObject {
    Q_OBJECT

private slots:
    void asOfADate();
    void medicationLane();
};

void TestSummary::asOfADate()
{
    const auto r = record();
    const LabTable labs = LabTable::build(r);
    const MedicationList meds = MedicationList::build(r);
    const Summary s = Summary::build(
        *r, labs, meds, Documents::build(r), Timeline::build(r), QDate(2024, 5, 15));
    QCOMPARE(s.conditions, (std::vector<int> { 2, 0 })); // active ones, newest onset first
    QCOMPARE(s.allergies, std::vector<int> { 0 });
    QCOMPARE(s.medications.size(), size_t(2));
    QCOMPARE(s.duplicates.size(), size_t(1));
    // Glucose as of 05-15 is the 05-01 value (H); creatinine from 2020 is older than a year.
    QCOMPARE(s.labs.size(), size_t(1));
    QCOMPARE(labs.columnDate(s.labs[0].column), QDate(2024, 5, 1));
    QVERIFY(s.labs[0].abnormal);
    const Summary later = Summary::build(
        *r, labs, meds, Documents::build(r), Timeline::build(r), QDate(2024, 6, 30));
    QCOMPARE(labs.columnDate(later.labs.at(0).column), QDate(2024, 5, 20));
    QVERIFY(!later.labs.at(0).abnormal);
    QVERIFY(later.duplicates.empty());
    QVERIFY(later.medications.empty());
}

void TestSummary::medicationLane()
{
    const MedicationList meds = MedicationList::build(record());
    QCOMPARE(meds.episodes().size(), size_t(3)); // 2023 clinic, 2024 clinic, 2024 hospital
    QCOMPARE(meds.episodesOverlapping(QDate(2024, 1, 1), QDate(2024, 12, 31)).size(), size_t(2));
    QCOMPARE(meds.episodesOverlapping(QDate(2023, 1, 28), QDate(2023, 1, 28)).size(), size_t(1));
    QVERIFY(meds.episodesOverlapping(QDate(2023, 1, 29), QDate(2024, 4, 30)).empty());
    QCOMPARE(meds.episodesOverlapping({}, {}).size(), size_t(3));
    QVERIFY(meds.episodesOverlapping({}, {}, 99).empty());
}

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
