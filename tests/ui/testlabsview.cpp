#include "clinical/labtable.h"
#include "clinicalfixture.h"
#include "emptystatewidget.h"
#include "frozentableview.h"
#include "labsfixture.h"
#include "labsview.h"
#include "labtablemodel.h"
#include "labtrendchart.h"
#include "languagemanager.h"
#include "medicationlane.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLineSeries>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using renkei::ui::LabsView;
using renkei::ui::LabTableModel;

namespace {

int rowNamed(const LabTableModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (!model->isPanelRow(r)
            && model->index(r, LabTableModel::NameColumn).data().toString() == name)
            return r;
    }
    return -1;
}

int columnOf(const LabTableModel *model, QDate date)
{
    for (int c = LabTableModel::FixedColumnCount; c < model->columnCount(); ++c) {
        if (model->columnDate(c) == date)
            return c;
    }
    return -1;
}

// Shows a record and waits for the worker's table.
bool open(LabsView &view, std::shared_ptr<const clinical::PatientRecord> record)
{
    QSignalSpy shown(&view, &LabsView::recordShown);
    view.setRecord(std::move(record));
    return (shown.count() > 0 || shown.wait(60000)) && !view.isBuilding();
}

void selectRow(LabsView &view, int row)
{
    LabTableModel *model = view.model();
    view.table()->selectionModel()->select(
        model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCoreApplication::processEvents(); // the chart follows the selection on the next turn
}

} // namespace

class TestLabsView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void contract();
    void buildsOffTheGuiThread();
    void workspaceDateSelectsTheNearestColumn();
    void clickingACellChoosesItsDate();
    void clickingADateHeaderChoosesItsDate();
    void frozenColumnsStayAligned();
    void abnormalOnlyFilter();
    void chartOfASelectedRow();
    void chartPointChoosesItsDate();
    void medicationLane();
    void denseSeriesOpenOnTheLastYear();
    void recordWithoutLabs();
    void japanese();
    void richestDemoPatient();
    void nullRecordLeavesNoPatientValue();

private:
    std::shared_ptr<const clinical::PatientRecord> m_synthetic;
};

void TestLabsView::initTestCase()
{
    m_synthetic = test::syntheticLabRecord();
}

void TestLabsView::contract()
{
    LabsView view;
    QCOMPARE(view.viewId(), u"labs"_s);
    QCOMPARE(view.title(), u"Labs"_s);
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.isBuilding());
}

void TestLabsView::buildsOffTheGuiThread()
{
    LabsView view;
    QSignalSpy shown(&view, &LabsView::recordShown);
    view.setRecord(m_synthetic);
    // setRecord returns at once: the table comes from the worker.
    QVERIFY(view.isBuilding());
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(shown.wait(30000));
    QVERIFY(!view.isBuilding());
    QCOMPARE(view.model()->testRowCount(), 3);
    QVERIFY(view.lastBuildMs() >= 0);

    // A record replaced before its build finished never reaches the screen.
    view.setRecord(test::syntheticLabRecord());
    view.setRecord(nullptr);
    QTest::qWait(200);
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.isBuilding());
}

void TestLabsView::workspaceDateSelectsTheNearestColumn()
{
    LabsView view;
    view.resize(1100, 700);
    view.show();
    QVERIFY(open(view, m_synthetic));
    QSignalSpy chosen(&view, &LabsView::workspaceDateChosen);
    view.setWorkspaceDate(QDate(2024, 2, 25));
    const int column = columnOf(view.model(), QDate(2024, 3, 1));
    QCOMPARE(view.model()->workspaceColumn(), column);
    QCOMPARE(view.table()->currentIndex().column(), column);
    QVERIFY(!view.model()->isPanelRow(view.table()->currentIndex().row()));
    QCOMPARE(chosen.count(), 0); // never echoed back

    // Set before the table exists: applied once it is built.
    LabsView early;
    early.setWorkspaceDate(QDate(2024, 1, 10));
    QVERIFY(open(early, m_synthetic));
    QCOMPARE(early.model()->columnDate(early.model()->workspaceColumn()), QDate(2024, 1, 15));
}

