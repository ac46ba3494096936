#include "clinical/labtable.h"
#include "clinicalfixture.h"
#include "support/testenvironment.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::clinical;
using renkei::test::LabSpec;

Q_DECLARE_METATYPE(QList<renkei::test::LabSpec>)

namespace {

// A row as the tests describe it: its unit, how many results, how many facilities.
QString describe(const LabTable &table, int row)
{
    const LabRow &r = table.row(row);
    return u"%1 [%2] n=%3 f=%4%5"_s.arg(r.name, r.unit)
        .arg(r.resultCount)
        .arg(r.facilities.size())
        .arg(r.unitSplit ? u" split"_s : QString());
}

std::shared_ptr<const PatientRecord> recordOf(const QList<LabSpec> &specs)
{
    model::ResourceSet set;
    set.patients.append(test::makePatient());
    int serial = 0;
    for (const LabSpec &spec : specs)
        set.labs.append(test::makeLab(spec, ++serial));
    set.facilities.append(test::makeFacility(u"1311111111"_s, u"さくら内科"_s));
    set.facilities.append(test::makeFacility(u"1322222222"_s, u"市立総合病院"_s));
    return PatientRecord::build(std::move(set));
}

const QString kHospital = u"1322222222"_s;
const QString kTp = u"3A010000002327101"_s;
const QString kGlu = u"3D010000002227201"_s;
const QString kWbc = u"2A010000001930101"_s;

LabSpec spec(const QString &jlac, const QString &name, double value, const QString &unit,
    const QString &when, const QString &facility = u"1311111111"_s)
{
    LabSpec s;
    s.jlac10 = jlac;
    s.name = name;
    s.value = value;
    s.unit = unit;
    s.when = when;
    s.facility = facility;
    return s;
}

} // namespace

class TestLabTable : public QObject {
    Q_OBJECT

private slots:
    void rowMerging_data();
    void rowMerging();
    void exactConversion_data();
    void exactConversion();
    void flags_data();
    void flags();
    void columnsPerDayAndPerTimestamp();
    void filters();
    void trendSeries();
    void unitKeys_data();
    void unitKeys();
    void jlac10Parts();
    void largeTable();
};

