#include "clinical/timeline.h"
#include "labsfixture.h"
#include "views/timeline/timelinecanvas.h"
#include "views/timeline/timelineview.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using renkei::ui::TimelineCanvas;
using renkei::ui::TimelineView;

// The timeline on the demo's large chart (about 131,000 values): only the visible range is
// painted, at most one glyph per pixel column, lane and row, and zooming stays within one week
// and ten years.
class TestTimelineView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void largeChartPaintsOnlyWhatShows();
    void zoomIsBoundedAndWheelZoomsAroundThePointer();
    void nullRecordClears();

private:
    std::shared_ptr<const renkei::clinical::PatientRecord> m_large;
};

void TestTimelineView::initTestCase()
{
    m_large = renkei::test::demoRichestRecord(renkei::demo::GeneratorOptions::Size::Large);
    QVERIFY(m_large);
    qInfo("large chart: %lld values", qlonglong(m_large->resources().count()));
}

void TestTimelineView::largeChartPaintsOnlyWhatShows()
{
    TimelineView view;
    view.resize(1400, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    view.setRecord(m_large);
    const qint64 setMs = timer.elapsed();
    // Built on a worker thread: the window's thread is back at once.
    QVERIFY(view.isBuilding());
    QVERIFY(!view.canvas()->timeline());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBuilding() && view.canvas()->timeline(), 60000);
    const qint64 buildMs = timer.restart();
    TimelineCanvas *canvas = view.canvas();
    const auto *timeline = canvas->timeline();
    QVERIFY(timeline && timeline->count() > 1000);

    // Ten years: everything is in range, but no more glyphs than pixel cells.
    canvas->showSpan(TimelineCanvas::kMaxSpan);
    timer.restart();
    QImage tenYears = canvas->grab().toImage();
    const qint64 tenYearsMs = timer.elapsed();
    const int tenYearsGlyphs = canvas->paintedGlyphs();
    const int cells = (canvas->width() + 40) * canvas->laneCount() * 4;
    QVERIFY(canvas->paintedGlyphs() > 0);
    QVERIFY2(
        canvas->paintedGlyphs() <= cells, qPrintable(QString::number(canvas->paintedGlyphs())));
    QVERIFY(canvas->paintedGlyphs() < timeline->count());

    // One week at the newest items: only what is there.
    canvas->showSpan(TimelineCanvas::kMinSpan);
    canvas->showLatest();
    timer.restart();
    canvas->grab();
    const qint64 weekMs = timer.elapsed();
    const auto inWeek = timeline->inRange(canvas->viewStart(), canvas->viewEnd());
    QVERIFY(canvas->paintedGlyphs() <= int(inWeek.size()) + 20);
    qInfo("timeline of %d items: setRecord returned in %lld ms, built in %lld ms, ten years "
          "painted in %lld ms (%d glyphs), one week in %lld ms",
        timeline->count(), setMs, buildMs, tenYearsMs, tenYearsGlyphs, weekMs);
    QVERIFY(!tenYears.isNull());
}

void TestTimelineView::zoomIsBoundedAndWheelZoomsAroundThePointer()
{
    TimelineView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setRecord(renkei::test::syntheticLabRecord());
    TimelineCanvas *canvas = view.canvas();
    canvas->showSpan(100 * TimelineCanvas::kMaxSpan);
    QCOMPARE(canvas->span(), TimelineCanvas::kMaxSpan);
    canvas->showSpan(1);
    QCOMPARE(canvas->span(), TimelineCanvas::kMinSpan);
    canvas->showSpan(365 * TimelineCanvas::kDay);
    const qint64 before = canvas->span();
    auto *zoomIn = view.findChild<QWidget *>(u"timelineZoomIn"_s);
    QVERIFY(zoomIn);
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QCOMPARE(canvas->span(), before / 2);
    // The 1年 preset is shown checked only at about a year.
    auto *year = view.findChild<QAbstractButton *>(u"timelineZoom2"_s);
    QVERIFY(year && !year->isChecked());
    QTest::mouseClick(year, Qt::LeftButton);
    QVERIFY(year->isChecked());
    QCOMPARE(canvas->span(), 365 * TimelineCanvas::kDay);
    // Keyboard: minus zooms out.
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Minus);
    QCOMPARE(canvas->span(), 730 * TimelineCanvas::kDay);
}

void TestTimelineView::nullRecordClears()
{
    TimelineView view;
    view.setRecord(renkei::test::syntheticLabRecord());
    QVERIFY(view.canvas()->timeline());
    view.setRecord(nullptr);
    QVERIFY(!view.canvas()->timeline());
    QCOMPARE(view.canvas()->paintedGlyphs(), 0);
}

QTEST_MAIN(TestTimelineView)
#include "testtimelineview.moc"