void TestLabsView::clickingACellChoosesItsDate()
{
    LabsView view;
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(open(view, m_synthetic));
    QSignalSpy chosen(&view, &LabsView::workspaceDateChosen);
    const QModelIndex index = view.model()->index(
        rowNamed(view.model(), u"K"_s), columnOf(view.model(), QDate(2024, 3, 1)));
    const QRect rect = view.table()->visualRect(index);
    QVERIFY(rect.left() >= view.table()->frozenWidth()); // not under the frozen columns
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toDate(), QDate(2024, 3, 1));
    QCOMPARE(view.model()->workspaceColumn(), index.column());
    // The keyboard stays on the date columns (the frozen ones lie under their own view).
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Home);
    QCOMPARE(view.table()->currentIndex().column(), int(LabTableModel::FixedColumnCount));
    QTest::keyClick(view.table(), Qt::Key_Left);
    QCOMPARE(view.table()->currentIndex().column(), int(LabTableModel::FixedColumnCount));
    QTest::keyClick(view.table(), Qt::Key_Right);
    QCOMPARE(view.table()->currentIndex().column(), int(LabTableModel::FixedColumnCount) + 1);
    // Clicking a test's name chooses no date.
    const QModelIndex name = view.model()->index(index.row(), LabTableModel::NameColumn);
    QTest::mouseClick(view.table()->frozenView()->viewport(), Qt::LeftButton, {},
        view.table()->frozenView()->visualRect(name).center());
    QCOMPARE(chosen.count(), 1);
}

void TestLabsView::clickingADateHeaderChoosesItsDate()
{
    LabsView view;
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(open(view, m_synthetic));
    QSignalSpy chosen(&view, &LabsView::workspaceDateChosen);
    QHeaderView *header = view.table()->horizontalHeader();
    const int column = columnOf(view.model(), QDate(2024, 1, 15));
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toDate(), QDate(2024, 1, 15));
}

// The dates start exactly where the frozen columns end, after resets (filters) and in a narrow
// pane (the frozen part keeps only the test's name).
void TestLabsView::frozenColumnsStayAligned()
{
    // Hosted as a pane is: a child widget, so that it can be narrower than its own layout asks.
    QWidget host;
    host.resize(1200, 700);
    auto *view = new LabsView(&host);
    view->resize(1100, 700);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QVERIFY(open(*view, m_synthetic));
    ui::FrozenTableView *table = view->table();
    auto aligned = [&] {
        for (int c = 0; c < LabTableModel::FixedColumnCount; ++c) {
            if (table->columnWidth(c) != table->frozenView()->columnWidth(c))
                return false;
        }
        table->horizontalScrollBar()->setValue(0);
        return table->columnViewportPosition(LabTableModel::FixedColumnCount)
            == table->frozenWidth();
    };
    QVERIFY(aligned());
    table->frozenView()->setColumnWidth(LabTableModel::NameColumn, 230); // by hand
    clinical::LabFilter filter;
    filter.abnormalOnly = true;
    view->setFilter(filter);
    QVERIFY(aligned());
    QCOMPARE(table->frozenView()->columnWidth(LabTableModel::NameColumn), 230);

    view->resize(500, 700);
    QTRY_VERIFY(table->frozenView()->isColumnHidden(LabTableModel::UnitColumn));
    QVERIFY(table->isColumnHidden(LabTableModel::RangeColumn));
    QVERIFY(aligned());
    view->resize(1100, 700);
    QTRY_VERIFY(!table->frozenView()->isColumnHidden(LabTableModel::UnitColumn));
    QVERIFY(aligned());
}

void TestLabsView::abnormalOnlyFilter()
{
    LabsView view;
    QVERIFY(open(view, m_synthetic));
    QCOMPARE(view.model()->testRowCount(), 3);
    clinical::LabFilter filter;
    filter.abnormalOnly = true;
    view.setFilter(filter);
    QVERIFY(view.filter().abnormalOnly);
    QCOMPARE(view.model()->testRowCount(), 2); // Hb has no flag
    QCOMPARE(rowNamed(view.model(), u"Hb"_s), -1);
    view.setFilter({});
    QCOMPARE(view.model()->testRowCount(), 3);
}