void TestLabTable::rowMerging_data()
{
    QTest::addColumn<QList<LabSpec>>("results");
    QTest::addColumn<QStringList>("rows"); // describe() of each row, in table order

    const QString d1 = u"2024-05-01T09:00:00+09:00"_s;
    const QString d2 = u"2024-06-01T09:00:00+09:00"_s;
    QTest::newRow("same JLAC10, two facilities → one row")
        << QList<LabSpec> { spec(kTp, u"総蛋白"_s, 7.1, u"g/dL"_s, d1),
               spec(kTp, u"TP"_s, 7.3, u"g/dL"_s, d2, kHospital) }
        << QStringList { u"TP [g/dL] n=2 f=2"_s };
    QTest::newRow("same analyte, other method (ALP JSCC vs IFCC) → two rows")
        << QList<LabSpec> { spec(u"3B070000002327101"_s, u"ALP"_s, 250, u"U/L"_s, d1),
               spec(u"3B070000002327501"_s, u"ALP"_s, 80, u"U/L"_s, d2, kHospital) }
        << QStringList { u"ALP [U/L] n=1 f=1"_s, u"ALP [U/L] n=1 f=1"_s };
    QTest::newRow("no code, names differ in width, case and spaces → one row")
        << QList<LabSpec> { spec({}, u"ＨｂＡ１ｃ"_s, 6.1, u"%"_s, d1),
               spec({}, u"hba1c "_s, 6.4, u"％"_s, d2, kHospital) }
        << QStringList { u"hba1c  [％] n=2 f=2"_s };
    QTest::newRow("same test, units not convertible (mg/dL, mmol/L) → split")
        << QList<LabSpec> { spec(kGlu, u"グルコース"_s, 110, u"mg/dL"_s, d1, kHospital),
               spec(kGlu, u"グルコース"_s, 6.1, u"mmol/L"_s, d2) }
        << QStringList { u"グルコース [mg/dL] n=1 f=1 split"_s,
               u"グルコース [mmol/L] n=1 f=1 split"_s };
    QTest::newRow("same name, no code, units not convertible → split") << QList<LabSpec> {
        spec({}, u"カリウム"_s, 4.1, u"mEq/L"_s, d1),
        spec({}, u"カリウム"_s, 4.0, u"mmol/L"_s, d2, kHospital)
    } << QStringList { u"カリウム [mEq/L] n=1 f=1 split"_s, u"カリウム [mmol/L] n=1 f=1 split"_s };
    QTest::newRow("exact conversion (/μL and 10^3/μL) → one row")
        << QList<LabSpec> { spec(kWbc, u"WBC"_s, 8600, u"/μL"_s, d1, kHospital),
               spec(kWbc, u"WBC"_s, 6.1, u"10^3/μL"_s, d2),
               spec(kWbc, u"WBC"_s, 5.9, u"10^3/μL"_s, u"2024-07-01"_s) }
        << QStringList { u"WBC [10^3/μL] n=3 f=2"_s };
    QTest::newRow("a name-only result joins the one JLAC10 row of that name")
        << QList<LabSpec> { spec(kTp, u"総蛋白"_s, 7.1, u"g/dL"_s, d1),
               spec({}, u"総蛋白"_s, 7.0, u"g/dL"_s, d2, kHospital) }
        << QStringList { u"総蛋白 [g/dL] n=2 f=2"_s };
    QTest::newRow("a name shared by two JLAC10 codes stays on its own row")
        << QList<LabSpec> { spec(u"3B070000002327101"_s, u"ALP"_s, 250, u"U/L"_s, d1),
               spec(u"3B070000002327501"_s, u"ALP"_s, 80, u"U/L"_s, d1),
               spec({}, u"ALP"_s, 90, u"U/L"_s, d2, kHospital) }
        << QStringList { u"ALP [U/L] n=1 f=1"_s, u"ALP [U/L] n=1 f=1"_s, u"ALP [U/L] n=1 f=1"_s };
    QTest::newRow("different codes, same unit → two rows")
        << QList<LabSpec> { spec(kTp, u"TP"_s, 7.1, u"g/dL"_s, d1),
               spec(u"3A015000002327101"_s, u"ALB"_s, 4.2, u"g/dL"_s, d1) }
        << QStringList { u"TP [g/dL] n=1 f=1"_s, u"ALB [g/dL] n=1 f=1"_s };
}

void TestLabTable::rowMerging()
{
    QFETCH(QList<LabSpec>, results);
    QFETCH(QStringList, rows);
    const LabTable table = LabTable::build(recordOf(results));
    QStringList actual;
    for (int r = 0; r < table.rowCount(); ++r)
        actual.append(describe(table, r));
    QCOMPARE(actual, rows);
    // Every result is somewhere, once.
    int total = 0;
    for (int r = 0; r < table.rowCount(); ++r)
        total += table.row(r).resultCount;
    QCOMPARE(total, results.size());
    // Row keys are unique and found again.
    for (int r = 0; r < table.rowCount(); ++r)
        QCOMPARE(table.rowOfKey(table.row(r).key), r);
}

