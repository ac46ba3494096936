#include "clinical/medicationlist.h"
#include "clinicalfixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::clinical;
using renkei::test::MedSpec;

Q_DECLARE_METATYPE(QList<renkei::test::MedSpec>)

namespace {

const QString kClinic = u"1311111111"_s;
const QString kHospital = u"1322222222"_s;
const QString kPharmacy = u"1343333333"_s;
// Amlodipine: two products, one ingredient (YJ 2171022...).
const QString kAmlodipineA = u"2171022F1020"_s;
const QString kAmlodipineB = u"2171022F2026"_s;
const QString kMetformin = u"3962002F1020"_s;

std::shared_ptr<const PatientRecord> recordOf(const QList<MedSpec> &specs)
{
    model::ResourceSet set;
    set.patients.append(test::makePatient());
    set.facilities.append(test::makeFacility(kClinic, u"さくら内科"_s));
    set.facilities.append(test::makeFacility(kHospital, u"市立総合病院"_s));
    set.facilities.append(test::makeFacility(kPharmacy, u"ひので薬局"_s));
    int serial = 0;
    for (const MedSpec &spec : specs)
        set.medications.append(test::makeMed(spec, ++serial));
    return PatientRecord::build(std::move(set));
}

MedSpec med(const QString &yj, const QString &facility, const QString &start,
    std::optional<int> days, const QString &name = u"アムロジピン錠２．５ｍｇ"_s)
{
    MedSpec s;
    s.yj = yj;
    s.name = name;
    s.facility = facility;
    s.start = start;
    s.days = days;
    return s;
}

} // namespace

class TestMedicationList : public QObject {
    Q_OBJECT

private slots:
    void active_data();
    void active();
    void duplicates_data();
    void duplicates();
    void currentDuplicatesNameBothSources();
    void refillEpisodes();
    void dispenseLinksToItsOrder();
    void ingredientGroups();
};

void TestMedicationList::active_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("days"); // 0: none
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("end"); // given end, or empty
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("active");
    // 28 days from 07-12: the last day is 08-08 (start + days - 1).
    QTest::newRow("first day") << u"2024-07-12"_s << 28 << u"active"_s << QString()
                               << QDate(2024, 7, 12) << true;
    QTest::newRow("day before start")
        << u"2024-07-12"_s << 28 << u"active"_s << QString() << QDate(2024, 7, 11) << false;
    QTest::newRow("last day") << u"2024-07-12"_s << 28 << u"active"_s << QString()
                              << QDate(2024, 8, 8) << true;
    QTest::newRow("day after the last")
        << u"2024-07-12"_s << 28 << u"active"_s << QString() << QDate(2024, 8, 9) << false;
    QTest::newRow("completed, inside its days")
        << u"2024-07-12"_s << 28 << u"completed"_s << QString() << QDate(2024, 7, 20) << true;
    QTest::newRow("stopped: never current")
        << u"2024-07-12"_s << 28 << u"stopped"_s << QString() << QDate(2024, 7, 20) << false;
    QTest::newRow("cancelled") << u"2024-07-12"_s << 28 << u"cancelled"_s << QString()
                               << QDate(2024, 7, 20) << false;
    QTest::newRow("entered in error") << u"2024-07-12"_s << 28 << u"entered-in-error"_s << QString()
                                      << QDate(2024, 7, 20) << false;
    QTest::newRow("a given end wins over days")
        << u"2024-07-12"_s << 28 << u"active"_s << u"2024-07-20"_s << QDate(2024, 7, 21) << false;
    QTest::newRow("no days, status active: open-ended")
        << u"2020-01-01"_s << 0 << u"active"_s << QString() << QDate(2025, 1, 1) << true;
    QTest::newRow("no days, completed: that day only")
        << u"2020-01-01"_s << 0 << u"completed"_s << QString() << QDate(2020, 1, 2) << false;
}

void TestMedicationList::active()
{
    QFETCH(QString, start);
    QFETCH(int, days);
    QFETCH(QString, status);
    QFETCH(QString, end);
    QFETCH(QDate, asOf);
    QFETCH(bool, active);
    MedSpec s
        = med(kAmlodipineA, kClinic, start, days > 0 ? std::optional<int>(days) : std::nullopt);
    s.status = status;
    s.end = end;
    const MedicationList list = MedicationList::build(recordOf({ s }));
    QCOMPARE(list.lineCount(), 1);
    QCOMPARE(list.isActive(0, asOf), active);
    QCOMPARE(list.current(asOf).size(), size_t(active ? 1 : 0));
}

