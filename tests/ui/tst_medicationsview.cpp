#include "clinical/medicationlist.h"
#include "clinical/patientrecord.h"
#include "demorecordfixture.h"
#include "languagemanager.h"
#include "views/meds/allergybanner.h"
#include "views/meds/medicationmodel.h"
#include "views/meds/medicationsview.h"
#include "views/meds/medicationtimeline.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace renkei;
using renkei::ui::MedicationsView;
using renkei::ui::MedicationTreeModel;

namespace {

const QString kAmlodipineGroup = u"yj7:2171022"_s;

// Every patient value the view could show: names of drugs, facilities, prescribers, allergies.
QStringList patientValues(const clinical::PatientRecord &record)
{
    QStringList values;
    for (const model::Medication &m : record.resources().medications) {
        values << m.name << m.prescriber << m.usageText;
    }
    for (const clinical::FacilityInfo &f : record.facilities())
        values << f.name;
    for (const model::Allergy &a : record.resources().allergies)
        values << a.display << a.reactions;
    values << record.patient().kanjiName << record.patient().kanaName;
    values.removeAll(QString());
    values.removeDuplicates();
    return values;
}

QModelIndex sourceIndexOfLine(MedicationsView &view, int line)
{
    return view.model()->indexOfLine(line);
}

} // namespace

class TestMedicationsView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void linesCarryTheirSources();
    void amlodipineDuplicateNamesBothFacilities();
    void activeOrEndedFollowsTheWorkspaceDate();
    void refillsCollapseToOneBarPerEpisode();
    void clickingChoosesTheStartDate();
    void allergiesAboveTheList();
    void japaneseFirst();
    void noRecordLeavesNoPatientValue();

private:
    // setRecord() and wait for the list, built on a worker thread.
    bool openRecord(std::shared_ptr<const clinical::PatientRecord> record)
    {
        m_view->setRecord(std::move(record));
        return QTest::qWaitFor([this] { return !m_view->isBuilding(); }, 10000);
    }

    QList<test::DemoRecord> m_charts;
    int m_amlodipineChart = -1;
    std::unique_ptr<MedicationsView> m_view;
};

void TestMedicationsView::initTestCase()
{
    m_charts = test::demoRecords(3);
    QCOMPARE(m_charts.size(), 3);
    for (int c = 0; c < m_charts.size() && m_amlodipineChart < 0; ++c) {
        const auto list = clinical::MedicationList::build(m_charts.at(c).record);
        for (const clinical::MedicationDuplicate &d : list.duplicates()) {
            if (list.groups().at(size_t(d.group)).key == kAmlodipineGroup)
                m_amlodipineChart = c;
        }
    }
    QVERIFY2(m_amlodipineChart >= 0, "the demo's amlodipine overlap is gone");
}

void TestMedicationsView::init()
{
    m_view = std::make_unique<MedicationsView>();
    m_view->resize(1300, 850);
    m_view->setToday(test::demoToday());
    m_view->show();
}

void TestMedicationsView::cleanup()
{
    m_view.reset();
}

