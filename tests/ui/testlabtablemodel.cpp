#include "clinical/labtable.h"
#include "labformat.h"
#include "labsfixture.h"
#include "labtablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using renkei::ui::LabTableModel;

namespace {

// The model row of the test named `name`, -1 when not shown.
int rowNamed(const LabTableModel &model, const QString &name)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!model.isPanelRow(r)
            && model.index(r, LabTableModel::NameColumn).data().toString() == name)
            return r;
    }
    return -1;
}

int columnOf(const LabTableModel &model, QDate date)
{
    for (int c = LabTableModel::FixedColumnCount; c < model.columnCount(); ++c) {
        if (model.columnDate(c) == date)
            return c;
    }
    return -1;
}

} // namespace

class TestLabTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void demoChartPassesTheModelTester();
    void panelsAndFixedColumns();
    void cellValuesAndFlags_data();
    void cellValuesAndFlags();
    void cellToolTip();
    void headers();
    void abnormalOnlyKeepsFlaggedRows();
    void panelAndDateFilters();
    void nearestColumn_data();
    void nearestColumn();
    void workspaceColumnSurvivesFilters();
    void nullTableLeavesNothing();

private:
    std::shared_ptr<const clinical::LabTable> m_synthetic;
    std::shared_ptr<const clinical::LabTable> m_demo;
};

void TestLabTableModel::initTestCase()
{
    m_synthetic = std::make_shared<const clinical::LabTable>(
        clinical::LabTable::build(test::syntheticLabRecord()));
    m_demo = std::make_shared<const clinical::LabTable>(
        clinical::LabTable::build(test::demoRichestRecord()));
    QCOMPARE(m_synthetic->rowCount(), 3);
    QVERIFY(m_demo->rowCount() > 20);
}

// The tester checks every index, parent, header and signal while the model is filled, filtered,
// marked and emptied.
void TestLabTableModel::demoChartPassesTheModelTester()
{
    LabTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(m_demo);
    QVERIFY(model.rowCount() > m_demo->rowCount()); // tests plus panel headers
    QCOMPARE(model.columnCount(), LabTableModel::FixedColumnCount + m_demo->columnCount());
    QCOMPARE(model.testRowCount(), m_demo->rowCount());
    model.setWorkspaceDate(m_demo->columnDate(m_demo->columnCount() / 2));
    clinical::LabFilter filter;
    filter.abnormalOnly = true;
    model.setFilter(filter);
    QVERIFY(model.testRowCount() > 0);
    QVERIFY(model.testRowCount() <= m_demo->rowCount());
    model.setWorkspaceDate(m_demo->columnDate(0));
    model.setFilter({});
    model.setTable(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestLabTableModel::panelsAndFixedColumns()
{
    LabTableModel model;
    model.setTable(m_synthetic);
    // Three panels, each a header row above its one test, in JLAC10 order.
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.panelCount(), 3);
    const QStringList expected { u"血算"_s, u"Hb"_s, u"腎機能"_s, u"Cre"_s, u"電解質"_s, u"K"_s };
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.isPanelRow(r), r % 2 == 0);
        QCOMPARE(model.index(r, LabTableModel::NameColumn).data().toString(), expected.at(r));
        QCOMPARE(model.index(r, 0).data(LabTableModel::PanelRowRole).toBool(), r % 2 == 0);
        QCOMPARE(model.flags(model.index(r, 4)).testFlag(Qt::ItemIsSelectable), r % 2 == 1);
    }
    const int cre = rowNamed(model, u"Cre"_s);
    QCOMPARE(model.index(cre, LabTableModel::UnitColumn).data().toString(), u"mg/dL"_s);
    // The newest result's range; the two facilities differ, so the column says so.
    QCOMPARE(model.index(cre, LabTableModel::RangeColumn).data().toString(), u"0.61–1.04 *"_s);
    const QString rowTip
        = model.index(cre, LabTableModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(rowTip.contains(u"市立総合病院: 0.61–1.04 mg/dL"_s), qPrintable(rowTip));
    QVERIFY2(rowTip.contains(u"さくら内科: 0.65–1.07 mg/dL"_s), qPrintable(rowTip));
    QVERIFY(rowTip.contains(u"3C015 0000 023 271 01"_s));
    const int hb = rowNamed(model, u"Hb"_s);
    QCOMPARE(model.index(hb, LabTableModel::RangeColumn).data().toString(), u"13.7–16.8"_s);
    // Dates newest first.
    QCOMPARE(model.columnCount(), LabTableModel::FixedColumnCount + 3);
    QCOMPARE(model.columnDate(3), QDate(2024, 5, 1));
    QCOMPARE(model.columnDate(4), QDate(2024, 3, 1));
    QCOMPARE(model.columnDate(5), QDate(2024, 1, 15));
    QVERIFY(!model.columnDate(LabTableModel::RangeColumn).isValid());
}