void TestMedicationList::duplicates_data()
{
    QTest::addColumn<QList<MedSpec>>("meds");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("rule"); // of the first duplicate, -1 when none

    const int yj7 = int(IngredientRule::Yj7);
    QTest::newRow("same ingredient, two facilities, overlapping → flagged")
        << QList<MedSpec> { med(kAmlodipineA, kClinic, u"2024-01-01"_s, 28),
               med(kAmlodipineB, kHospital, u"2024-01-20"_s, 14) }
        << 1 << yj7;
    QTest::newRow("the second starts on the first's last day → flagged")
        << QList<MedSpec> { med(kAmlodipineA, kClinic, u"2024-01-01"_s, 28),
               med(kAmlodipineB, kHospital, u"2024-01-28"_s, 14) }
        << 1 << yj7;
    QTest::newRow("the second starts the day after → not flagged")
        << QList<MedSpec> { med(kAmlodipineA, kClinic, u"2024-01-01"_s, 28),
               med(kAmlodipineB, kHospital, u"2024-01-29"_s, 14) }
        << 0 << -1;
    QTest::newRow("same facility twice → not a cross-facility duplicate")
        << QList<MedSpec> { med(kAmlodipineA, kClinic, u"2024-01-01"_s, 28),
               med(kAmlodipineB, kClinic, u"2024-01-10"_s, 28) }
        << 0 << -1;
    QTest::newRow("different ingredients → not flagged")
        << QList<MedSpec> { med(kAmlodipineA, kClinic, u"2024-01-01"_s, 28),
               med(kMetformin, kHospital, u"2024-01-10"_s, 28, u"メトホルミン"_s) }
        << 0 << -1;
    MedSpec cancelled = med(kAmlodipineB, kHospital, u"2024-01-10"_s, 28);
    cancelled.status = u"cancelled"_s;
    QTest::newRow("a cancelled order → not flagged")
        << QList<MedSpec> { med(kAmlodipineA, kClinic, u"2024-01-01"_s, 28), cancelled } << 0 << -1;
    MedSpec generalA = med({}, kClinic, u"2024-01-01"_s, 28);
    generalA.general = u"2171022F1ZZZ"_s;
    MedSpec generalB = med({}, kHospital, u"2024-01-15"_s, 28, u"ノルバスク錠２．５ｍｇ"_s);
    generalB.general = u"2171022F1ZZZ"_s;
    QTest::newRow("no YJ, same 一般名 code → flagged by that rule")
        << QList<MedSpec> { generalA, generalB } << 1 << int(IngredientRule::GeneralName);
    MedSpec hotA = med({}, kClinic, u"2024-01-01"_s, 28);
    hotA.hot9 = u"108665201"_s;
    MedSpec hotB = med({}, kHospital, u"2024-01-15"_s, 28);
    hotB.hot9 = u"108665202"_s;
    QTest::newRow("HOT only, same product (HOT7) → flagged as the same product")
        << QList<MedSpec> { hotA, hotB } << 1 << int(IngredientRule::HotProduct);
    MedSpec hotC = hotB;
    hotC.hot9 = u"112233401"_s;
    QTest::newRow("HOT only, other products → not matched without the HOT master")
        << QList<MedSpec> { hotA, hotC } << 0 << -1;
    QTest::newRow("three facilities → every pair")
        << QList<MedSpec> { med(kAmlodipineA, kClinic, u"2024-01-01"_s, 28),
               med(kAmlodipineB, kHospital, u"2024-01-05"_s, 28),
               med(kAmlodipineA, kPharmacy, u"2024-01-09"_s, 7) }
        << 3 << yj7;
}

void TestMedicationList::duplicates()
{
    QFETCH(QList<MedSpec>, meds);
    QFETCH(int, count);
    QFETCH(int, rule);
    const MedicationList list = MedicationList::build(recordOf(meds));
    QCOMPARE(int(list.duplicates().size()), count);
    if (count == 0)
        return;
    const MedicationDuplicate &d = list.duplicates().front();
    QCOMPARE(int(d.rule), rule);
    QVERIFY(d.facilityA != d.facilityB);
    QVERIFY(d.overlapStart <= d.overlapEnd);
    QCOMPARE(list.line(d.lineA).facility, d.facilityA);
    QCOMPARE(list.line(d.lineB).facility, d.facilityB);
    QCOMPARE(list.line(d.lineA).group, list.line(d.lineB).group);
}

void TestMedicationList::currentDuplicatesNameBothSources()
{
    const auto record = recordOf({ med(kAmlodipineA, kClinic, u"2024-01-01"_s, 28),
        med(kAmlodipineB, kHospital, u"2024-01-20"_s, 28),
        med(kMetformin, kClinic, u"2024-01-01"_s, 90, u"メトホルミン"_s) });
    const MedicationList list = MedicationList::build(record);
    QCOMPARE(list.current(QDate(2024, 1, 25)).size(), size_t(3));
    const std::vector<int> now = list.duplicatesAsOf(QDate(2024, 1, 25));
    QCOMPARE(now.size(), size_t(1));
    const MedicationDuplicate &d = list.duplicates().at(size_t(now.front()));
    QStringList names { record->facilities().at(d.facilityA).name,
        record->facilities().at(d.facilityB).name };
    names.sort();
    QCOMPARE(names, (QStringList { u"さくら内科"_s, u"市立総合病院"_s }));
    QCOMPARE(list.duplicatesOfLine(d.lineA), now);
    // Once the clinic's course has ended, nothing is a duplicate any more.
    QVERIFY(list.duplicatesAsOf(QDate(2024, 2, 5)).empty());
    QCOMPARE(list.current(QDate(2024, 2, 5)).size(), size_t(2));
}

