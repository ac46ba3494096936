#include "clinical/timeline.h"
#include "labsfixture.h"
#include "views/timeline/timelinecanvas.h"
#include "views/timeline/timelineview.h"
#include "workspace/recordview.h"
#include "workspace/viewregistry.h"
#include "workspace/workspace.h"
#include "workspace/workspacepane.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>

using namespace Qt::StringLiterals;
using renkei::ui::RecordView;
using renkei::ui::TimelineCanvas;
using renkei::ui::TimelineView;
using renkei::ui::ViewRegistry;
using renkei::ui::Workspace;

namespace {

// A view that records what the workspace tells it, and can choose a date like a real view.
class ProbeView : public RecordView {
public:
    ProbeView(QString id, QWidget *parent)
        : RecordView(parent)
        , m_id(std::move(id))
    {
    }
    QString viewId() const override { return m_id; }
    QString title() const override { return m_id; }
    void setRecord(std::shared_ptr<const renkei::clinical::PatientRecord> record) override
    {
        m_record = std::move(record);
        ++recordCalls;
        dates.clear();
    }
    void setWorkspaceDate(QDate date) override { dates.append(date); }
    void choose(QDate date) { Q_EMIT workspaceDateChosen(date); }

    std::shared_ptr<const renkei::clinical::PatientRecord> m_record;
    QList<QDate> dates;
    int recordCalls = 0;

private:
    QString m_id;
};

ViewRegistry registryWith(const QStringList &probes)
{
    ViewRegistry registry;
    registry.add(
        u"timeline"_s, [] { return u"Timeline"_s; },
        [](QWidget *parent) -> RecordView * { return new TimelineView(parent); });
    for (const QString &id : probes) {
        registry.add(
            id, [id] { return id; },
            [id](QWidget *parent) -> RecordView * { return new ProbeView(id, parent); });
    }
    return registry;
}

ProbeView *probe(const Workspace &w, int pane)
{
    return dynamic_cast<ProbeView *>(w.pane(pane)->view());
}

} // namespace

// The side-by-side workspace: one workspace date across panes, presets, the layout remembered
// per user, and nothing of a patient left after setRecord(nullptr).
class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void clickingTheTimelineMovesEveryOtherPane();
    void aPaneChoosingADateMovesTheOthersNotItself();
    void presetsGiveTheRolesLayouts();
    void missingViewsDoNotRepeatAView();
    void layoutIsRestoredPerUser();
    void nullRecordClearsEveryPane();
    void changingAPaneViewKeepsRecordAndDate();

private:
    std::shared_ptr<const renkei::clinical::PatientRecord> m_record;
};

void TestWorkspace::initTestCase()
{
    QCoreApplication::setOrganizationName(u"RenkeiTest"_s);
    QCoreApplication::setApplicationName(u"TestWorkspace"_s);
    m_record = renkei::test::syntheticLabRecord();
    QVERIFY(m_record);
}

void TestWorkspace::init()
{
    QSettings().clear();
}

void TestWorkspace::clickingTheTimelineMovesEveryOtherPane()
{
    Workspace w(registryWith({ u"labs"_s, u"docs"_s }));
    w.setPaneViews({ u"timeline"_s, u"labs"_s, u"docs"_s });
    w.resize(1500, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setRecord(m_record);
    // A new record's date is its newest day, given to every pane.
    QCOMPARE(w.workspaceDate(), QDate(2024, 5, 1));
    QCOMPARE(probe(w, 1)->dates.value(0), QDate(2024, 5, 1));

    auto *timeline = dynamic_cast<TimelineView *>(w.pane(0)->view());
    QVERIFY(timeline);
    TimelineCanvas *canvas = timeline->canvas();
    canvas->setVisibleRange(
        renkei::clinical::japanDayStart(QDate(2023, 12, 1)), 200 * TimelineCanvas::kDay);
    // The Cre result of 2024/03/01 at さくら内科: find its item and click it.
    const auto *items = canvas->timeline();
    int target = -1;
    for (int i = 0; i < items->count(); ++i) {
        if (renkei::clinical::japanDate(items->item(i).start) == QDate(2024, 3, 1)
            && items->item(i).kind == renkei::clinical::TimelineItem::Kind::LabPanel)
            target = i;
    }
    QVERIFY(target >= 0);
    const QPoint at = canvas->itemCentre(target);
    QCOMPARE(canvas->itemAt(at), target);
    QSignalSpy changed(&w, &Workspace::workspaceDateChanged);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w.workspaceDate(), QDate(2024, 3, 1));
    QCOMPARE(probe(w, 1)->dates.last(), QDate(2024, 3, 1));
    QCOMPARE(probe(w, 2)->dates.last(), QDate(2024, 3, 1));
    QCOMPARE(canvas->workspaceDate(), QDate(2024, 3, 1));
}