void TestMedicationsView::modelsPassTheTester()
{
    MedicationTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterKeyColumn(-1);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto list = std::make_shared<const clinical::MedicationList>(
        clinical::MedicationList::build(m_charts.first().record));
    model.setAsOf(test::demoToday());
    model.setList(list);
    QVERIFY(model.rowCount() > 0);
    model.setMode(MedicationTreeModel::Mode::History);
    QCOMPARE(model.shownLineCount(), list->lineCount());
    proxy.setFilterFixedString(list->line(0).name);
    QVERIFY(proxy.rowCount() > 0);
    proxy.setFilterFixedString(QString());
    model.setMode(MedicationTreeModel::Mode::Current);
    model.setAsOf(test::demoToday().addYears(-3));
    model.setList(nullptr);
    QCOMPARE(model.rowCount(), 0);
    // The view's own models, through a record change.
    QAbstractItemModelTester viewTester(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester viewProxyTester(
        m_view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openRecord(m_charts.first().record));
    m_view->showHistory(true);
    m_view->setWorkspaceDate(QDate(2022, 1, 10));
    m_view->showHistory(false);
    QVERIFY(openRecord(m_charts.at(1).record));
}

void TestMedicationsView::linesCarryTheirSources()
{
    const auto &record = m_charts.first().record;
    QVERIFY(openRecord(record));
    MedicationTreeModel *model = m_view->model();
    QVERIFY(model->rowCount() > 0);
    const auto list = clinical::MedicationList::build(record);
    int checked = 0;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        QVERIFY(model->rowCount(group) > 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const int line = model->index(r, 0, group).data(MedicationTreeModel::LineRole).toInt();
            const clinical::MedicationLine &l = list.line(line);
            QVERIFY(list.isActive(line, test::demoToday()));
            QCOMPARE(l.group, group.data(MedicationTreeModel::GroupRole).toInt());
            auto text
                = [&](int column) { return model->index(r, column, group).data().toString(); };
            QVERIFY(text(MedicationTreeModel::NameColumn).contains(l.name));
            QCOMPARE(text(MedicationTreeModel::DoseColumn), l.dose);
            QCOMPARE(text(MedicationTreeModel::UsageColumn), l.usage);
            QCOMPARE(text(MedicationTreeModel::PrescriberColumn), l.prescriber);
            QCOMPARE(text(MedicationTreeModel::FacilityColumn),
                record->facilities().at(l.facility).name);
            if (l.pharmacy >= 0)
                QCOMPARE(text(MedicationTreeModel::PharmacyColumn),
                    record->facilities().at(l.pharmacy).name);
            QVERIFY(text(MedicationTreeModel::PeriodColumn)
                        .startsWith(l.start.toString(u"yyyy/MM/dd"_s)));
            ++checked;
        }
    }
    QCOMPARE(checked, int(list.current(test::demoToday()).size()));
}

void TestMedicationsView::amlodipineDuplicateNamesBothFacilities()
{
    const auto &record = m_charts.at(m_amlodipineChart).record;
    const auto list = clinical::MedicationList::build(record);
    const clinical::MedicationDuplicate *dup = nullptr;
    for (const clinical::MedicationDuplicate &d : list.duplicates()) {
        if (list.groups().at(size_t(d.group)).key == kAmlodipineGroup
            && (!dup || d.overlapStart < dup->overlapStart))
            dup = &d; // the group's first overlap
    }
    QVERIFY(dup);
    const QString nameA = record->facilities().at(dup->facilityA).name;
    const QString nameB = record->facilities().at(dup->facilityB).name;
    QVERIFY(nameA != nameB);

    QVERIFY(openRecord(record));
    // Before the overlap: not flagged in the current list.
    m_view->setWorkspaceDate(dup->overlapStart.addDays(-1));
    QModelIndex a = sourceIndexOfLine(*m_view, dup->lineA);
    if (a.isValid())
        QVERIFY(!a.data(MedicationTreeModel::DuplicateRole).toBool());
    QVERIFY(m_view->duplicateBanner()->isHidden()
        || !m_view->duplicateBanner()->text().contains(list.line(dup->lineB).name));

    // In the overlap: both lines flagged by icon, colour and words, both sources named.
    m_view->setWorkspaceDate(dup->overlapStart);
    for (const int line : { dup->lineA, dup->lineB }) {
        const QModelIndex index = sourceIndexOfLine(*m_view, line);
        QVERIFY(index.isValid());
        QVERIFY(index.data(MedicationTreeModel::DuplicateRole).toBool());
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(index.data(Qt::ForegroundRole).isValid());
        const QString status
            = index.siblingAtColumn(MedicationTreeModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(u"Duplicate"_s), qPrintable(status));
        const QStringList names
            = index.data(MedicationTreeModel::DuplicateFacilitiesRole).toStringList();
        QVERIFY(names.contains(nameA));
        QVERIFY(names.contains(nameB));
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(nameA) && tip.contains(nameB), qPrintable(tip));
        QVERIFY(tip.contains(MedicationTreeModel::ruleText(int(clinical::IngredientRule::Yj7))));
    }
    // The details line above the list names both sources too.
    QVERIFY(m_view->duplicateBanner()->isVisible());
    const QString banner = m_view->duplicateBanner()->text();
    QVERIFY2(banner.contains(nameA.toHtmlEscaped()) && banner.contains(nameB.toHtmlEscaped()),
        qPrintable(banner));
    // Its group row is flagged as well.
    const QModelIndex line = sourceIndexOfLine(*m_view, dup->lineA);
    QVERIFY(line.parent().data(MedicationTreeModel::DuplicateRole).toBool());
}

