// TimelineCanvas: painting (the axis, the lanes, the items, the markers, the legend).
#include "views/timeline/timelinecanvas.h"
#include "workspace/facilitypalette.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace renkei::ui {

using clinical::kNoTime;
using clinical::TimelineItem;
using Kind = clinical::TimelineItem::Kind;

namespace {

constexpr double kGlyphSize = 8.0;
const QColor kNewColour(0xf2, 0xa9, 0x00);
const QColor kGrid(0xe6, 0xe8, 0xec);
const QColor kLaneShade(0xf7, 0xf8, 0xfa);
const QColor kMutedText(0x6b, 0x72, 0x80);
const QColor kDateColour(0x1a, 0x5f, 0xd0);

enum class Unit { Day, Week, Month, Quarter, Year, TwoYears };

// The finest tick unit whose ticks stay at least `minPx` apart.
Unit tickUnit(qint64 span, int width)
{
    const double pxPerDay = double(width) / (double(span) / double(clinical::kMsPerDay));
    constexpr double minPx = 56;
    if (pxPerDay >= minPx)
        return Unit::Day;
    if (pxPerDay * 7 >= minPx)
        return Unit::Week;
    if (pxPerDay * 30 >= minPx)
        return Unit::Month;
    if (pxPerDay * 91 >= minPx)
        return Unit::Quarter;
    if (pxPerDay * 365 >= minPx)
        return Unit::Year;
    return Unit::TwoYears;
}

QDate firstTick(QDate from, Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return from;
    case Unit::Week:
        return from.addDays(8 - from.dayOfWeek()); // the next Monday
    case Unit::Month:
        return QDate(from.year(), from.month(), 1).addMonths(1);
    case Unit::Quarter:
        return QDate(from.year(), ((from.month() - 1) / 3) * 3 + 1, 1).addMonths(3);
    case Unit::Year:
        return QDate(from.year() + 1, 1, 1);
    case Unit::TwoYears:
        return QDate(from.year() + 1 + (from.year() + 1) % 2, 1, 1);
    }
    return from;
}

QDate nextTick(QDate d, Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return d.addDays(1);
    case Unit::Week:
        return d.addDays(7);
    case Unit::Month:
        return d.addMonths(1);
    case Unit::Quarter:
        return d.addMonths(3);
    case Unit::Year:
        return d.addYears(1);
    case Unit::TwoYears:
        return d.addYears(2);
    }
    return d.addDays(1);
}

QString tickLabel(QDate d, Unit unit)
{
    switch (unit) {
    case Unit::Day:
    case Unit::Week:
        return d.toString(d.day() <= 7 && d.month() == 1 ? u"yyyy/MM/dd"_s : u"MM/dd"_s);
    case Unit::Month:
    case Unit::Quarter:
        return d.toString(u"yyyy/MM"_s);
    case Unit::Year:
    case Unit::TwoYears:
        return QString::number(d.year());
    }
    return {};
}

void drawGlyph(QPainter &p, Kind kind, QPointF c, double size)
{
    const double r = size / 2;
    switch (kind) {
    case Kind::Encounter:
        p.drawEllipse(c, r, r);
        break;
    case Kind::Document: {
        const QRectF page(c.x() - r * 0.8, c.y() - r, r * 1.6, size);
        p.drawRect(page);
        break;
    }
    case Kind::LabPanel: {
        QPainterPath path;
        path.moveTo(c.x(), c.y() - r);
        path.lineTo(c.x() + r, c.y() + r * 0.8);
        path.lineTo(c.x() - r, c.y() + r * 0.8);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case Kind::Dispense:
    case Kind::Prescription:
    case Kind::Admission: {
        QPainterPath path;
        path.moveTo(c.x(), c.y() - r);
        path.lineTo(c.x() + r, c.y());
        path.lineTo(c.x(), c.y() + r);
        path.lineTo(c.x() - r, c.y());
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    }
}

} // namespace

void TimelineCanvas::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing, true);
    const Geometry g = geometry();
    if (!m_timeline) {
        m_paintedGlyphs = 0;
        return;
    }
    paintLanes(p, g);
    paintAxis(p, g);
    paintMarkers(p, g);
    p.save();
    p.setClipRect(g.plot.adjusted(-int(kGlyphSize), 0, int(kGlyphSize), 0));
    paintItems(p, g);
    p.restore();
    paintLegend(p, g);
}