void TestLabTable::exactConversion_data()
{
    QTest::addColumn<QString>("rowUnit"); // the unit two of the three results use
    QTest::addColumn<QString>("otherUnit");
    QTest::addColumn<double>("otherValue");
    QTest::addColumn<double>("converted");
    QTest::addColumn<QString>("text");
    QTest::newRow("/μL → 10^3/μL") << u"10^3/μL"_s << u"/μL"_s << 8600.0 << 8.6 << u"8.6"_s;
    QTest::newRow("g/L → g/dL") << u"g/dL"_s << u"g/L"_s << 71.0 << 7.1 << u"7.1"_s;
    QTest::newRow("g/dL → mg/dL") << u"mg/dL"_s << u"g/dL"_s << 0.12 << 120.0 << u"120"_s;
    QTest::newRow("μg/mL → mg/L") << u"mg/L"_s << u"μg/mL"_s << 0.8 << 0.8 << u"0.8"_s;
    QTest::newRow("10^9/L → 10^3/μL") << u"10^3/μL"_s << u"×10⁹/L"_s << 6.2 << 6.2 << u"6.2"_s;
    QTest::newRow("万/μL → 10^3/μL") << u"10^3/uL"_s << u"万/μL"_s << 450.0 << 4500.0 << u"4500"_s;
    QTest::newRow("mIU/L → μIU/mL") << u"μIU/mL"_s << u"mIU/L"_s << 2.5 << 2.5 << u"2.5"_s;
}

void TestLabTable::exactConversion()
{
    QFETCH(QString, rowUnit);
    QFETCH(QString, otherUnit);
    QFETCH(double, otherValue);
    QFETCH(double, converted);
    QFETCH(QString, text);
    LabSpec other = spec(u"9Z901000002399901"_s, u"X"_s, otherValue, otherUnit,
        u"2024-01-10T10:00:00+09:00"_s, kHospital);
    other.low = otherValue / 2;
    other.high = otherValue * 2;
    const LabTable table = LabTable::build(recordOf(
        { other, spec(u"9Z901000002399901"_s, u"X"_s, 1, rowUnit, u"2024-02-10T10:00:00+09:00"_s),
            spec(u"9Z901000002399901"_s, u"X"_s, 2, rowUnit, u"2024-03-10T10:00:00+09:00"_s) }));
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.row(0).unit, rowUnit);
    QVERIFY(table.row(0).hasConverted);
    QCOMPARE(table.columnCount(), 3);
    const LabCell *cell = table.cell(0, 2); // the oldest column
    QVERIFY(cell);
    QVERIFY(cell->converted);
    QCOMPARE(cell->value, converted);
    QCOMPARE(cell->low, converted / 2);
    QCOMPARE(cell->high, converted * 2);
    QCOMPARE(table.cellText(0, 2), text);
    QVERIFY(!table.cell(0, 0)->converted);
    QCOMPARE(table.cellText(0, 0), u"2"_s);
}

void TestLabTable::flags_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("comparator");
    QTest::addColumn<QString>("interpretation");
    QTest::addColumn<double>("low"); // NaN: none
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("flag");
    QTest::addColumn<int>("source");
    const double none = std::nan("");
    const int interp = int(FlagSource::Interpretation);
    const int range = int(FlagSource::Range);
    QTest::newRow("interpretation H wins over an in-range value")
        << 5.0 << QString() << u"H"_s << 3.0 << 8.0 << int(model::LabFlag::High) << interp;
    QTest::newRow("interpretation N wins over an out-of-range value")
        << 9.0 << QString() << u"N"_s << 3.0 << 8.0 << int(model::LabFlag::Normal) << interp;
    QTest::newRow("above the range, no interpretation → H from range")
        << 8.1 << QString() << QString() << 3.0 << 8.0 << int(model::LabFlag::High) << range;
    QTest::newRow("below the range → L from range")
        << 2.9 << QString() << QString() << 3.0 << 8.0 << int(model::LabFlag::Low) << range;
    QTest::newRow("on the upper limit → normal")
        << 8.0 << QString() << QString() << 3.0 << 8.0 << int(model::LabFlag::Normal) << range;
    QTest::newRow("only a lower limit (eGFR), below it → L")
        << 45.0 << QString() << QString() << 60.0 << none << int(model::LabFlag::Low) << range;
    QTest::newRow("'< 0.1' under a lower limit of 0.2 → L")
        << 0.1 << u"<"_s << QString() << 0.2 << 1.0 << int(model::LabFlag::Low) << range;
    QTest::newRow("'> 500' over an upper limit of 400 → H")
        << 500.0 << u">"_s << QString() << 10.0 << 400.0 << int(model::LabFlag::High) << range;
    QTest::newRow("'> 50' inside the range: cannot say")
        << 50.0 << u">"_s << QString() << 10.0 << 400.0 << int(model::LabFlag::None)
        << int(FlagSource::None);
    QTest::newRow("no range, no interpretation → no flag")
        << 50.0 << QString() << QString() << none << none << int(model::LabFlag::None)
        << int(FlagSource::None);
}