void TestWorkspace::aPaneChoosingADateMovesTheOthersNotItself()
{
    Workspace w(registryWith({ u"labs"_s, u"meds"_s }));
    w.setPaneViews({ u"labs"_s, u"timeline"_s, u"meds"_s });
    w.setRecord(m_record);
    ProbeView *labs = probe(w, 0);
    ProbeView *meds = probe(w, 2);
    const qsizetype labsBefore = labs->dates.size();
    labs->choose(QDate(2024, 1, 15));
    QCOMPARE(labs->dates.size(), labsBefore); // never echoed back
    QCOMPARE(meds->dates.last(), QDate(2024, 1, 15));
    auto *timeline = dynamic_cast<TimelineView *>(w.pane(1)->view());
    QCOMPARE(timeline->canvas()->workspaceDate(), QDate(2024, 1, 15));
    // The date is only moved while a patient is open.
    w.setRecord(nullptr);
    meds->choose(QDate(2020, 1, 1));
    QVERIFY(!w.workspaceDate().isValid());
}

void TestWorkspace::presetsGiveTheRolesLayouts()
{
    Workspace w(registryWith({ u"labs"_s, u"meds"_s, u"docs"_s }));
    w.applyPreset(Workspace::Preset::Pharmacist);
    QCOMPARE(w.paneViews(), QStringList({ u"meds"_s, u"labs"_s }));
    w.applyPreset(Workspace::Preset::Doctor);
    QCOMPARE(w.paneViews(), QStringList({ u"timeline"_s, u"labs"_s, u"docs"_s }));
    w.applyPreset(Workspace::Preset::Clerk);
    QCOMPARE(w.paneViews(), QStringList({ u"timeline"_s, u"docs"_s }));
    QCOMPARE(w.paneCount(), 2);
}

void TestWorkspace::missingViewsDoNotRepeatAView()
{
    Workspace w(registryWith({ u"labs"_s }));
    w.applyPreset(Workspace::Preset::Doctor); // no documents view in this build
    QCOMPARE(w.paneViews(), QStringList({ u"timeline"_s, u"labs"_s }));
    w.applyPreset(Workspace::Preset::Pharmacist); // no medications view: labs and another
    QCOMPARE(w.paneViews(), QStringList({ u"labs"_s, u"timeline"_s }));
}

void TestWorkspace::layoutIsRestoredPerUser()
{
    QList<int> sizes;
    {
        Workspace w(registryWith({ u"labs"_s, u"docs"_s }));
        w.resize(1200, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSettingsScope(u"hanamizuki:doctor"_s);
        w.setPaneViews({ u"docs"_s, u"timeline"_s, u"labs"_s });
        w.splitter()->setSizes({ 600, 300, 300 });
        sizes = w.splitter()->sizes();
        QSettings settings;
        w.saveState(settings);
    }
    QVERIFY(sizes.at(0) > sizes.at(1));
    Workspace again(registryWith({ u"labs"_s, u"docs"_s }));
    again.resize(1200, 600);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.setSettingsScope(u"hanamizuki:doctor"_s);
    QCOMPARE(again.paneViews(), QStringList({ u"docs"_s, u"timeline"_s, u"labs"_s }));
    QCOMPARE(again.splitter()->sizes(), sizes);

    // Another user starts from the default layout.
    Workspace other(registryWith({ u"labs"_s, u"docs"_s }));
    other.setSettingsScope(u"hanamizuki:pharmacist"_s);
    QCOMPARE(other.paneViews(), Workspace::presetViews(Workspace::Preset::Doctor));
    // Nothing of the user's name in clear in the settings.
    const QStringList keys = QSettings().allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys)
        QVERIFY2(!key.contains(u"doctor"_s), qPrintable(key));
}

void TestWorkspace::nullRecordClearsEveryPane()
{
    Workspace w(registryWith({ u"labs"_s, u"docs"_s }));
    w.setPaneViews({ u"timeline"_s, u"labs"_s, u"docs"_s });
    w.setRecord(m_record);
    QVERIFY(probe(w, 1)->m_record);
    auto *timeline = dynamic_cast<TimelineView *>(w.pane(0)->view());
    QVERIFY(timeline->canvas()->timeline());
    w.setRecord(nullptr);
    QVERIFY(!probe(w, 1)->m_record);
    QVERIFY(!probe(w, 2)->m_record);
    QVERIFY(!timeline->canvas()->timeline());
    QVERIFY(!w.workspaceDate().isValid());
    QVERIFY(!w.record());
}

void TestWorkspace::changingAPaneViewKeepsRecordAndDate()
{
    Workspace w(registryWith({ u"labs"_s, u"docs"_s }));
    w.setPaneViews({ u"timeline"_s, u"labs"_s });
    w.setRecord(m_record);
    w.setWorkspaceDate(QDate(2024, 2, 1));
    QVERIFY(w.pane(1)->setView(u"docs"_s));
    ProbeView *docs = probe(w, 1);
    QCOMPARE(docs->viewId(), u"docs"_s);
    QCOMPARE(docs->m_record, m_record);
    QCOMPARE(docs->dates.last(), QDate(2024, 2, 1));
    QVERIFY(!w.pane(1)->setView(u"nonexistent"_s));
    QCOMPARE(w.pane(1)->viewId(), u"docs"_s);
}

QTEST_MAIN(TestWorkspace)
#include "testworkspace.moc"
