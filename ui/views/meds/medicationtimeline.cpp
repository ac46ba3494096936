#include "views/meds/medicationtimeline.h"

#include "clinical/medicationlist.h"
#include "views/meds/recordformat.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using renkei::clinical::MedicationEpisode;

namespace renkei::ui {

namespace {

constexpr double kLabelWidth = 210;
constexpr double kRightMargin = 18;
constexpr double kAxisHeight = 44;
constexpr double kRowHeight = 20;
constexpr double kRowGap = 3;
constexpr double kLanePadding = 5;
constexpr double kLegendHeight = 30;

QDate later(QDate a, QDate b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

} // namespace

MedicationTimeline::MedicationTimeline(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(u"medicationTimeline"_s);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    computeRange();
}

MedicationTimeline::~MedicationTimeline() = default;

void MedicationTimeline::setList(std::shared_ptr<const clinical::MedicationList> list)
{
    m_list = std::move(list);
    m_hover = -1;
    computeRange();
    layoutBars();
    updateGeometry();
    update();
}

void MedicationTimeline::setYears(int years)
{
    m_years = std::max(0, years);
    computeRange();
    layoutBars();
    updateGeometry();
    update();
}

void MedicationTimeline::setToday(QDate today)
{
    m_today = today;
    computeRange();
    layoutBars();
    update();
}

void MedicationTimeline::setMarker(QDate date)
{
    m_marker = date;
    computeRange();
    layoutBars();
    updateGeometry();
    update();
}

void MedicationTimeline::computeRange()
{
    const QDate anchor = later(m_today, m_marker);
    m_to = anchor.addDays(21);
    if (m_years > 0) {
        m_from = anchor.addYears(-m_years);
        if (m_marker.isValid() && m_marker < m_from.addDays(30)) {
            // A workspace date long ago: the same span, centred on it.
            m_from = m_marker.addMonths(-6 * m_years);
            m_to = m_marker.addMonths(6 * m_years);
        }
        return;
    }
    QDate first;
    if (m_list) {
        for (const MedicationEpisode &e : m_list->episodes()) {
            if (e.start.isValid() && (!first.isValid() || e.start < first))
                first = e.start;
        }
    }
    m_from = first.isValid() ? first.addDays(-30) : anchor.addYears(-1);
    if (m_marker.isValid() && m_marker < m_from)
        m_from = m_marker.addDays(-30);
}

QDate MedicationTimeline::episodeEnd(int episode) const
{
    const MedicationEpisode &e = m_list->episodes().at(size_t(episode));
    if (e.openEnded || !e.end.isValid())
        return later(later(m_today, e.start), m_marker);
    return e.end;
}

double MedicationTimeline::xOf(QDate day) const
{
    const double left = kLabelWidth;
    const double width = std::max(10.0, double(this->width()) - kLabelWidth - kRightMargin);
    const double days = std::max<qint64>(1, m_from.daysTo(m_to));
    return left + double(m_from.daysTo(day)) * width / days;
}

void MedicationTimeline::layoutBars()
{
    m_lanes.clear();
    m_bars.clear();
    m_legend.clear();
    if (!m_list)
        return;
    const auto &episodes = m_list->episodes();
    std::vector<std::vector<int>> byGroup(m_list->groups().size());
    for (size_t e = 0; e < episodes.size(); ++e) {
        const MedicationEpisode &ep = episodes[e];
        if (ep.group < 0 || !ep.start.isValid())
            continue;
        if (ep.start > m_to || episodeEnd(int(e)) < m_from)
            continue;
        byGroup[size_t(ep.group)].push_back(int(e));
    }
    for (size_t g = 0; g < byGroup.size(); ++g) {
        if (byGroup[g].empty())
            continue;
        Lane lane;
        lane.group = int(g);
        lane.episodes = byGroup[g];
        std::sort(lane.episodes.begin(), lane.episodes.end(),
            [&](int a, int b) { return episodes[size_t(a)].start < episodes[size_t(b)].start; });
        std::vector<QDate> rowEnds;
        for (const int e : lane.episodes) {
            const QDate start = episodes[size_t(e)].start;
            size_t row = 0;
            while (row < rowEnds.size() && rowEnds[row] >= start)
                ++row;
            if (row == rowEnds.size())
                rowEnds.push_back(QDate());
            rowEnds[row] = episodeEnd(e);
            lane.rowOf.push_back(int(row));
        }
        lane.rows = int(rowEnds.size());
        for (const clinical::MedicationDuplicate &d : m_list->duplicates())
            lane.duplicate = lane.duplicate || d.group == lane.group;
        m_lanes.push_back(std::move(lane));
    }
    // The ingredients taken now on top, then by how recently they ended.
    auto lastEnd = [&](const Lane &lane) {
        QDate end;
        for (const int e : lane.episodes)
            end = later(end, episodeEnd(e));
        return end;
    };
    std::stable_sort(m_lanes.begin(), m_lanes.end(),
        [&](const Lane &a, const Lane &b) { return lastEnd(a) > lastEnd(b); });

    double top = kAxisHeight;
    const double plotRight = double(width()) - kRightMargin;
    for (Lane &lane : m_lanes) {
        lane.top = top;
        lane.firstBar = m_bars.size();
        lane.height = lane.rows * (kRowHeight + kRowGap) - kRowGap + 2 * kLanePadding;
        for (size_t i = 0; i < lane.episodes.size(); ++i) {
            const int e = lane.episodes[i];
            double x1 = std::max(kLabelWidth, xOf(episodes[size_t(e)].start));
            double x2 = std::min(plotRight, xOf(episodeEnd(e).addDays(1)));
            if (x2 - x1 < 3)
                x2 = x1 + 3;
            const double y = top + kLanePadding + lane.rowOf[i] * (kRowHeight + kRowGap);
            m_bars.push_back(Bar { e, QRectF(x1, y, x2 - x1, kRowHeight) });
            const int facility = episodes[size_t(e)].facility;
            if (std::find(m_legend.cbegin(), m_legend.cend(), facility) == m_legend.cend())
                m_legend.push_back(facility);
        }
        top += lane.height;
    }
    std::sort(m_legend.begin(), m_legend.end());
}

double MedicationTimeline::contentHeight() const
{
    double h = kAxisHeight;
    for (const Lane &lane : m_lanes)
        h += lane.height;
    return h + kLegendHeight + 4;
}

QSize MedicationTimeline::sizeHint() const
{
    return QSize(720, int(std::ceil(std::max(contentHeight(), kAxisHeight + 60 + kLegendHeight))));
}

QSize MedicationTimeline::minimumSizeHint() const
{
    return QSize(int(kLabelWidth) + 200, sizeHint().height());
}

void MedicationTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBars();
}

void MedicationTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

int MedicationTimeline::barAt(QPointF pos) const
{
    for (size_t i = 0; i < m_bars.size(); ++i) {
        if (m_bars[i].rect.adjusted(-2, -2, 2, 2).contains(pos))
            return int(i);
    }
    return -1;
}

void MedicationTimeline::mousePressEvent(QMouseEvent *event)
{
    const int bar = barAt(event->position());
    if (event->button() == Qt::LeftButton && bar >= 0) {
        const int e = m_bars[size_t(bar)].episode;
        Q_EMIT episodeClicked(e, m_list->episodes().at(size_t(e)).start);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void MedicationTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const int bar = barAt(event->position());
    if (bar != m_hover) {
        m_hover = bar;
        setCursor(bar >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

bool MedicationTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_list) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        if (bar < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const MedicationEpisode &e = m_list->episodes().at(size_t(m_bars[size_t(bar)].episode));
        const QString text = tr("%1\n%2\n%3 · %n prescription(s)", nullptr, int(e.lines.size()))
                                 .arg(e.name, format::facilityName(m_list->record(), e.facility),
                                     format::period(e.start, e.openEnded ? QDate() : e.end));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MedicationTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing);
    paintAxis(p);
    paintLanes(p);
    paintMarkers(p);
    paintLegend(p);
}

void MedicationTimeline::paintAxis(QPainter &p)
{
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid).lighter(135);
    const double plotBottom = contentHeight() - kLegendHeight;
    const double pxPerDay = (xOf(m_to) - xOf(m_from)) / std::max<qint64>(1, m_from.daysTo(m_to));
    p.fillRect(QRectF(0, 0, width(), kAxisHeight), palette().color(QPalette::AlternateBase));
    p.setPen(grid);
    p.drawLine(QPointF(0, kAxisHeight - 0.5), QPointF(width(), kAxisHeight - 0.5));

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    // Months: ticks when a month is at least 6 px wide, numbers when 22 px.
    const bool monthTicks = pxPerDay * 30 >= 6;
    const bool monthLabels = pxPerDay * 30 >= 22;
    const int yearStep = pxPerDay * 365 >= 48 ? 1 : pxPerDay * 365 >= 24 ? 2 : 5;
    for (QDate m(m_from.year(), m_from.month(), 1); m <= m_to; m = m.addMonths(1)) {
        const double x = xOf(m);
        if (x < kLabelWidth)
            continue;
        if (m.month() == 1) {
            p.setPen(grid.darker(115));
            p.drawLine(QPointF(x, 4), QPointF(x, plotBottom));
            if (m.year() % yearStep == 0) {
                p.setPen(text);
                QFont bold = small;
                bold.setBold(true);
                p.setFont(bold);
                p.drawText(QRectF(x + 4, 4, 80, 18), Qt::AlignLeft | Qt::AlignVCenter,
                    QString::number(m.year()));
                p.setFont(small);
            }
        } else if (monthTicks) {
            p.setPen(grid);
            p.drawLine(QPointF(x, kAxisHeight - 8), QPointF(x, kAxisHeight));
            if (pxPerDay * 30 >= 40)
                p.drawLine(QPointF(x, kAxisHeight), QPointF(x, plotBottom));
        }
        if (monthLabels && (pxPerDay * 30 >= 32 || m.month() % 3 == 1)) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(QRectF(x + 3, 22, 40, 18), Qt::AlignLeft | Qt::AlignVCenter,
                QString::number(m.month()));
        }
    }
    // The year of the span's start, so a reader never has to guess it.
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(12, 4, kLabelWidth - 16, 36), Qt::AlignLeft | Qt::AlignVCenter,
        format::period(m_from, m_to));
}