void TestLabTableModel::cellValuesAndFlags_data()
{
    QTest::addColumn<QString>("test");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<int>("more");

    QTest::newRow("Cre H from the interpretation, two that day")
        << u"Cre"_s << QDate(2024, 5, 1) << u"1.45 H"_s << u"H"_s << 1;
    QTest::newRow("Cre normal") << u"Cre"_s << QDate(2024, 3, 1) << u"0.95"_s << QString() << 0;
    QTest::newRow("K L from the range") << u"K"_s << QDate(2024, 3, 1) << u"3.2 L"_s << u"L"_s << 0;
    QTest::newRow("K H from the range") << u"K"_s << QDate(2024, 5, 1) << u"5.6 H"_s << u"H"_s << 0;
    QTest::newRow("Hb unflagged") << u"Hb"_s << QDate(2024, 1, 15) << u"14"_s << QString() << 0;
    QTest::newRow("empty cell") << u"K"_s << QDate(2024, 1, 15) << QString() << QString() << 0;
}

void TestLabTableModel::cellValuesAndFlags()
{
    QFETCH(QString, test);
    QFETCH(QDate, date);
    QFETCH(QString, display);
    QFETCH(QString, flag);
    QFETCH(int, more);

    LabTableModel model;
    model.setTable(m_synthetic);
    const QModelIndex index = model.index(rowNamed(model, test), columnOf(model, date));
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(LabTableModel::FlagTextRole).toString(), flag);
    QCOMPARE(index.data(LabTableModel::MoreResultsRole).toInt(), more);
    QCOMPARE(index.data(LabTableModel::DateRole).toDate(), date);
    if (!display.isEmpty()) {
        QCOMPARE(index.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(display.startsWith(index.data(LabTableModel::ValueTextRole).toString()));
    }
    // Colour follows the flag, and never alone: the letter is in the text.
    const QVariant foreground = index.data(Qt::ForegroundRole);
    const QVariant background = index.data(Qt::BackgroundRole);
    if (flag == u"H"_s) {
        const QColor c = foreground.value<QBrush>().color();
        QVERIFY(c.red() > c.blue());
        QVERIFY(background.isValid());
        QCOMPARE(index.data(LabTableModel::FlagRole).toInt(), int(model::LabFlag::High));
    } else if (flag == u"L"_s) {
        const QColor c = foreground.value<QBrush>().color();
        QVERIFY(c.blue() > c.red());
        QCOMPARE(index.data(LabTableModel::FlagRole).toInt(), int(model::LabFlag::Low));
    } else {
        QVERIFY(!foreground.isValid());
        QVERIFY(!background.isValid());
    }
}

void TestLabTableModel::cellToolTip()
{
    LabTableModel model;
    model.setTable(m_synthetic);
    const int cre = rowNamed(model, u"Cre"_s);
    const QString tip
        = model.index(cre, columnOf(model, QDate(2024, 5, 1))).data(Qt::ToolTipRole).toString();
    // Both results of the day, newest first, each with its exact time and facility; the shown
    // one with its unit and that facility's range.
    QVERIFY2(tip.contains(u"2 results on this day"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"2024/05/01 15:00  市立総合病院"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"1.45 mg/dL  H"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Reference range: 0.61–1.04 mg/dL"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"2024/05/01 09:10  市立総合病院"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"1.2 mg/dL  H"_s), qPrintable(tip));
    QVERIFY(tip.indexOf(u"15:00"_s) < tip.indexOf(u"09:10"_s));

    const QString clinic
        = model.index(cre, columnOf(model, QDate(2024, 3, 1))).data(Qt::ToolTipRole).toString();
    QVERIFY2(clinic.contains(u"2024/03/01 10:00  さくら内科"_s), qPrintable(clinic));
    QVERIFY2(clinic.contains(u"Reference range: 0.65–1.07 mg/dL"_s), qPrintable(clinic));
    QVERIFY(!clinic.contains(u"市立総合病院"_s));
}

void TestLabTableModel::headers()
{
    LabTableModel model;
    model.setTable(m_synthetic);
    QCOMPARE(model.headerData(LabTableModel::NameColumn, Qt::Horizontal).toString(), u"Test"_s);
    QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(), u"2024/05/01"_s);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"2024/\n05/01"_s);
    QCOMPARE(
        model.headerData(4, Qt::Horizontal, LabTableModel::DateRole).toDate(), QDate(2024, 3, 1));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void TestLabTableModel::abnormalOnlyKeepsFlaggedRows()
{
    for (const auto &table : { m_synthetic, m_demo }) {
        LabTableModel model;
        model.setTable(table);
        const int all = model.testRowCount();
        clinical::LabFilter filter;
        filter.abnormalOnly = true;
        model.setFilter(filter);
        QVERIFY(model.testRowCount() > 0);
        QVERIFY(model.testRowCount() < all);
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.isPanelRow(r))
                continue;
            bool flagged = false;
            for (int c = LabTableModel::FixedColumnCount; c < model.columnCount() && !flagged; ++c)
                flagged = !model.index(r, c).data(LabTableModel::FlagTextRole).toString().isEmpty();
            QVERIFY2(flagged, qPrintable(model.index(r, 0).data().toString()));
        }
    }
    LabTableModel model;
    model.setTable(m_synthetic);
    clinical::LabFilter filter;
    filter.abnormalOnly = true;
    model.setFilter(filter);
    QCOMPARE(rowNamed(model, u"Hb"_s), -1);
    QVERIFY(rowNamed(model, u"Cre"_s) >= 0);
    QVERIFY(rowNamed(model, u"K"_s) >= 0);
}

