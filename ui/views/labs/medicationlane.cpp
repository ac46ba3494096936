#include "medicationlane.h"

#include "clinical/medicationlist.h"
#include "labformat.h"
#include "workspace/facilitypalette.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui {

namespace {

constexpr int kTop = 6;
constexpr int kRowHeight = 17;
constexpr int kBarHeight = 11;
constexpr int kBottom = 6;

} // namespace

MedicationLane::MedicationLane(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMouseTracking(false);
    setAccessibleName(tr("Medication lane"));
}

void MedicationLane::setMedications(std::shared_ptr<const clinical::MedicationList> medications)
{
    m_medications = std::move(medications);
    relayout();
}

void MedicationLane::setTimeRange(qint64 from, qint64 to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    relayout();
}

void MedicationLane::setPlotSpan(int left, int right)
{
    if (left == m_left && right == m_right)
        return;
    m_left = left;
    m_right = right;
    update();
}

void MedicationLane::setMarker(qint64 msecs)
{
    m_marker = msecs;
    update();
}

QStringList MedicationLane::laneLabels() const
{
    QStringList out;
    for (const Lane &lane : m_lanes)
        out.append(lane.label);
    return out;
}

int MedicationLane::barCount() const
{
    int n = 0;
    for (const Lane &lane : m_lanes)
        n += int(lane.bars.size());
    return n;
}

void MedicationLane::relayout()
{
    m_lanes.clear();
    m_hidden = 0;
    if (m_medications && m_from != clinical::kNoTime && m_to > m_from) {
        const clinical::PatientRecord *record = m_medications->record();
        const auto &episodes = m_medications->episodes();
        std::vector<int> laneOfGroup(m_medications->groups().size(), -1);
        std::vector<Lane> lanes;
        std::vector<qint64> firstStart;
        for (size_t e = 0; e < episodes.size(); ++e) {
            const clinical::MedicationEpisode &episode = episodes[e];
            if (!episode.start.isValid() || episode.group < 0)
                continue;
            Bar bar;
            bar.episode = int(e);
            bar.start = clinical::japanDayStart(episode.start);
            bar.openEnded = episode.openEnded;
            if (episode.openEnded)
                bar.end = std::max(m_to, bar.start + clinical::kMsPerDay);
            else if (episode.end.isValid())
                bar.end = clinical::japanDayStart(episode.end.addDays(1));
            else
                bar.end = bar.start + clinical::kMsPerDay;
            if (bar.end <= m_from || bar.start >= m_to)
                continue;
            const int facility = episode.facility;
            bar.colour = record && facility >= 0 && facility < record->facilities().size()
                ? facilityColour(record->facilities().at(facility).colourIndex) // the timeline's
                : QColor(0x9a, 0xa3, 0xab);
            int &lane = laneOfGroup[size_t(episode.group)];
            if (lane < 0) {
                lane = int(lanes.size());
                QString label = m_medications->groups().at(size_t(episode.group)).label;
                // 【般】 marks a 一般名 (generic name): the lane is narrow, the tooltip says all.
                if (label.startsWith(u"【般】"_s))
                    label = label.mid(3);
                lanes.push_back(Lane { label, {} });
                firstStart.push_back(bar.start);
            }
            firstStart[size_t(lane)] = std::min(firstStart[size_t(lane)], bar.start);
            lanes[size_t(lane)].bars.push_back(bar);
        }
        // The longest-standing drugs first, as a medication history reads.
        std::vector<size_t> order(lanes.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return firstStart[a] < firstStart[b]; });
        for (const size_t i : order) {
            if (int(m_lanes.size()) < kMaxLanes)
                m_lanes.push_back(std::move(lanes[i]));
            else
                ++m_hidden;
        }
    }
    updateGeometry();
    update();
}

QSize MedicationLane::sizeHint() const
{
    const int lanes = std::max<int>(1, int(m_lanes.size()) + (m_hidden > 0 ? 1 : 0));
    return QSize(400, kTop + lanes * kRowHeight + kBottom);
}

QSize MedicationLane::minimumSizeHint() const
{
    return QSize(100, sizeHint().height());
}

double MedicationLane::xOf(qint64 msecs) const
{
    if (m_to <= m_from)
        return m_left;
    return m_left + double(msecs - m_from) / double(m_to - m_from) * double(m_right - m_left);
}

qint64 MedicationLane::timeAt(double x) const
{
    if (m_right <= m_left)
        return m_from;
    return m_from + qint64((x - m_left) / double(m_right - m_left) * double(m_to - m_from));
}

int MedicationLane::laneTop(int lane) const
{
    return kTop + lane * kRowHeight;
}