void MedicationTimeline::paintLanes(QPainter &p)
{
    if (!m_list)
        return;
    const auto &episodes = m_list->episodes();
    const double plotRight = double(width()) - kRightMargin;
    const QColor grid = palette().color(QPalette::Mid).lighter(140);
    QFont labelFont = font();
    QFont barFont = font();
    barFont.setPointSizeF(font().pointSizeF() * 0.85);
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        const Lane &lane = m_lanes[l];
        const QRectF band(0, lane.top, width(), lane.height);
        if (l % 2 == 1)
            p.fillRect(band, palette().color(QPalette::AlternateBase));
        p.setPen(grid);
        p.drawLine(band.bottomLeft(), band.bottomRight());

        // Where two facilities give the same ingredient at once: hatched red behind the bars.
        for (const clinical::MedicationDuplicate &d : m_list->duplicates()) {
            if (d.group != lane.group)
                continue;
            const QDate end = d.overlapEnd.isValid() ? d.overlapEnd : later(m_today, m_marker);
            const double x1 = std::max(kLabelWidth, xOf(d.overlapStart));
            const double x2 = std::min(plotRight, xOf(end.addDays(1)));
            if (x2 <= x1)
                continue;
            const QRectF overlap(x1, lane.top + 1, std::max(2.0, x2 - x1), lane.height - 2);
            QColor fill = format::warningColour();
            fill.setAlphaF(0.12);
            p.fillRect(overlap, fill);
            QColor hatch = format::warningColour();
            hatch.setAlphaF(0.45);
            p.fillRect(overlap, QBrush(hatch, Qt::BDiagPattern));
        }

        // The ingredient's name, red with a warning sign when it was ever duplicated.
        const clinical::IngredientGroup &group = m_list->groups().at(size_t(lane.group));
        QRectF labelRect(12, lane.top, kLabelWidth - 20, std::min(lane.height, kRowHeight + 10));
        if (lane.duplicate) {
            format::warningIcon(format::warningColour())
                .paint(&p, QRect(int(labelRect.left()), int(lane.top + 7), 14, 14));
            labelRect.setLeft(labelRect.left() + 19);
            p.setPen(format::warningColour());
        } else {
            p.setPen(palette().color(QPalette::Text));
        }
        p.setFont(labelFont);
        p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(labelFont).elidedText(
                group.label, Qt::ElideRight, int(labelRect.width())));

        p.setFont(barFont);
        for (size_t bar = lane.firstBar; bar < lane.firstBar + lane.episodes.size(); ++bar) {
            const Bar &b = m_bars[bar];
            const MedicationEpisode &e = episodes.at(size_t(b.episode));
            const auto &facilities = m_list->record()->facilities();
            QColor colour = format::facilityColour(e.facility >= 0 && e.facility < facilities.size()
                    ? facilities.at(e.facility).colourIndex
                    : -1);
            const bool hover = int(bar) == m_hover;
            QPainterPath path;
            path.addRoundedRect(b.rect, 4, 4);
            if (e.openEnded) {
                // Taken until stopped: the bar fades out towards its open end.
                QLinearGradient fade(b.rect.topLeft(), b.rect.topRight());
                fade.setColorAt(0, colour);
                fade.setColorAt(std::max(0.0, 1.0 - 24.0 / std::max(24.0, b.rect.width())), colour);
                QColor end = colour;
                end.setAlphaF(0.25);
                fade.setColorAt(1, end);
                p.fillPath(path, fade);
            } else {
                p.fillPath(path, hover ? colour.darker(112) : colour);
            }
            p.setPen(QPen(colour.darker(hover ? 160 : 125), hover ? 2 : 1));
            p.drawPath(path);
            if (b.rect.width() > 36) {
                const QString label
                    = e.lines.size() > 1 ? tr("%1 ×%2").arg(e.name).arg(e.lines.size()) : e.name;
                p.setPen(Qt::white);
                const QRectF textRect = b.rect.adjusted(6, 0, -4, 0);
                p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(barFont).elidedText(label, Qt::ElideRight, int(textRect.width())));
            }
        }
    }
    if (m_lanes.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(kLabelWidth, kAxisHeight, width() - kLabelWidth - kRightMargin, 60),
            Qt::AlignCenter, tr("No medication in this period"));
    }
}