void TimelineCanvas::paintAxis(QPainter &p, const Geometry &g)
{
    const QDate from = clinical::japanDate(m_from);
    const QDate to = clinical::japanDate(m_from + m_span);
    const Unit unit = tickUnit(m_span, g.plot.width());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    const int lanesBottom = g.laneTop(int(m_lanes.size()));
    for (QDate d = firstTick(from, unit); d.isValid() && d <= to; d = nextTick(d, unit)) {
        const double x = xOf(clinical::japanDayStart(d));
        if (x < g.plot.left() || x > g.plot.right())
            continue;
        p.setPen(QPen(kGrid, 1));
        p.drawLine(QPointF(x, kAxisHeight - 6), QPointF(x, lanesBottom));
        p.setPen(kMutedText);
        p.drawText(QRectF(x + 4, 8, 120, kAxisHeight - 14), Qt::AlignLeft | Qt::AlignVCenter,
            tickLabel(d, unit));
    }
    p.setPen(QPen(kGrid, 1));
    p.drawLine(QPointF(0, kAxisHeight - 0.5), QPointF(width(), kAxisHeight - 0.5));
    // The visible range, in the gutter above the lane names.
    p.setPen(kMutedText);
    p.drawText(QRect(12, 8, kGutter - 16, kAxisHeight - 14), Qt::AlignLeft | Qt::AlignVCenter,
        from.toString(u"yyyy/MM/dd"_s) + u" –"_s);
}

void TimelineCanvas::paintLanes(QPainter &p, const Geometry &g)
{
    const auto &facilities = m_timeline->record()->facilities();
    QFont nameFont = font();
    nameFont.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(nameFont);
    for (int slot = 0; slot < int(m_lanes.size()); ++slot) {
        const int lane = m_lanes[size_t(slot)];
        const QRect rect(0, g.laneTop(slot), width(), g.laneHeight);
        if (slot % 2 == 1)
            p.fillRect(rect, kLaneShade);
        const QColor colour = facilityColour(lane >= 0 ? facilities.at(lane).colourIndex : -1);
        p.fillRect(QRect(8, rect.top() + 6, 4, rect.height() - 12), colour);
        const QString name = lane >= 0 ? facilities.at(lane).name : tr("Unknown facility");
        p.setFont(nameFont);
        p.setPen(palette().color(QPalette::Text));
        const QRect text(20, rect.top() + 4, kGutter - 28, rect.height() - 8);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
            metrics.elidedText(name, Qt::ElideRight, text.width() * 2));
    }
    p.setPen(QPen(kGrid, 1));
    p.drawLine(QPointF(kGutter - 0.5, kAxisHeight),
        QPointF(kGutter - 0.5, g.laneTop(int(m_lanes.size()))));
}

void TimelineCanvas::paintMarkers(QPainter &p, const Geometry &g)
{
    const int bottom = g.laneTop(int(m_lanes.size()));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics metrics(small);
    // Since last viewed: the later part tinted, a dashed line and its label.
    if (m_lastViewed != kNoTime && m_timeline->newCount(m_lastViewed) > 0) {
        const double x = xOf(m_lastViewed);
        if (x < g.plot.right()) {
            const double left = std::max<double>(x, g.plot.left());
            QColor tint = kNewColour;
            tint.setAlpha(22);
            p.fillRect(
                QRectF(left, kAxisHeight, g.plot.right() - left, bottom - kAxisHeight), tint);
        }
        if (x >= g.plot.left() && x <= g.plot.right()) {
            p.setPen(QPen(kNewColour.darker(115), 1.5, Qt::DashLine));
            p.drawLine(QPointF(x, kAxisHeight), QPointF(x, bottom));
            const QString label = tr("Last viewed");
            const QRectF chip(x - metrics.horizontalAdvance(label) - 12, bottom + 2,
                metrics.horizontalAdvance(label) + 10, metrics.height() + 2);
            p.setPen(kNewColour.darker(150));
            p.drawText(chip, Qt::AlignCenter, label);
        }
    }
    // The workspace date: a line and a chip on the axis.
    if (m_date.isValid()) {
        const double x = xOf(clinical::japanDayStart(m_date) + clinical::kMsPerDay / 2);
        if (x >= g.plot.left() && x <= g.plot.right()) {
            p.setPen(QPen(kDateColour, 1.5));
            p.drawLine(QPointF(x, kAxisHeight), QPointF(x, bottom));
            const QString label = m_date.toString(u"yyyy/MM/dd"_s);
            const double w = metrics.horizontalAdvance(label) + 12;
            const QRectF chip(std::min(x - w / 2, double(width()) - w - 2), kAxisHeight - 20, w,
                metrics.height() + 4);
            p.setPen(Qt::NoPen);
            p.setBrush(kDateColour);
            p.drawRoundedRect(chip, 4, 4);
            p.setPen(Qt::white);
            p.drawText(chip, Qt::AlignCenter, label);
            p.setBrush(Qt::NoBrush);
        }
    }
}