void TestMedicationsView::activeOrEndedFollowsTheWorkspaceDate()
{
    const auto &record = m_charts.first().record;
    const auto list = clinical::MedicationList::build(record);
    // A line with an end, whose ingredient is not taken again right after it.
    int chosen = -1;
    for (int l = 0; l < list.lineCount() && chosen < 0; ++l) {
        const clinical::MedicationLine &line = list.line(l);
        if (line.excluded || line.stopped || line.openEnded || !line.end.isValid())
            continue;
        chosen = l;
    }
    QVERIFY(chosen >= 0);
    const clinical::MedicationLine &line = list.line(chosen);
    QVERIFY(openRecord(record));
    QSignalSpy echoed(m_view.get(), &MedicationsView::workspaceDateChosen);

    m_view->setWorkspaceDate(line.start);
    QCOMPARE(m_view->asOf(), line.start);
    QVERIFY(sourceIndexOfLine(*m_view, chosen).isValid());
    QCOMPARE(sourceIndexOfLine(*m_view, chosen)
                 .siblingAtColumn(MedicationTreeModel::StatusColumn)
                 .data()
                 .toString(),
        u"Active"_s);
    QCOMPARE(m_view->timeline()->marker(), line.start);

    m_view->setWorkspaceDate(line.end.addDays(1));
    QVERIFY(!sourceIndexOfLine(*m_view, chosen).isValid()); // ended: not in the current list
    QCOMPARE(m_view->timeline()->marker(), line.end.addDays(1));
    m_view->showHistory(true);
    const QModelIndex inHistory = sourceIndexOfLine(*m_view, chosen);
    QVERIFY(inHistory.isValid());
    QCOMPARE(
        inHistory.siblingAtColumn(MedicationTreeModel::StatusColumn).data().toString(), u"Ended"_s);
    // No workspace date: today.
    m_view->setWorkspaceDate(QDate());
    QCOMPARE(m_view->asOf(), test::demoToday());
    QCOMPARE(echoed.count(), 0); // never echoed back
}

void TestMedicationsView::refillsCollapseToOneBarPerEpisode()
{
    const auto &record = m_charts.first().record;
    const auto list = clinical::MedicationList::build(record);
    QVERIFY(openRecord(record));
    ui::MedicationTimeline *timeline = m_view->timeline();
    timeline->setYears(0); // the whole history
    QApplication::processEvents();
    int dated = 0;
    QSet<int> groups;
    for (const clinical::MedicationEpisode &e : list.episodes()) {
        if (e.start.isValid() && e.group >= 0) {
            ++dated;
            groups.insert(e.group);
        }
    }
    QCOMPARE(int(timeline->bars().size()), dated);
    QCOMPARE(timeline->laneCount(), groups.size());
    QSet<int> episodes;
    for (const ui::MedicationTimeline::Bar &bar : timeline->bars()) {
        episodes.insert(bar.episode);
        QVERIFY(bar.rect.width() >= 3);
        QVERIFY(bar.rect.left() >= 0 && bar.rect.right() <= timeline->width());
    }
    QCOMPARE(episodes.size(), dated);
    // Refills collapse: far fewer bars than prescriptions (the richest chart refills monthly).
    QVERIFY2(dated * 4 < list.lineCount(),
        qPrintable(u"%1 bars for %2 lines"_s.arg(dated).arg(list.lineCount())));
    // A shorter span shows fewer or as many bars, none outside it.
    timeline->setYears(1);
    QVERIFY(int(timeline->bars().size()) <= dated);
    for (const ui::MedicationTimeline::Bar &bar : timeline->bars())
        QVERIFY(bar.rect.right() > timeline->xOf(timeline->rangeStart()));
}

void TestMedicationsView::clickingChoosesTheStartDate()
{
    const auto &record = m_charts.first().record;
    QVERIFY(openRecord(record));
    QApplication::processEvents();
    QSignalSpy chosen(m_view.get(), &MedicationsView::workspaceDateChosen);
    QTreeView *tree = m_view->tree();
    const QModelIndex group = tree->model()->index(0, 0);
    const QModelIndex line = tree->model()->index(0, MedicationTreeModel::UsageColumn, group);
    QVERIFY(line.isValid());
    tree->scrollTo(line);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(line).center());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toDate(),
        line.siblingAtColumn(0).data(MedicationTreeModel::StartDateRole).toDate());

    ui::MedicationTimeline *timeline = m_view->timeline();
    QVERIFY(!timeline->bars().empty());
    const ui::MedicationTimeline::Bar bar = timeline->bars().front();
    QTest::mouseClick(timeline, Qt::LeftButton, {}, bar.rect.center().toPoint());
    QCOMPARE(chosen.count(), 2);
    const auto list = clinical::MedicationList::build(record);
    QCOMPARE(chosen.at(1).at(0).toDate(), list.episodes().at(size_t(bar.episode)).start);
}