void TestLabTable::flags()
{
    QFETCH(double, value);
    QFETCH(QString, comparator);
    QFETCH(QString, interpretation);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, flag);
    QFETCH(int, source);
    LabSpec s = spec(kTp, u"TP"_s, value, u"g/dL"_s, u"2024-01-10"_s);
    s.comparator = comparator;
    s.flagCode = interpretation;
    if (!std::isnan(low))
        s.low = low;
    if (!std::isnan(high))
        s.high = high;
    const LabTable table = LabTable::build(recordOf({ s }));
    const LabCell *cell = table.cell(0, 0);
    QVERIFY(cell);
    QCOMPARE(int(cell->flag), flag);
    QCOMPARE(int(cell->flagSource), source);
    QCOMPARE(table.row(0).abnormalCount, cell->isAbnormal() ? 1 : 0);
}

void TestLabTable::columnsPerDayAndPerTimestamp()
{
    const QList<LabSpec> specs { spec(
                                     kGlu, u"BS"_s, 98, u"mg/dL"_s, u"2024-05-01T08:00:00+09:00"_s),
        spec(kGlu, u"BS"_s, 180, u"mg/dL"_s, u"2024-05-01T17:30:00+09:00"_s, kHospital),
        // 23:30 UTC on 30 April is 08:30 on 1 May in Japan.
        spec(kGlu, u"BS"_s, 120, u"mg/dL"_s, u"2024-04-30T23:30:00Z"_s),
        spec(kGlu, u"BS"_s, 101, u"mg/dL"_s, u"2024-04-20"_s) };
    const auto record = recordOf(specs);

    const LabTable perDay = LabTable::build(record);
    QCOMPARE(perDay.columnCount(), 2);
    QCOMPARE(perDay.columnDate(0), QDate(2024, 5, 1)); // newest first
    QCOMPARE(perDay.columnDate(1), QDate(2024, 4, 20));
    const LabCell *busy = perDay.cell(0, 0);
    QVERIFY(busy);
    QCOMPARE(busy->others, 2);
    QCOMPARE(perDay.cellText(0, 0), u"180"_s); // the newest of the day is shown
    const std::vector<int> all = perDay.cellResults(0, 0);
    QCOMPARE(all.size(), size_t(3));
    QCOMPARE(perDay.result(all[0]).numericValue, 180.0);
    QCOMPARE(perDay.result(all[1]).numericValue, 120.0);
    QCOMPARE(perDay.result(all[2]).numericValue, 98.0);
    QCOMPARE(perDay.columnAtOrBefore(QDate(2024, 5, 3)), 0);
    QCOMPARE(perDay.columnAtOrBefore(QDate(2024, 4, 30)), 1);
    QCOMPARE(perDay.columnAtOrBefore(QDate(2024, 4, 1)), -1);

    LabTable::Options options;
    options.columns = LabTable::ColumnMode::PerTimestamp;
    const LabTable perTime = LabTable::build(record, options);
    QCOMPARE(perTime.columnCount(), 4);
    for (int c = 0; c + 1 < perTime.columnCount(); ++c)
        QVERIFY(perTime.columnTime(c) > perTime.columnTime(c + 1));
    QCOMPARE(perTime.cell(0, 0)->others, 0);
    QCOMPARE(perTime.cellText(0, 1), u"120"_s);
    QVERIFY(!perTime.cell(0, 99));
    QVERIFY(!perTime.cell(5, 0));
}