void TestLabTableModel::panelAndDateFilters()
{
    LabTableModel model;
    model.setTable(m_synthetic);
    clinical::LabFilter filter;
    filter.panels = { u"電解質"_s };
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), u"K"_s);
    QCOMPARE(model.rowOfTableRow(model.tableRow(1)), 1);
    QCOMPARE(model.rowOfTableRow(m_synthetic->rowOfKey(m_synthetic->row(0).key)), -1);

    filter = {};
    filter.from = QDate(2024, 2, 1);
    filter.to = QDate(2024, 4, 30);
    model.setFilter(filter);
    QCOMPARE(model.dateColumnCount(), 1);
    QCOMPARE(model.columnDate(3), QDate(2024, 3, 1));
    QCOMPARE(rowNamed(model, u"Hb"_s), -1); // no value in the period
}

void TestLabTableModel::nearestColumn_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("exact") << QDate(2024, 3, 1) << QDate(2024, 3, 1);
    QTest::newRow("nearer the newer") << QDate(2024, 4, 20) << QDate(2024, 5, 1);
    QTest::newRow("nearer the older") << QDate(2024, 2, 1) << QDate(2024, 1, 15);
    QTest::newRow("after the newest") << QDate(2025, 1, 1) << QDate(2024, 5, 1);
    QTest::newRow("before the oldest") << QDate(2020, 1, 1) << QDate(2024, 1, 15);
    QTest::newRow("a tie goes to the newer") << QDate(2024, 2, 7) << QDate(2024, 3, 1);
}

void TestLabTableModel::nearestColumn()
{
    QFETCH(QDate, day);
    QFETCH(QDate, expected);
    LabTableModel model;
    model.setTable(m_synthetic);
    QCOMPARE(model.columnDate(model.nearestColumn(day)), expected);
}

void TestLabTableModel::workspaceColumnSurvivesFilters()
{
    LabTableModel model;
    model.setTable(m_synthetic);
    QCOMPARE(model.setWorkspaceDate(QDate(2024, 3, 2)), columnOf(model, QDate(2024, 3, 1)));
    const int column = model.workspaceColumn();
    QVERIFY(model.index(1, column).data(LabTableModel::WorkspaceColumnRole).toBool());
    QVERIFY(!model.index(1, column + 1).data(LabTableModel::WorkspaceColumnRole).toBool());
    QVERIFY(model.headerData(column, Qt::Horizontal, LabTableModel::WorkspaceColumnRole).toBool());
    clinical::LabFilter filter;
    filter.from = QDate(2024, 2, 1);
    model.setFilter(filter);
    QCOMPARE(model.columnDate(model.workspaceColumn()), QDate(2024, 3, 1));
}

// Closing the patient (or locking) empties the model: no row, no column, no header, no table.
void TestLabTableModel::nullTableLeavesNothing()
{
    auto record = test::syntheticLabRecord();
    std::weak_ptr<const clinical::PatientRecord> weak = record;
    LabTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(std::make_shared<const clinical::LabTable>(clinical::LabTable::build(record)));
    record.reset();
    model.setWorkspaceDate(QDate(2024, 3, 1));
    QVERIFY(model.rowCount() > 0);
    model.setTable(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QCOMPARE(model.panelCount(), 0);
    QVERIFY(!model.headerData(3, Qt::Horizontal).isValid());
    QVERIFY(model.table() == nullptr);
    QVERIFY(weak.expired()); // the model kept nothing of the record
}

QTEST_MAIN(TestLabTableModel)
#include "testlabtablemodel.moc"
