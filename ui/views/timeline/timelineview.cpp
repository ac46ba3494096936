#include "views/timeline/timelineview.h"

#include "clinical/patientrecord.h"
#include "emptystatewidget.h"
#include "views/timeline/timelinecanvas.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

constexpr qint64 kDay = clinical::kMsPerDay;
// The zoom presets, widest first: ten years, five, one, three months, one month, one week.
constexpr std::array<qint64, 6> kSpans { 3653 * kDay, 1826 * kDay, 365 * kDay, 91 * kDay, 30 * kDay,
    7 * kDay };

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : RecordView(parent)
{
    setObjectName(u"timelineView"_s);

    auto *bar = new QWidget(this);
    bar->setObjectName(u"timelineToolbar"_s);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(10, 6, 10, 6);
    barLayout->setSpacing(2);
    m_zoomGroup = new QButtonGroup(this);
    m_zoomGroup->setExclusive(true);
    for (int i = 0; i < int(kSpans.size()); ++i) {
        auto *button = new QToolButton(bar);
        button->setObjectName(u"timelineZoom%1"_s.arg(i));
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_zoomGroup->addButton(button, i);
        barLayout->addWidget(button);
    }
    barLayout->addSpacing(8);
    m_zoomOut = new QToolButton(bar);
    m_zoomOut->setObjectName(u"timelineZoomOut"_s);
    m_zoomOut->setText(u"−"_s);
    m_zoomOut->setAutoRaise(true);
    m_zoomIn = new QToolButton(bar);
    m_zoomIn->setObjectName(u"timelineZoomIn"_s);
    m_zoomIn->setText(u"+"_s);
    m_zoomIn->setAutoRaise(true);
    m_latest = new QToolButton(bar);
    m_latest->setObjectName(u"timelineLatest"_s);
    m_latest->setAutoRaise(true);
    barLayout->addWidget(m_zoomOut);
    barLayout->addWidget(m_zoomIn);
    barLayout->addWidget(m_latest);
    barLayout->addStretch(1);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(u"timelineSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    barLayout->addWidget(m_summary);

    m_canvas = new TimelineCanvas(this);
    m_empty = new EmptyStateWidget(EmptyStateWidget::Size::Compact, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_canvas);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);

    connect(m_zoomGroup, &QButtonGroup::idClicked, this,
        [this](int id) { m_canvas->showSpan(kSpans[size_t(id)]); });
    connect(m_zoomIn, &QToolButton::clicked, this,
        [this] { m_canvas->zoomBy(0.5, m_canvas->viewStart() + m_canvas->span() / 2); });
    connect(m_zoomOut, &QToolButton::clicked, this,
        [this] { m_canvas->zoomBy(2.0, m_canvas->viewStart() + m_canvas->span() / 2); });
    connect(m_latest, &QToolButton::clicked, m_canvas, &TimelineCanvas::showLatest);
    connect(m_canvas, &TimelineCanvas::visibleRangeChanged, this, &TimelineView::updateZoomButtons);
    connect(m_canvas, &TimelineCanvas::dateClicked, this, &RecordView::workspaceDateChosen);
    setFocusProxy(m_canvas);
    retranslateUi();
    setRecord(nullptr);
}

TimelineView::~TimelineView()
{
    ++m_generation;
    for (QThread *thread : std::as_const(m_builders))
        thread->wait();
}

QString TimelineView::viewId() const
{
    return u"timeline"_s;
}

QString TimelineView::title() const
{
    return tr("Timeline");
}

void TimelineView::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    // The same patient again (a reload while a sync brings more): keep the view where the user
    // has it, and "last viewed" at the view before this opening, so what arrives shows as new.
    const bool samePatient = m_record && record && !record->cacheKey().isEmpty()
        && record->cacheKey() == m_record->cacheKey();
    const qint64 from = m_canvas->viewStart();
    const qint64 span = m_canvas->span();
    const qint64 previousViewed = m_canvas->lastViewed();
    const quint64 generation = ++m_generation;
    m_record = std::move(record);
    if (!m_record) {
        m_date = {};
        m_canvas->setTimeline(nullptr, clinical::kNoTime);
        m_stack->setCurrentWidget(m_empty);
        updateControls();
        return;
    }
    const QDateTime viewed = m_record->lastViewed();
    const qint64 lastViewed = samePatient ? previousViewed
        : viewed.isValid()                ? viewed.toMSecsSinceEpoch()
                                          : clinical::kNoTime;
    const auto apply = [this, samePatient, from, span, lastViewed](
                           std::shared_ptr<const clinical::Timeline> timeline) {
        m_canvas->setTimeline(timeline, lastViewed);
        if (samePatient)
            m_canvas->setVisibleRange(from, span);
        if (m_date.isValid())
            m_canvas->setWorkspaceDate(m_date);
        m_stack->setCurrentWidget(
            timeline->count() > 0 ? static_cast<QWidget *>(m_canvas) : m_empty);
        updateControls();
    };
    if (m_record->resources().count() < kBuildOnWorkerFrom) {
        apply(std::make_shared<const clinical::Timeline>(clinical::Timeline::build(m_record)));
        return;
    }
    // A large chart: built on a worker thread; until then the previous picture of the same
    // patient stays, or the view says it is getting ready.
    if (!samePatient) {
        m_canvas->setTimeline(nullptr, clinical::kNoTime);
        m_stack->setCurrentWidget(m_empty);
    }
    auto result = std::make_shared<std::shared_ptr<const clinical::Timeline>>();
    QThread *thread = QThread::create([record = m_record, result] {
        *result = std::make_shared<const clinical::Timeline>(clinical::Timeline::build(record));
    });
    m_builders.insert(thread);
    connect(thread, &QThread::finished, this, [this, thread, result, generation, apply] {
        m_builders.remove(thread);
        thread->deleteLater();
        if (generation == m_generation && *result)
            apply(*result);
    });
    thread->start();
    updateControls();
}