void TimelineCanvas::paintItems(QPainter &p, const Geometry &g)
{
    const auto &facilities = m_timeline->record()->facilities();
    const qint64 pad = qint64(kGlyphSize * double(m_span) / g.plot.width());
    const std::vector<int> visible = m_timeline->inRange(m_from - pad, m_from + m_span + pad);
    // One glyph per pixel column, lane and row: ten years of a large chart stay cheap.
    const int columns = g.plot.width() + 2 * int(kGlyphSize) + 2;
    std::vector<quint8> drawn(size_t(columns) * m_lanes.size() * kRows, 0);
    std::vector<int> slotOf(facilities.size() + 1, -1);
    for (int slot = 0; slot < int(m_lanes.size()); ++slot)
        slotOf[size_t(m_lanes[size_t(slot)] + 1)] = slot;
    const double barHeight = std::max(4.0, g.rowHeight * 0.45);
    int painted = 0;
    for (const int index : visible) {
        const TimelineItem &item = m_timeline->item(index);
        const int slot = slotOf[size_t(item.lane + 1)];
        if (slot < 0)
            continue;
        const int row = rowOf(item.kind);
        const double x0 = xOf(item.start);
        const double x1 = xOf(std::max(item.end, item.start));
        const double y = g.rowCentre(slot, row);
        const bool isNew = m_lastViewed != kNoTime && item.start > m_lastViewed;
        const QColor colour
            = facilityColour(item.lane >= 0 ? facilities.at(item.lane).colourIndex : -1);
        const bool bar
            = (item.kind == Kind::Admission || item.kind == Kind::Prescription) && x1 - x0 >= 3;
        if (!bar) {
            const int column = int(std::lround(x0)) - g.plot.left() + int(kGlyphSize);
            if (column < 0 || column >= columns)
                continue;
            quint8 &cell
                = drawn[(size_t(slot) * kRows + size_t(row)) * size_t(columns) + size_t(column)];
            // A new item still gets its highlight where an old one was drawn.
            if (cell >= (isNew ? 2 : 1))
                continue;
            cell = isNew ? 2 : 1;
        }
        ++painted;
        if (bar) {
            const double h = item.kind == Kind::Admission ? g.rowHeight * 0.7 : barHeight;
            const QRectF rect(x0, y - h / 2, x1 - x0, h);
            if (isNew) {
                p.setPen(QPen(kNewColour, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 3, 3);
            }
            QColor fill = colour;
            if (item.kind == Kind::Prescription)
                fill.setAlpha(110);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(rect, h / 2.5, h / 2.5);
            continue;
        }
        if (isNew) {
            p.setPen(QPen(kNewColour, 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(x0, y), kGlyphSize * 0.85, kGlyphSize * 0.85);
        }
        p.setPen(QPen(colour.darker(125), 1));
        QColor fill = colour;
        if (item.kind == Kind::Prescription)
            fill.setAlpha(140);
        p.setBrush(fill);
        drawGlyph(p, item.kind, QPointF(x0, y),
            item.kind == Kind::Dispense ? kGlyphSize * 0.8 : kGlyphSize);
    }
    p.setBrush(Qt::NoBrush);
    m_paintedGlyphs = painted;
}

void TimelineCanvas::paintLegend(QPainter &p, const Geometry &g)
{
    const int top = g.laneTop(int(m_lanes.size())) + 20;
    if (top + 16 > height())
        return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics metrics(small);
    double x = kGutter;
    const QColor ink(0x8a, 0x8f, 0x98);
    for (const Kind kind : { Kind::Encounter, Kind::Admission, Kind::LabPanel, Kind::Prescription,
             Kind::Dispense, Kind::Document }) {
        p.setPen(QPen(ink.darker(120), 1));
        p.setBrush(ink);
        if (kind == Kind::Admission || kind == Kind::Prescription)
            p.drawRoundedRect(QRectF(x, top + 4, 16, kind == Kind::Admission ? 8 : 5), 3, 3);
        else
            drawGlyph(p, kind, QPointF(x + 6, top + 8), kGlyphSize);
        const QString name = kindName(kind);
        x += kind == Kind::Admission || kind == Kind::Prescription ? 22 : 16;
        p.setPen(kMutedText);
        p.drawText(QPointF(x, top + 8 + metrics.ascent() / 2.0 - 1), name);
        x += metrics.horizontalAdvance(name) + 18;
    }
    if (m_lastViewed != kNoTime) {
        p.setPen(QPen(kNewColour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(x + 6, top + 8), kGlyphSize * 0.7, kGlyphSize * 0.7);
        p.setPen(kMutedText);
        p.drawText(
            QPointF(x + 18, top + 8 + metrics.ascent() / 2.0 - 1), tr("New since last viewed"));
    }
    p.setBrush(Qt::NoBrush);
}

} // namespace renkei::ui