void MedicationTimeline::paintMarkers(QPainter &p)
{
    const double bottom = contentHeight() - kLegendHeight;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics metrics(small);
    if (m_today.isValid() && m_today >= m_from && m_today <= m_to) {
        const double x = xOf(m_today) + 0.5;
        p.setPen(QPen(palette().color(QPalette::PlaceholderText), 1, Qt::DashLine));
        p.drawLine(QPointF(x, kAxisHeight), QPointF(x, bottom + 4));
        const QString label = tr("Today");
        const double w = metrics.horizontalAdvance(label) + 4;
        // Right of the line, or left of it near the edge.
        const double left = x + 3 + w > width() ? x - 3 - w : x + 3;
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(left, bottom + 1, w, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    if (m_marker.isValid() && m_marker >= m_from && m_marker <= m_to) {
        const double x = xOf(m_marker) + 0.5;
        p.setPen(QPen(format::markerColour(), 2));
        p.drawLine(QPointF(x, kAxisHeight - 2), QPointF(x, bottom));
        const QString label = format::date(m_marker);
        const double w = metrics.horizontalAdvance(label) + 10;
        QRectF box(std::min(x - w / 2, double(width()) - w - 2), 2, w, 17);
        box.moveLeft(std::max(kLabelWidth, box.left()));
        p.setPen(Qt::NoPen);
        p.setBrush(format::markerColour());
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, label);
    }
}

void MedicationTimeline::paintLegend(QPainter &p)
{
    if (!m_list || m_legend.empty())
        return;
    const double top = contentHeight() - kLegendHeight + 6;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics metrics(small);
    double x = 12;
    const auto &facilities = m_list->record()->facilities();
    for (const int f : m_legend) {
        const QString name = format::facilityName(m_list->record(), f);
        const double w = metrics.horizontalAdvance(name) + 26;
        if (x + w > width())
            break;
        p.setPen(Qt::NoPen);
        p.setBrush(format::facilityColour(
            f >= 0 && f < facilities.size() ? facilities.at(f).colourIndex : -1));
        p.drawRoundedRect(QRectF(x, top + 3, 12, 12), 2, 2);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(x + 16, top, w - 16, 18), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w + 10;
    }
    // The meaning of the red hatch, where it appears.
    const bool anyDuplicate = std::any_of(
        m_lanes.cbegin(), m_lanes.cend(), [](const Lane &lane) { return lane.duplicate; });
    if (anyDuplicate) {
        const QString text = tr("Same ingredient from two facilities");
        const double w = metrics.horizontalAdvance(text) + 26;
        if (x + w <= width()) {
            QColor hatch = format::warningColour();
            hatch.setAlphaF(0.55);
            p.fillRect(QRectF(x, top + 3, 12, 12), QBrush(hatch, Qt::BDiagPattern));
            p.setPen(format::warningColour());
            p.drawText(QRectF(x + 16, top, w - 16, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
}

} // namespace renkei::ui