void TimelineView::setWorkspaceDate(QDate date)
{
    m_date = date;
    m_canvas->setWorkspaceDate(date);
}

bool TimelineView::isBuilding() const
{
    return !m_builders.isEmpty();
}

void TimelineView::updateControls()
{
    const bool ready = m_canvas->timeline() != nullptr;
    for (QAbstractButton *button : m_zoomGroup->buttons())
        button->setEnabled(ready);
    m_zoomIn->setEnabled(ready);
    m_zoomOut->setEnabled(ready);
    m_latest->setEnabled(ready);
    retranslateUi();
}

void TimelineView::updateZoomButtons()
{
    // The preset nearest to the current span is shown checked.
    int nearest = -1;
    double best = 0.35; // within about ±40 % of a preset
    for (int i = 0; i < int(kSpans.size()); ++i) {
        const double ratio
            = std::abs(std::log(double(m_canvas->span()) / double(kSpans[size_t(i)])));
        if (ratio < best) {
            best = ratio;
            nearest = i;
        }
    }
    m_zoomGroup->setExclusive(false);
    for (QAbstractButton *button : m_zoomGroup->buttons())
        button->setChecked(m_zoomGroup->id(button) == nearest);
    m_zoomGroup->setExclusive(true);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RecordView::changeEvent(event);
}

void TimelineView::retranslateUi()
{
    const std::array<QString, 6> names { tr("10 y"), tr("5 y"), tr("1 y"), tr("3 mo"), tr("1 mo"),
        tr("1 wk") };
    const std::array<QString, 6> tips { tr("Show ten years"), tr("Show five years"),
        tr("Show one year"), tr("Show three months"), tr("Show one month"), tr("Show one week") };
    for (QAbstractButton *button : m_zoomGroup->buttons()) {
        const auto id = size_t(m_zoomGroup->id(button));
        button->setText(names[id]);
        button->setToolTip(tips[id]);
        button->setAccessibleName(tips[id]);
    }
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setToolTip(tr("Zoom out (−)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_latest->setText(tr("Latest"));
    m_latest->setToolTip(tr("Show the most recent items (End)"));
    m_canvas->setAccessibleName(tr("Timeline"));
    m_canvas->setAccessibleDescription(
        tr("Encounters, admissions, lab results, prescriptions and documents by facility. "
           "Arrow keys move, plus and minus zoom."));
    if (!m_record) {
        m_empty->setTitle(tr("No patient open"));
        m_empty->setHint(tr("Open a patient to see every visit, admission, lab result, "
                            "prescription and document on one time axis."));
        m_summary->clear();
        return;
    }
    const auto *timeline = m_canvas->timeline();
    const int items = timeline ? timeline->count() : 0;
    if (!timeline) {
        m_empty->setTitle(tr("Preparing the timeline…"));
        m_empty->setHint(tr("A large record: its items are being placed on the time axis."));
    } else if (items == 0) {
        m_empty->setTitle(tr("Nothing dated yet"));
        m_empty->setHint(tr("This record has no dated visits, results, prescriptions or "
                            "documents yet."));
    }
    const int fresh = timeline && m_canvas->lastViewed() != clinical::kNoTime
        ? timeline->newCount(m_canvas->lastViewed())
        : 0;
    QString summary
        = tr("%n item(s) from %1 facilities", nullptr, items).arg(m_canvas->laneCount());
    if (fresh > 0)
        summary += u"  ·  "_s + tr("%n new since last viewed", nullptr, fresh);
    m_summary->setText(summary);
}

} // namespace renkei::ui