const MedicationLane::Bar *MedicationLane::barAt(const QPoint &pos, int *laneIndex) const
{
    const int lane = (pos.y() - kTop) / kRowHeight;
    if (pos.y() < kTop || lane < 0 || lane >= int(m_lanes.size()))
        return nullptr;
    if (laneIndex)
        *laneIndex = lane;
    for (const Bar &bar : m_lanes[size_t(lane)].bars) {
        const double left = std::max<double>(m_left, xOf(bar.start));
        const double right = std::min<double>(m_right, std::max(xOf(bar.end), left + 2));
        if (pos.x() >= left - 1 && pos.x() <= right + 1)
            return &bar;
    }
    return nullptr;
}

void MedicationLane::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QColor grid(0xe3, 0xe7, 0xeb);
    painter.setPen(grid);
    painter.drawLine(m_left, 0, m_right, 0);

    QFont small = font();
    small.setPointSizeF(std::max(7.5, small.pointSizeF() * 0.85));
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const QColor label = palette().color(QPalette::WindowText);
    const QColor quiet(0x6b, 0x75, 0x7f);
    if (m_lanes.empty()) {
        painter.setPen(quiet);
        painter.drawText(QRect(m_left + 4, kTop, std::max(0, m_right - m_left - 8), kRowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, tr("No prescriptions in this period"));
        return;
    }
    const int gutter = std::max(0, m_left - 8);
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        const Lane &lane = m_lanes[i];
        const int top = laneTop(int(i));
        if (i % 2 == 1)
            painter.fillRect(
                QRect(m_left, top, m_right - m_left, kRowHeight), QColor(0xf7, 0xf8, 0xfa));
        painter.setPen(label);
        painter.drawText(QRect(2, top, gutter - 2, kRowHeight), Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(lane.label, Qt::ElideRight, gutter - 2));
        const int barTop = top + (kRowHeight - kBarHeight) / 2;
        for (const Bar &bar : lane.bars) {
            const double left = std::max<double>(m_left, xOf(bar.start));
            const double right = std::min<double>(m_right, xOf(bar.end));
            const QRectF r(left, barTop, std::max(2.0, right - left), kBarHeight);
            painter.fillRect(r, bar.colour);
            if (bar.openEnded && right >= m_right - 1) {
                // Still taken: the bar runs off the right edge with an arrow head.
                painter.setRenderHint(QPainter::Antialiasing);
                const QPointF tip[3]
                    = { QPointF(right - 5, barTop - 1), QPointF(right, barTop + kBarHeight / 2.0),
                          QPointF(right - 5, barTop + kBarHeight + 1) };
                painter.setPen(Qt::NoPen);
                painter.setBrush(bar.colour.darker(130));
                painter.drawPolygon(tip, 3);
                painter.setRenderHint(QPainter::Antialiasing, false);
            }
        }
    }
    if (m_hidden > 0) {
        painter.setPen(quiet);
        painter.drawText(QRect(2, laneTop(int(m_lanes.size())), gutter - 2, kRowHeight),
            Qt::AlignRight | Qt::AlignVCenter, tr("+%1 more").arg(m_hidden));
    }
    if (m_marker != clinical::kNoTime && m_marker >= m_from && m_marker <= m_to) {
        const int x = int(std::lround(xOf(m_marker)));
        painter.setPen(QPen(QColor(0xe0, 0xa8, 0x00), 2));
        painter.drawLine(x, 0, x, height());
    }
}

void MedicationLane::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && pos.x() >= m_left && pos.x() <= m_right
        && m_to > m_from) {
        const Bar *bar = barAt(pos);
        const qint64 time = bar ? std::max(bar->start, m_from) : timeAt(pos.x());
        Q_EMIT dateChosen(clinical::japanDate(time));
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

bool MedicationLane::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Bar *bar = barAt(help->pos());
        if (!bar || !m_medications) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const clinical::MedicationEpisode &episode
            = m_medications->episodes().at(size_t(bar->episode));
        const clinical::PatientRecord *record = m_medications->record();
        QStringList lines { episode.name };
        if (record && episode.facility >= 0 && episode.facility < record->facilities().size())
            lines.append(record->facilities().at(episode.facility).name);
        const QString end = episode.openEnded ? tr("continuing") : labs::dateText(episode.end);
        lines.append(u"%1 – %2"_s.arg(labs::dateText(episode.start), end));
        if (episode.lines.size() > 1)
            lines.append(tr("%1 prescriptions").arg(episode.lines.size()));
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        return true;
    }
    return QWidget::event(event);
}

void MedicationLane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Medication lane"));
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace renkei::ui