void TestMedicationList::refillEpisodes()
{
    QList<MedSpec> meds;
    // Five refills of 28 days (each a few days early or late), then a pause of two months,
    // then two more; and the hospital's overlapping course of the same ingredient.
    const QDate first(2023, 1, 10);
    const int offsets[] = { 0, 27, 57, 84, 110, 200, 228 };
    for (const int offset : offsets)
        meds.append(med(kAmlodipineA, kClinic, first.addDays(offset).toString(Qt::ISODate), 28));
    meds.append(med(kAmlodipineB, kHospital, u"2023-02-01"_s, 14));
    const MedicationList list = MedicationList::build(recordOf(meds));
    QCOMPARE(list.groups().size(), size_t(1));
    QCOMPARE(list.episodes().size(), size_t(3));
    const MedicationEpisode &e1 = list.episodes().at(0);
    QCOMPARE(e1.lines.size(), size_t(5));
    QCOMPARE(e1.start, first);
    QCOMPARE(e1.end, first.addDays(110 + 27));
    const MedicationEpisode &hospital = list.episodes().at(1);
    QCOMPARE(hospital.lines.size(), size_t(1));
    QVERIFY(hospital.facility != e1.facility);
    const MedicationEpisode &e3 = list.episodes().at(2);
    QCOMPARE(e3.start, first.addDays(200));
    QCOMPARE(e3.end, first.addDays(228 + 27));
    QCOMPARE(e3.lines.size(), size_t(2));
    // With no gap tolerated, the refill two days late (day 57, the previous course ended on day
    // 54) starts a new episode: the clinic then has three, the hospital one.
    MedicationList::Options strict;
    strict.refillGapDays = 0;
    QCOMPARE(MedicationList::build(recordOf(meds), strict).episodes().size(), size_t(4));
}

void TestMedicationList::dispenseLinksToItsOrder()
{
    MedSpec dispensed = med(kAmlodipineA, kPharmacy, u"2024-03-02"_s, 28);
    dispensed.kind = model::Medication::Kind::Dispense;
    MedSpec late = med(kMetformin, kPharmacy, u"2024-03-20"_s, 28, u"メトホルミン"_s);
    late.kind = model::Medication::Kind::Dispense;
    const auto record = recordOf({ med(kAmlodipineA, kClinic, u"2024-03-01"_s, 28),
        med(kMetformin, kClinic, u"2024-03-01"_s, 28, u"メトホルミン"_s), dispensed, late });
    const MedicationList list = MedicationList::build(record);
    // The amlodipine dispense joins its order; the metformin one came after the prescription
    // could be used (4 days), so it stands alone.
    QCOMPARE(list.lineCount(), 3);
    int linked = 0;
    int alone = 0;
    for (int l = 0; l < list.lineCount(); ++l) {
        const MedicationLine &line = list.line(l);
        if (!line.dispenses.isEmpty()) {
            ++linked;
            QCOMPARE(line.kind, model::Medication::Kind::Order);
            QCOMPARE(record->facilities().at(line.facility).name, u"さくら内科"_s);
            QCOMPARE(record->facilities().at(line.pharmacy).name, u"ひので薬局"_s);
        }
        if (line.kind == model::Medication::Kind::Dispense) {
            ++alone;
            QCOMPARE(line.facility, -1);
            QCOMPARE(record->facilities().at(line.pharmacy).name, u"ひので薬局"_s);
            QCOMPARE(line.start, QDate(2024, 3, 20));
            QCOMPARE(line.end, QDate(2024, 4, 16));
        }
    }
    QCOMPARE(linked, 1);
    QCOMPARE(alone, 1);
    QVERIFY(list.duplicates().empty());
}

void TestMedicationList::ingredientGroups()
{
    MedSpec both = med(kAmlodipineA, kClinic, u"2024-01-01"_s, 28);
    both.general = u"2171022F1ZZZ"_s;
    MedSpec generalOnly = med({}, kHospital, u"2024-03-01"_s, 28, u"【般】アムロジピン錠"_s);
    generalOnly.general = u"2171022F1ZZZ"_s;
    const MedicationList list = MedicationList::build(
        recordOf({ both, generalOnly, med(kAmlodipineB, kHospital, u"2024-05-01"_s, 28),
            med(kMetformin, kClinic, u"2024-01-01"_s, 28, u"メトホルミン"_s) }));
    QCOMPARE(list.groups().size(), size_t(2));
    const IngredientGroup &amlodipine = list.groups().at(size_t(list.line(0).group));
    QCOMPARE(amlodipine.lines.size(), size_t(3));
    QCOMPARE(amlodipine.rule, IngredientRule::Yj7);
    QCOMPARE(amlodipine.key, u"yj7:2171022"_s);
    QVERIFY(amlodipine.label.startsWith(u"【般】"_s));
}

QTEST_GUILESS_MAIN(TestMedicationList)
#include "tst_medicationlist.moc"