void TestLabsView::chartOfASelectedRow()
{
    LabsView view;
    view.resize(1100, 800);
    view.show();
    QVERIFY(open(view, m_synthetic));
    ui::LabTrendChart *chart = view.trendChart();
    // It opens on the test most often out of range: Cre (two H) before K (one H, one L, the
    // same count but fewer results).
    QCOMPARE(view.selectedTableRows(),
        std::vector<int> { view.model()->tableRow(rowNamed(view.model(), u"Cre"_s)) });
    QCOMPARE(chart->valueSeries().size(), 1);
    view.table()->clearSelection();
    QCoreApplication::processEvents();
    QVERIFY(chart->valueSeries().isEmpty());

    const int cre = rowNamed(view.model(), u"Cre"_s);
    selectRow(view, cre);
    QCOMPARE(view.selectedTableRows(), std::vector<int> { view.model()->tableRow(cre) });
    QCOMPARE(chart->valueSeries().size(), 1);
    // Every Cre result is a point (two on 2024/05/01, each at its own time), oldest first.
    QLineSeries *values = chart->valueSeries().first();
    QCOMPARE(values->count(), 3);
    QCOMPARE(values->at(0).y(), 0.95);
    QCOMPARE(values->at(2).y(), 1.45);
    QVERIFY(values->name().contains(u"Cre"_s));
    // The band steps from the clinic's range to the hospital's.
    QCOMPARE(chart->bands().size(), 1);
    const QList<QPointF> upper = chart->bands().first()->upperSeries()->points();
    const QList<QPointF> lower = chart->bands().first()->lowerSeries()->points();
    QVERIFY(upper.size() >= 2);
    QCOMPARE(upper.first().y(), 1.07);
    QCOMPARE(upper.last().y(), 1.04);
    QCOMPARE(lower.first().y(), 0.65);
    QCOMPARE(lower.last().y(), 0.61);
    // Hovering a point names its time, facility, value and that facility's range.
    const int first = chart->nearestPoint(0, values->at(0).x() + 7200000.0);
    QCOMPARE(first, 0);
    const QString tip = chart->pointToolTip(0, first);
    QVERIFY2(tip.contains(u"2024/03/01 10:00  さくら内科"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"0.95 mg/dL"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Reference range: 0.65–1.07 mg/dL"_s), qPrintable(tip));
    QVERIFY(chart->pointToolTip(0, 2).contains(u"1.45 mg/dL  H"_s));

    // Two tests: two series, two bands.
    view.table()->selectionModel()->select(view.model()->index(rowNamed(view.model(), u"K"_s), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCoreApplication::processEvents();
    QCOMPARE(chart->valueSeries().size(), 2);
    QCOMPARE(chart->bands().size(), 2);
    QCOMPARE(chart->valueSeries().at(1)->count(), 2);

    // The period filter narrows the chart too.
    clinical::LabFilter filter;
    filter.from = QDate(2024, 4, 1);
    view.setFilter(filter);
    QCOMPARE(chart->valueSeries().size(), 2);
    QCOMPARE(chart->valueSeries().first()->count(), 2);
}

void TestLabsView::chartPointChoosesItsDate()
{
    LabsView view;
    view.resize(1100, 800);
    view.show();
    QVERIFY(open(view, m_synthetic));
    selectRow(view, rowNamed(view.model(), u"K"_s));
    QLineSeries *values = view.trendChart()->valueSeries().value(0);
    QVERIFY(values);
    QSignalSpy chosen(&view, &LabsView::workspaceDateChosen);
    // A click on the line near the first point (a day later) picks that point's day.
    const QPointF first = values->at(0);
    Q_EMIT values->clicked(QPointF(first.x() + 86400000.0, first.y()));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toDate(), QDate(2024, 3, 1));
    QCOMPARE(view.model()->columnDate(view.model()->workspaceColumn()), QDate(2024, 3, 1));
}

void TestLabsView::medicationLane()
{
    LabsView view;
    view.resize(1100, 800);
    view.show();
    QVERIFY(open(view, m_synthetic));
    selectRow(view, rowNamed(view.model(), u"Cre"_s));
    ui::MedicationLane *lane = view.trendChart()->medicationLane();
    // Three refills at one clinic are one episode: one lane, one bar.
    QCOMPARE(lane->laneLabels().size(), 1);
    QVERIFY2(lane->laneLabels().first().contains(u"アムロジピン"_s),
        qPrintable(lane->laneLabels().first()));
    QCOMPARE(lane->barCount(), 1);
}

// Thousands of values over years: the chart opens on the last year (all values kept), and a
// workspace date outside it moves the window there.
void TestLabsView::denseSeriesOpenOnTheLastYear()
{
    model::ResourceSet set;
    set.patients.append(test::makePatient());
    const QDate first(2020, 1, 1);
    for (int d = 0; d < 1200; ++d) {
        test::LabSpec spec;
        spec.jlac10 = u"3H015000002327201"_s;
        spec.name = u"K"_s;
        spec.value = 4.0 + (d % 10) * 0.1;
        spec.unit = u"mEq/L"_s;
        spec.when = first.addDays(d).toString(Qt::ISODate);
        spec.low = 3.6;
        spec.high = 4.8;
        set.labs.append(test::makeLab(spec, d + 1));
    }
    LabsView view;
    view.resize(1100, 800);
    view.show();
    QVERIFY(open(view, clinical::PatientRecord::build(std::move(set))));
    selectRow(view, rowNamed(view.model(), u"K"_s));
    ui::LabTrendChart *chart = view.trendChart();
    QCOMPARE(chart->valueSeries().value(0)->count(), 1200);
    QDateTimeAxis *axis = chart->timeAxis();
    // The axis holds instants; the days are Japan's.
    const auto day = [](const QDateTime &t) { return clinical::japanDate(t.toMSecsSinceEpoch()); };
    const QDate last = first.addDays(1199);
    QVERIFY(day(axis->min()) >= last.addDays(-400));
    QVERIFY(day(axis->min()) <= last.addDays(-300));
    QVERIFY(day(axis->max()) >= last);
    QVERIFY(day(axis->max()) <= last.addDays(20)); // the newest value near the right edge
    const qint64 width = axis->min().msecsTo(axis->max());

    view.setWorkspaceDate(QDate(2020, 6, 1));
    QVERIFY(day(axis->min()) <= QDate(2020, 6, 1));
    QVERIFY(day(axis->max()) >= QDate(2020, 6, 1));
    QCOMPARE(axis->min().msecsTo(axis->max()), width);
    // A period chosen shows that period whole.
    clinical::LabFilter filter;
    filter.from = QDate(2020, 1, 1);
    filter.to = QDate(2022, 12, 31);
    view.setFilter(filter);
    QCOMPARE(day(chart->timeAxis()->min()), QDate(2020, 1, 1));
}

void TestLabsView::recordWithoutLabs()
{
    model::ResourceSet set;
    set.patients.append(test::makePatient());
    LabsView view;
    QVERIFY(open(view, clinical::PatientRecord::build(std::move(set))));
    QCOMPARE(view.model()->rowCount(), 0);
    auto *empty = view.findChild<ui::EmptyStateWidget *>();
    QVERIFY(empty && empty->isVisibleTo(&view));
    QCOMPARE(empty->title(), u"No lab results"_s);
}

void TestLabsView::japanese()
{
    ui::LanguageManager languages;
    LabsView view;
    QVERIFY(open(view, m_synthetic));
    QVERIFY(languages.setLanguage(u"ja"_s));
    QCOMPARE(view.title(), u"検査結果"_s);
    QCOMPARE(view.model()->headerData(LabTableModel::NameColumn, Qt::Horizontal).toString(),
        u"検査項目"_s);
    auto *abnormal = view.findChild<QCheckBox *>();
    QVERIFY(abnormal);
    QTRY_COMPARE(abnormal->text(), u"異常値のみ(&A)"_s); // on the LanguageChange event
    const QString tip
        = view.model()
              ->index(rowNamed(view.model(), u"Cre"_s), columnOf(view.model(), QDate(2024, 3, 1)))
              .data(Qt::ToolTipRole)
              .toString();
    QVERIFY2(tip.contains(u"基準値: 0.65–1.07 mg/dL"_s), qPrintable(tip));
    QVERIFY(languages.setLanguage(u"en"_s));
    QTRY_COMPARE(abnormal->text(), u"&Abnormal only"_s);
}

void TestLabsView::richestDemoPatient()
{
    LabsView view;
    QAbstractItemModelTester tester(
        view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1280, 860);
    view.show();
    QVERIFY(open(view, test::demoRichestRecord()));
    const LabTableModel *model = view.model();
    QVERIFY(model->testRowCount() > 20);
    QVERIFY(model->dateColumnCount() > 20);
    view.setWorkspaceDate(model->columnDate(model->columnCount() - 1));
    QCOMPARE(model->workspaceColumn(), model->columnCount() - 1);

    // The first numeric test charts every value of the table's row.
    for (int r = 0; r < model->rowCount(); ++r) {
        const int tableRow = model->tableRow(r);
        if (tableRow < 0 || !model->table()->row(tableRow).numeric)
            continue;
        selectRow(view, r);
        const auto trend = model->table()->trend(tableRow);
        QCOMPARE(view.trendChart()->valueSeries().size(), 1);
        QCOMPARE(view.trendChart()->valueSeries().first()->count(), qsizetype(trend.points.size()));
        break;
    }
}

// Closing the patient (or locking) leaves nothing of them: no row, no series, no lane, and no
// reference to the record anywhere in the view.
void TestLabsView::nullRecordLeavesNoPatientValue()
{
    auto record = test::syntheticLabRecord();
    std::weak_ptr<const clinical::PatientRecord> weak = record;
    LabsView view;
    view.resize(1100, 800);
    view.show();
    QVERIFY(open(view, std::move(record)));
    selectRow(view, rowNamed(view.model(), u"Cre"_s));
    QVERIFY(!view.trendChart()->valueSeries().isEmpty());
    view.setRecord(nullptr);
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.model()->columnCount(), 0);
    QVERIFY(view.trendChart()->valueSeries().isEmpty());
    QVERIFY(view.trendChart()->chart()->series().isEmpty());
    QVERIFY(view.trendChart()->medicationLane()->laneLabels().isEmpty());
    QVERIFY(view.selectedTableRows().empty());
    QTRY_VERIFY(weak.expired());
}

QTEST_MAIN(TestLabsView)
#include "testlabsview.moc"
