#include "views/timeline/timelinecanvas.h"

#include "workspace/facilitypalette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace renkei::ui {

using clinical::kNoTime;
using clinical::TimelineItem;
using Kind = clinical::TimelineItem::Kind;

namespace {

constexpr int kMinRowHeight = 12;
constexpr int kMaxRowHeight = 18;

QString dayText(QDate d)
{
    return d.toString(u"yyyy/MM/dd"_s);
}

} // namespace

TimelineCanvas::TimelineCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timelineCanvas"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

TimelineCanvas::~TimelineCanvas() = default;

QString TimelineCanvas::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Encounter:
        return tr("Visit");
    case Kind::Admission:
        return tr("Admission");
    case Kind::Document:
        return tr("Document");
    case Kind::Prescription:
        return tr("Prescription");
    case Kind::Dispense:
        return tr("Dispensing");
    case Kind::LabPanel:
        return tr("Lab results");
    }
    return {};
}

QSize TimelineCanvas::sizeHint() const
{
    return { 720, 420 };
}

QSize TimelineCanvas::minimumSizeHint() const
{
    return { 320, 160 };
}

void TimelineCanvas::setTimeline(
    std::shared_ptr<const clinical::Timeline> timeline, qint64 lastViewed)
{
    m_timeline = std::move(timeline);
    m_lastViewed = lastViewed;
    m_lanes.clear();
    m_date = {};
    if (m_timeline) {
        const std::vector<int> lanes = m_timeline->lanes();
        m_lanes.assign(lanes.begin(), lanes.end());
        for (int i = 0; i < m_timeline->count(); ++i) {
            if (m_timeline->item(i).lane < 0) {
                m_lanes.push_back(-1);
                break;
            }
        }
        // Recent first: the last two years (or the whole record when shorter) end at the newest.
        const qint64 first = m_timeline->firstTime();
        const qint64 last = m_timeline->lastTime();
        if (first != kNoTime && last != kNoTime) {
            const qint64 whole = last - first + 30 * kDay;
            m_span = std::clamp(whole, kMinSpan, 730 * kDay);
            m_from = last + 15 * kDay - m_span;
        }
    }
    clampRange();
    updateGeometry();
    update();
    Q_EMIT visibleRangeChanged();
}

void TimelineCanvas::setWorkspaceDate(QDate date)
{
    m_date = date;
    if (date.isValid()) {
        const qint64 t = clinical::japanDayStart(date);
        if (t < m_from || t > m_from + m_span) {
            m_from = t - m_span / 2;
            clampRange();
            Q_EMIT visibleRangeChanged();
        }
    }
    update();
}

void TimelineCanvas::setVisibleRange(qint64 from, qint64 span)
{
    m_span = std::clamp(span, kMinSpan, kMaxSpan);
    m_from = from;
    clampRange();
    update();
    Q_EMIT visibleRangeChanged();
}

void TimelineCanvas::zoomBy(double factor, qint64 anchor)
{
    const double before = double(anchor - m_from) / double(m_span);
    const auto span = std::clamp(qint64(double(m_span) * factor), kMinSpan, kMaxSpan);
    setVisibleRange(anchor - qint64(before * double(span)), span);
}

void TimelineCanvas::showSpan(qint64 span)
{
    const qint64 centre = m_date.isValid() ? clinical::japanDayStart(m_date) : m_from + m_span / 2;
    const auto clamped = std::clamp(span, kMinSpan, kMaxSpan);
    setVisibleRange(centre - clamped / 2, clamped);
}

void TimelineCanvas::showLatest()
{
    if (!m_timeline || m_timeline->lastTime() == kNoTime)
        return;
    setVisibleRange(m_timeline->lastTime() + m_span / 20 - m_span, m_span);
}

// The view stays where there is something: it may not leave the record by more than half a
// span on either side.
void TimelineCanvas::clampRange()
{
    if (!m_timeline || m_timeline->count() == 0)
        return;
    const qint64 first = m_timeline->firstTime();
    const qint64 last = m_timeline->lastTime();
    if (first == kNoTime || last == kNoTime)
        return;
    const qint64 lowest = first - m_span / 2;
    const qint64 highest = last + m_span / 2 - m_span;
    m_from = std::clamp(m_from, std::min(lowest, highest), std::max(lowest, highest));
}

TimelineCanvas::Geometry TimelineCanvas::geometry() const
{
    Geometry g;
    g.plot = QRect(kGutter, kAxisHeight, std::max(1, width() - kGutter - 12),
        std::max(1, height() - kAxisHeight - kLegendHeight));
    const int lanes = std::max(1, int(m_lanes.size()));
    const int available = (g.plot.height() / lanes - 2 * kLanePadding) / kRows;
    g.rowHeight = std::clamp(available, kMinRowHeight, kMaxRowHeight);
    g.laneHeight = g.rowHeight * kRows + 2 * kLanePadding;
    return g;
}

double TimelineCanvas::xOf(qint64 time) const
{
    const Geometry g = geometry();
    return g.plot.left() + double(time - m_from) * g.plot.width() / double(m_span);
}

qint64 TimelineCanvas::timeAt(double x) const
{
    const Geometry g = geometry();
    return m_from + qint64((x - g.plot.left()) * double(m_span) / g.plot.width());
}