void TestLabTable::filters()
{
    LabSpec high = spec(kTp, u"TP"_s, 9.0, u"g/dL"_s, u"2024-03-01"_s);
    high.flagCode = u"H"_s;
    high.panel = u"生化学"_s;
    LabSpec normal = spec(kTp, u"TP"_s, 7.0, u"g/dL"_s, u"2024-05-01"_s);
    normal.flagCode = u"N"_s;
    normal.panel = u"生化学"_s;
    LabSpec wbc = spec(kWbc, u"WBC"_s, 6.0, u"10^3/μL"_s, u"2024-05-01"_s);
    wbc.flagCode = u"N"_s;
    wbc.panel = u"血算"_s;
    const LabTable table = LabTable::build(recordOf({ high, normal, wbc }));
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(
        table.panels(), (QStringList { u"血算"_s, u"生化学"_s })); // JLAC10 order: 2A before 3A

    LabFilter filter;
    LabSelection all = table.select(filter);
    QCOMPARE(all.rows.size(), size_t(2));
    QCOMPARE(all.columns.size(), size_t(2));

    filter.panels = { u"血算"_s };
    LabSelection cbc = table.select(filter);
    QCOMPARE(cbc.rows, std::vector<int> { table.rowOfKey(u"jlac10:"_s + kWbc + u"|10^3/ul"_s) });
    QCOMPARE(cbc.columns, std::vector<int> { 0 });

    filter = {};
    filter.abnormalOnly = true;
    LabSelection abnormal = table.select(filter);
    QCOMPARE(abnormal.rows.size(), size_t(1));
    QCOMPARE(table.row(abnormal.rows[0]).jlac10, kTp);
    QCOMPARE(abnormal.columns, std::vector<int> { 1 });

    filter.from = QDate(2024, 4, 1); // the abnormal value is before the range
    QVERIFY(table.select(filter).rows.empty());
    filter = {};
    filter.from = QDate(2024, 4, 1);
    filter.to = QDate(2024, 5, 1);
    QCOMPARE(table.select(filter).columns, std::vector<int> { 0 });
}

void TestLabTable::trendSeries()
{
    LabSpec a = spec(kWbc, u"WBC"_s, 8600, u"/μL"_s, u"2024-01-01T09:00:00+09:00"_s, kHospital);
    a.low = 3300;
    a.high = 8600;
    LabSpec b = spec(kWbc, u"WBC"_s, 5.1, u"10^3/μL"_s, u"2024-02-01T09:00:00+09:00"_s);
    b.low = 3.3;
    b.high = 8.6;
    LabSpec c = b;
    c.value = 9.9;
    c.when = u"2024-03-01T09:00:00+09:00"_s;
    LabSpec text = b;
    text.value.reset();
    text.text = u"検体不良"_s;
    text.when = u"2024-04-01T09:00:00+09:00"_s;
    const LabTable table = LabTable::build(recordOf({ c, a, text, b }));
    QCOMPARE(table.rowCount(), 1);
    const TrendSeries series = table.trend(0);
    QCOMPARE(series.unit, u"10^3/μL"_s);
    QCOMPARE(series.points.size(), size_t(3)); // the text result has no point
    QCOMPARE(series.points[0].value, 8.6);
    QCOMPARE(series.points[0].low, 3.3);
    QCOMPARE(series.points[0].high, 8.6);
    QCOMPARE(series.points[1].value, 5.1);
    QCOMPARE(series.points[2].value, 9.9);
    QCOMPARE(int(series.points[2].flag), int(model::LabFlag::High));
    QVERIFY(series.points[0].facility != series.points[1].facility);
    const qint64 from = series.points[1].time;
    QCOMPARE(table.trend(0, from).points.size(), size_t(2));
    QCOMPARE(table.cellText(0, 0), u"検体不良"_s);
}