void TestMedicationsView::allergiesAboveTheList()
{
    for (const test::DemoRecord &chart : std::as_const(m_charts)) {
        QVERIFY(openRecord(chart.record));
        ui::AllergyBanner *banner = m_view->allergyBanner();
        QCOMPARE(banner->isAlert(), chart.record->hasActiveAllergy());
        for (const int a : chart.record->activeAllergies()) {
            const QString name = chart.record->resources().allergies.at(a).display;
            QVERIFY2(banner->text().contains(name.toHtmlEscaped()), qPrintable(banner->text()));
        }
        QVERIFY(banner->mapTo(m_view.get(), QPoint(0, banner->height())).y()
            <= m_view->tree()->mapTo(m_view.get(), QPoint()).y());
    }
}

void TestMedicationsView::japaneseFirst()
{
    QVERIFY(openRecord(m_charts.first().record));
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(u"ja"_s));
    QCOMPARE(m_view->title(), u"投薬"_s);
    QCOMPARE(m_view->tree()->model()->headerData(0, Qt::Horizontal).toString(), u"薬剤"_s);
    const QModelIndex group = m_view->model()->index(0, 0);
    const QModelIndex line = m_view->model()->index(0, MedicationTreeModel::StatusColumn, group);
    QVERIFY2(line.data().toString().contains(u"服用中"_s), qPrintable(line.data().toString()));
    // The views redo their words on the LanguageChange event (posted).
    QTRY_VERIFY(m_view->findChild<QLabel *>(u"medicationSummary"_s)->text().contains(u"服用中"_s));
    // Dates as 2024/05/01.
    QVERIFY(line.siblingAtColumn(MedicationTreeModel::PeriodColumn)
                .data()
                .toString()
                .contains(QRegularExpression(u"^\\d{4}/\\d{2}/\\d{2}〜"_s)));
    QVERIFY(languages.setLanguage(u"en"_s));
    QCOMPARE(m_view->title(), u"Medications"_s);
    QCOMPARE(line.data().toString(), u"Active"_s);
    QTRY_VERIFY(m_view->findChild<QLabel *>(u"medicationSummary"_s)->text().contains(u"Active"_s));
}

void TestMedicationsView::noRecordLeavesNoPatientValue()
{
    const auto &record = m_charts.at(m_amlodipineChart).record;
    QStringList values = patientValues(*record) + patientValues(*m_charts.first().record);
    values.removeDuplicates();
    QVERIFY(values.size() > 10);
    QVERIFY(openRecord(record));
    m_view->tree()->setCurrentIndex(m_view->proxy()->index(0, 0));
    m_view->showHistory(true);
    // Another chart still being built when the view is cleared: its list never shows.
    m_view->setRecord(m_charts.first().record);
    QVERIFY(m_view->isBuilding());
    QSignalSpy shown(m_view.get(), &MedicationsView::recordShown);
    m_view->setRecord(nullptr);
    QCOMPARE(shown.count(), 1);
    QTest::qWait(500);
    QCOMPARE(shown.count(), 1);
    QVERIFY(!m_view->isBuilding());

    for (const QLabel *label : m_view->findChildren<QLabel *>()) {
        for (const QString &value : values)
            QVERIFY2(
                !label->text().contains(value), qPrintable(label->objectName() + u": "_s + value));
    }
    for (const QLineEdit *edit : m_view->findChildren<QLineEdit *>())
        QVERIFY(edit->text().isEmpty());
    for (const QAbstractItemModel *model : m_view->findChildren<QAbstractItemModel *>())
        QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_view->timeline()->bars().empty());
    QCOMPARE(m_view->timeline()->laneCount(), 0);
    QVERIFY(m_view->allergyBanner()->text().isEmpty());
    QVERIFY(m_view->accessibleName().isEmpty() || !values.contains(m_view->accessibleName()));
}

QTEST_MAIN(TestMedicationsView)
#include "tst_medicationsview.moc"