int TimelineCanvas::slotOfLane(int lane) const
{
    const auto it = std::find(m_lanes.begin(), m_lanes.end(), lane);
    return it == m_lanes.end() ? -1 : int(it - m_lanes.begin());
}

int TimelineCanvas::rowOf(Kind kind)
{
    switch (kind) {
    case Kind::Encounter:
    case Kind::Admission:
        return 0;
    case Kind::LabPanel:
        return 1;
    case Kind::Prescription:
    case Kind::Dispense:
        return 2;
    case Kind::Document:
        return 3;
    }
    return 0;
}

QPoint TimelineCanvas::itemCentre(int index) const
{
    if (!m_timeline || index < 0 || index >= m_timeline->count())
        return {};
    const TimelineItem &item = m_timeline->item(index);
    const Geometry g = geometry();
    return QPoint(
        int(std::lround(xOf(item.start))), g.rowCentre(slotOfLane(item.lane), rowOf(item.kind)));
}

int TimelineCanvas::itemAt(QPoint pos) const
{
    if (!m_timeline)
        return -1;
    const Geometry g = geometry();
    if (!g.plot.contains(pos))
        return -1;
    const int slot = (pos.y() - g.plot.top()) / g.laneHeight;
    if (slot < 0 || slot >= int(m_lanes.size()))
        return -1;
    const int row = (pos.y() - g.laneTop(slot) - kLanePadding) / g.rowHeight;
    if (row < 0 || row >= kRows)
        return -1;
    const double tolerance = kGlyph;
    int best = -1;
    double bestDistance = tolerance + 1;
    for (const int i :
        m_timeline->inRange(timeAt(pos.x() - tolerance), timeAt(pos.x() + tolerance))) {
        const TimelineItem &item = m_timeline->item(i);
        if (slotOfLane(item.lane) != slot || rowOf(item.kind) != row)
            continue;
        const double x0 = xOf(item.start);
        const double x1 = std::max(x0, xOf(item.end));
        const double distance = pos.x() < x0 ? x0 - pos.x() : (pos.x() > x1 ? pos.x() - x1 : 0.0);
        // Among equals the later item: it is drawn on top.
        if (distance <= tolerance && distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString TimelineCanvas::toolTipFor(int index) const
{
    const TimelineItem &item = m_timeline->item(index);
    const auto &facilities = m_timeline->record()->facilities();
    const QString facility = item.lane >= 0 && item.lane < facilities.size()
        ? facilities.at(item.lane).name
        : tr("Unknown facility");
    QString when = dayText(clinical::japanDate(item.start));
    if (clinical::japanDayNumber(item.end) != clinical::japanDayNumber(item.start))
        when += u" – "_s + dayText(clinical::japanDate(item.end));
    QString text = u"<b>%1</b> %2<br>%3"_s.arg(kindName(item.kind), when, facility.toHtmlEscaped());
    if (!item.title.isEmpty())
        text += u"<br>"_s + item.title.left(200).toHtmlEscaped();
    if (item.count > 1 && item.kind == Kind::LabPanel)
        text += u"<br>"_s + tr("%n result(s)", nullptr, item.count);
    else if (item.count > 1)
        text += u"<br>"_s + tr("%n drug(s)", nullptr, item.count);
    if (m_lastViewed != kNoTime && m_timeline->isNew(index, m_lastViewed))
        text += u"<br><i>"_s + tr("New since you last viewed this patient") + u"</i>"_s;
    return text;
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = itemAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const bool pan = event->modifiers().testFlag(Qt::ShiftModifier)
        || std::abs(delta.x()) > std::abs(delta.y());
    if (pan) {
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        setVisibleRange(m_from - qint64(double(m_span) * d / 1200.0), m_span);
    } else if (delta.y() != 0) {
        const double steps = delta.y() / 120.0;
        zoomBy(std::pow(0.8, steps), timeAt(event->position().x()));
    }
    event->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->pos();
    m_pressFrom = m_from;
    m_dragging = false;
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons().testFlag(Qt::LeftButton)) {
        const int dx = event->pos().x() - m_pressPos.x();
        if (m_dragging || std::abs(dx) > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            const Geometry g = geometry();
            setVisibleRange(
                m_pressFrom - qint64(double(dx) * double(m_span) / g.plot.width()), m_span);
        }
        return;
    }
    setCursor(itemAt(event->pos()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    if (!m_timeline || !geometry().plot.contains(event->pos()))
        return;
    const int index = itemAt(event->pos());
    const QDate day = clinical::japanDate(
        index >= 0 ? m_timeline->item(index).start : timeAt(event->pos().x()));
    if (!day.isValid())
        return;
    m_date = day;
    update();
    Q_EMIT dateClicked(day);
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setVisibleRange(m_from - m_span / 8, m_span);
        return;
    case Qt::Key_Right:
        setVisibleRange(m_from + m_span / 8, m_span);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5, m_from + m_span / 2);
        return;
    case Qt::Key_Minus:
        zoomBy(2.0, m_from + m_span / 2);
        return;
    case Qt::Key_Home:
        if (m_timeline && m_timeline->firstTime() != kNoTime)
            setVisibleRange(m_timeline->firstTime() - m_span / 20, m_span);
        return;
    case Qt::Key_End:
        showLatest();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace renkei::ui