void TestLabTable::unitKeys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case") << u"mg/dL"_s << u"MG/DL"_s << true;
    QTest::newRow("full-width") << u"ｍｇ／ｄＬ"_s << u"mg/dL"_s << true;
    QTest::newRow("micro sign and mu") << u"µg/mL"_s << u"μg/mL"_s << true;
    QTest::newRow("UCUM braces") << u"mL/min/{1.73_m2}"_s << u"mL/min/1.73m2"_s << true;
    QTest::newRow("powers") << u"10*3/uL"_s << u"×10³/μL"_s << true;
    QTest::newRow("IU") << u"IU/L"_s << u"U/L"_s << true;
    QTest::newRow("seconds") << u"秒"_s << u"s"_s << true;
    QTest::newRow("different") << u"mg/dL"_s << u"mmol/L"_s << false;
}

void TestLabTable::unitKeys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(unitKey(a) == unitKey(b), same);
}

void TestLabTable::jlac10Parts()
{
    const auto parts = splitJlac10(u"3B070000002327501"_s);
    QVERIFY(parts);
    QCOMPARE(parts->analyte, u"3B070"_s);
    QCOMPARE(parts->identification, u"0000"_s);
    QCOMPARE(parts->specimen, u"023"_s);
    QCOMPARE(parts->method, u"275"_s);
    QCOMPARE(parts->result, u"01"_s);
    QVERIFY(!splitJlac10(u"3B07000000232750"_s)); // 16 characters
    QVERIFY(!splitJlac10(u"3b070000002327501"_s).has_value() == false); // case is folded
    QCOMPARE(jlac10Class(u"3B070000002327501"_s), u"3B"_s);
    QVERIFY(!jlac10ClassName(u"3B"_s).isEmpty());
    QCOMPARE(jlac10ClassName(u"4Z"_s), jlac10ClassName(u"4"_s));
}

// 100,000 results over ten years at two facilities: the table must build (time printed, not
// asserted) and stay compact.
void TestLabTable::largeTable()
{
    const int draws = test::sanitized() ? 500 : 2500;
    model::ResourceSet set;
    set.patients.append(test::makePatient());
    const QStringList codes { kTp, kGlu, kWbc, u"3A015000002327101"_s, u"3B035000002327201"_s,
        u"3B045000002327201"_s, u"3C015000002327101"_s, u"3C025000002327101"_s,
        u"3F015000002327101"_s, u"3F070000002327101"_s };
    const QDateTime start(QDate(2015, 1, 5), QTime(9, 0), QTimeZone(9 * 3600));
    int serial = 0;
    for (int d = 0; d < draws; ++d) {
        const QString when = start.addSecs(qint64(d) * 36 * 3600).toString(Qt::ISODate);
        for (int t = 0; t < 40; ++t) {
            const QString &code = codes.at(t % codes.size());
            const QString jlac = code.left(12) + QString::number(t / 10 + 271) + code.right(2);
            LabSpec s = spec(jlac, u"T%1"_s.arg(t), 5 + (d + t) % 7, u"mg/dL"_s, when,
                d % 3 == 0 ? kHospital : u"1311111111"_s);
            s.low = 6;
            s.high = 10;
            set.labs.append(test::makeLab(s, ++serial));
        }
    }
    const auto record = PatientRecord::build(std::move(set));
    QElapsedTimer timer;
    timer.start();
    const LabTable table = LabTable::build(record);
    qInfo("%d results → %d rows × %d columns in %lld ms", serial, table.rowCount(),
        table.columnCount(), timer.elapsed());
    QCOMPARE(table.rowCount(), 40);
    QCOMPARE(table.columnCount(), draws);
    qsizetype cells = 0;
    for (int r = 0; r < table.rowCount(); ++r)
        cells += qsizetype(table.rowCells(r).size());
    QCOMPARE(cells, qsizetype(serial));
    QVERIFY(table.cell(39, draws - 1));
    QVERIFY(table.row(0).abnormalCount > 0);
}

QTEST_GUILESS_MAIN(TestLabTable)
#include "tst_labtable.moc"
