#include "labtrendchart.h"

#include "clinical/labtable.h"
#include "clinical/medicationlist.h"
#include "labformat.h"
#include "medicationlane.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedLayout>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui {

namespace {

// Lines of the selected tests: calm and far apart from the flag colours' red and blue.
const std::array<QColor, LabTrendChart::kMaxSeries> kSeriesColours { QColor(0x37, 0x47, 0x4f),
    QColor(0x7b, 0x3f, 0x9e), QColor(0x00, 0x7d, 0x6e) };
const QColor kMarkerColour(0xe0, 0xa8, 0x00);
const QColor kGridColour(0xe6, 0xe9, 0xed);
const QColor kAxisColour(0xb0, 0xb8, 0xc0);
const QColor kLabelColour(0x55, 0x5f, 0x69);

QDateTime japanTime(qint64 msecs)
{
    static const QTimeZone japan(9 * 3600);
    return QDateTime::fromMSecsSinceEpoch(msecs, japan);
}

} // namespace

LabTrendChart::LabTrendChart(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout)
    , m_hint(new QLabel)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_lane(new MedicationLane)
    , m_note(new QLabel)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_stack);

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_hint);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_note->setContentsMargins(8, 2, 8, 0);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_lane);
    m_stack->addWidget(content);

    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setDropShadowEnabled(false);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Room on the left for the medication lane's drug names, which share the chart's gutter.
    m_chart->setMargins(QMargins(96, 2, 8, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setShowToolTips(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::HorizontalRubberBand);
    m_view->setFrameShape(QFrame::NoFrame);

    m_marker = new QGraphicsLineItem(m_chart);
    m_marker->setPen(QPen(kMarkerColour, 2));
    m_marker->setZValue(100);
    m_marker->hide();

    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        // As many date labels as fit (a narrow pane would elide them all).
        const int ticks = std::clamp(int(area.width() / 100) + 1, 3, 8);
        if (m_timeAxis && m_timeAxis->tickCount() != ticks)
            m_timeAxis->setTickCount(ticks);
        updateMarker();
        syncLane();
    });
    connect(m_lane, &MedicationLane::dateChosen, this, &LabTrendChart::dateChosen);
    retranslate();
    rebuild();
}

LabTrendChart::~LabTrendChart() = default;

void LabTrendChart::setSources(std::shared_ptr<const clinical::LabTable> table,
    std::shared_ptr<const clinical::MedicationList> medications)
{
    m_table = std::move(table);
    m_medications = std::move(medications);
    m_lane->setMedications(m_medications);
    m_rows.clear();
    rebuild();
}

void LabTrendChart::setRows(const std::vector<int> &rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    rebuild();
}

void LabTrendChart::setDateRange(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    rebuild();
}

void LabTrendChart::setWorkspaceDate(QDate date)
{
    m_workspaceDate = date;
    if (m_timeAxis && date.isValid()) {
        // A date outside a zoomed window moves the window to it (same width, within the data).
        const qint64 t = clinical::japanDayStart(date) + clinical::kMsPerDay / 2;
        const qint64 min = m_timeAxis->min().toMSecsSinceEpoch();
        const qint64 max = m_timeAxis->max().toMSecsSinceEpoch();
        if ((t < min || t > max) && t >= m_fullFrom && t <= m_fullTo) {
            const qint64 width = max - min;
            const qint64 start = std::clamp(t - width / 2, m_fullFrom, m_fullTo - width);
            m_timeAxis->setRange(japanTime(start), japanTime(start + width));
        }
    }
    updateMarker();
}

void LabTrendChart::updateTimeFormat()
{
    const qint64 span
        = m_timeAxis->max().toMSecsSinceEpoch() - m_timeAxis->min().toMSecsSinceEpoch();
    m_timeAxis->setFormat(span > 3 * 365 * clinical::kMsPerDay ? u"yyyy"_s
            : span > 120 * clinical::kMsPerDay                 ? u"yyyy/MM"_s
                                                               : u"MM/dd"_s);
}

void LabTrendChart::clearChart()
{
    m_chart->removeAllSeries(); // deletes them (and each band's two lines, its children)
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_values.clear();
    m_bands.clear();
    m_trends.clear();
    m_timeAxis = nullptr;
}

void LabTrendChart::rebuild()
{
    clearChart();
    m_note->hide();
    if (!m_table || m_rows.empty()) {
        m_lane->setTimeRange(clinical::kNoTime, clinical::kNoTime);
        m_hint->setText(tr("Select one or more tests in the table to see their trend "
                           "(Ctrl+click adds a test)."));
        m_stack->setCurrentIndex(0);
        return;
    }
    const qint64 from = m_from.isValid() ? clinical::japanDayStart(m_from) : clinical::kNoTime;
    const qint64 to
        = m_to.isValid() ? clinical::japanDayStart(m_to.addDays(1)) - 1 : clinical::kNoTime;
    std::vector<clinical::TrendSeries> trends;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const int row : m_rows) {
        if (int(trends.size()) == kMaxSeries)
            break;
        if (row < 0 || row >= m_table->rowCount())
            continue;
        trends.push_back(m_table->trend(row, from, to));
        for (const clinical::TrendPoint &p : trends.back().points) {
            first = std::min(first, p.time);
            last = std::max(last, p.time);
        }
    }
    if (first > last) {
        m_lane->setTimeRange(clinical::kNoTime, clinical::kNoTime);
        m_hint->setText(tr("The selected tests have no numeric results in this period."));
        m_stack->setCurrentIndex(0);
        return;
    }
    // The period asked for, else the data's own with a margin; never less than a month.
    qint64 lo = from != clinical::kNoTime ? from : first;
    qint64 hi = to != clinical::kNoTime ? to : last;
    if (hi - lo < 30 * clinical::kMsPerDay) {
        const qint64 centre = lo / 2 + hi / 2;
        lo = centre - 15 * clinical::kMsPerDay;
        hi = centre + 15 * clinical::kMsPerDay;
    } else if (from == clinical::kNoTime || to == clinical::kNoTime) {
        const qint64 pad = (hi - lo) / 40;
        lo -= from == clinical::kNoTime ? pad : 0;
        hi += to == clinical::kNoTime ? pad : 0;
    }

    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTickCount(8);
    m_timeAxis->setRange(japanTime(lo), japanTime(hi));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_fullFrom = lo;
    m_fullTo = hi;
    size_t total = 0;
    for (size_t i = 0; i < trends.size(); ++i) {
        addSeries(int(i), trends[i], lo, hi);
        total += trends[i].points.size();
    }
    m_trends = std::move(trends);
    QStringList notes;
    if (int(m_rows.size()) > kMaxSeries)
        notes.append(
            tr("Showing the first %1 of %2 selected tests.").arg(kMaxSeries).arg(m_rows.size()));
    // Thousands of values over decades are a solid band at any width: open on the last year
    // (every value stays in the chart, a drag zooms, a right-click zooms out).
    if (from == clinical::kNoTime && to == clinical::kNoTime && total > size_t(kDensePoints)
        && hi - lo > 2 * 365 * clinical::kMsPerDay) {
        m_timeAxis->setRange(japanTime(last - 366 * clinical::kMsPerDay),
            japanTime(std::min(hi, last + 10 * clinical::kMsPerDay)));
        notes.append(tr("%1 values: showing the last year. Drag across the chart to zoom, "
                        "right-click to zoom out, or choose a period above.")
                         .arg(total));
    }
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
    updateTimeFormat();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        QFont font = axis->labelsFont();
        font.setPointSizeF(std::max(7.5, font.pointSizeF() * 0.85));
        axis->setLabelsFont(font);
        axis->setLabelsColor(kLabelColour);
        axis->setGridLineColor(kGridColour);
        axis->setLinePenColor(kAxisColour);
    }
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this] {
        updateTimeFormat();
        updateMarker();
        syncLane();
    });
    m_stack->setCurrentIndex(1);
    syncLane();
    updateMarker();
}

void LabTrendChart::addSeries(int index, const clinical::TrendSeries &trend, qint64 lo, qint64 hi)
{
    const QColor colour = kSeriesColours[size_t(index) % kSeriesColours.size()];
    auto *values = new QLineSeries;
    values->setName(trend.unit.isEmpty() ? trend.name : u"%1 (%2)"_s.arg(trend.name, trend.unit));
    QList<QPointF> points;
    points.reserve(qsizetype(trend.points.size()));
    double yMin = std::numeric_limits<double>::max();
    double yMax = std::numeric_limits<double>::lowest();
    bool anyLow = false, anyHigh = false;
    for (const clinical::TrendPoint &p : trend.points) {
        points.append(QPointF(double(p.time), p.value));
        yMin = std::min(yMin, p.value);
        yMax = std::max(yMax, p.value);
        anyLow = anyLow || !std::isnan(p.low);
        anyHigh = anyHigh || !std::isnan(p.high);
    }
    values->replace(points);
    QPen pen(colour, points.size() > kMaxMarkedPoints ? 1.2 : 1.8);
    values->setPen(pen);
    if (points.size() <= kMaxMarkedPoints) {
        values->setPointsVisible(true);
        values->setMarkerSize(5);
        for (qsizetype i = 0; i < points.size(); ++i) {
            const model::LabFlag flag = trend.points[size_t(i)].flag;
            const QColor tone = labs::flagTextColour(labs::flagTone(flag));
            if (!tone.isValid())
                continue;
            values->setPointConfiguration(int(i),
                { { QXYSeries::PointConfiguration::Color, tone },
                    { QXYSeries::PointConfiguration::Size, labs::isCritical(flag) ? 8.0 : 6.5 } });
        }
    }

    // The band: each value's own facility range, held until the next value (a step), drawn
    // across the whole period. A bound no result gives is the axis side (0 below, data above).
    QAreaSeries *band = nullptr;
    if (anyLow || anyHigh) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        QList<QPointF> up, down;
        double curLow = std::nan(""), curHigh = std::nan("");
        const double floor = std::min(0.0, yMin);
        auto boundsOf = [&](const clinical::TrendPoint &p) {
            double l = p.low, h = p.high;
            if (std::isnan(l) && std::isnan(h))
                return std::pair(curLow, curHigh);
            if (std::isnan(l))
                l = floor;
            if (std::isnan(h))
                h = std::max(yMax, l);
            return std::pair(l, h);
        };
        for (const clinical::TrendPoint &p : trend.points) {
            const auto [l, h] = boundsOf(p);
            if (std::isnan(l))
                continue;
            if (up.isEmpty()) {
                up.append(QPointF(double(lo), h));
                down.append(QPointF(double(lo), l));
            } else if (l != curLow || h != curHigh) {
                up.append(QPointF(double(p.time), curHigh));
                down.append(QPointF(double(p.time), curLow));
                up.append(QPointF(double(p.time), h));
                down.append(QPointF(double(p.time), l));
            }
            curLow = l;
            curHigh = h;
            yMin = std::min(yMin, l);
            yMax = std::max(yMax, h);
        }
        up.append(QPointF(double(hi), curHigh));
        down.append(QPointF(double(hi), curLow));
        upper->replace(up);
        lower->replace(down);
        band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setName(tr("%1 reference range").arg(trend.name));
        QColor fill = index == 0 ? QColor(0x4c, 0xaf, 0x50) : colour;
        fill.setAlphaF(index == 0 ? 0.13f : 0.10f);
        band->setBrush(fill);
        QColor edge = fill;
        edge.setAlphaF(0.35f);
        band->setPen(QPen(edge, 1, Qt::DashLine));
    }

    auto *axis = new QValueAxis;
    const double pad = yMax > yMin ? (yMax - yMin) * 0.08 : std::max(1.0, std::abs(yMax) * 0.1);
    const bool positive = yMin >= 0;
    axis->setRange(positive ? std::max(0.0, yMin - pad) : yMin - pad, yMax + pad);
    axis->applyNiceNumbers();
    if (positive && axis->min() < 0)
        axis->setMin(0); // a value that cannot be negative gets no negative axis
    axis->setLabelFormat(u"%g"_s);
    axis->setTickCount(5);
    axis->setTitleText(trend.unit);
    QFont titleFont = axis->titleFont();
    titleFont.setPointSizeF(std::max(7.5, titleFont.pointSizeF() * 0.8));
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
    axis->setTitleBrush(colour);
    axis->setGridLineVisible(index == 0);
    m_chart->addAxis(axis, index % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
    if (band) {
        m_chart->addSeries(band);
        band->attachAxis(m_timeAxis);
        band->attachAxis(axis);
        for (QLegendMarker *marker : m_chart->legend()->markers(band))
            marker->setVisible(false);
        m_bands.append(band);
    }
    m_chart->addSeries(values);
    values->attachAxis(m_timeAxis);
    values->attachAxis(axis);
    m_values.append(values);
    connect(values, &QXYSeries::clicked, this,
        [this, values](const QPointF &point) { pointClicked(values, point); });
    connect(values, &QXYSeries::hovered, this,
        [this, values](const QPointF &point, bool inside) { pointHovered(values, point, inside); });
}

int LabTrendChart::nearestPoint(int series, double x) const
{
    if (series < 0 || series >= int(m_trends.size()) || m_trends[size_t(series)].points.empty())
        return -1;
    // The position is somewhere on the line: the measured point nearest in time.
    const auto &points = m_trends[size_t(series)].points;
    const auto it = std::lower_bound(points.cbegin(), points.cend(), x,
        [](const clinical::TrendPoint &p, double t) { return double(p.time) < t; });
    auto best = it == points.cend() ? it - 1 : it;
    if (it != points.cbegin() && it != points.cend()
        && std::abs(double((it - 1)->time) - x) < std::abs(double(it->time) - x))
        best = it - 1;
    return int(best - points.cbegin());
}

QString LabTrendChart::pointToolTip(int series, int index) const
{
    if (series < 0 || series >= int(m_trends.size()) || index < 0
        || index >= int(m_trends[size_t(series)].points.size()))
        return {};
    const clinical::TrendSeries &trend = m_trends[size_t(series)];
    const clinical::TrendPoint &p = trend.points[size_t(index)];
    const clinical::PatientRecord *record = m_table ? m_table->record() : nullptr;
    QString facility;
    if (record && p.facility >= 0 && p.facility < record->facilities().size())
        facility = record->facilities().at(p.facility).name;
    const model::LabResult *lab = p.result >= 0 && m_table ? &m_table->result(p.result) : nullptr;
    const bool withTime
        = lab && (lab->effective.isNull() ? lab->issued.hasTime() : lab->effective.hasTime());
    QStringList lines { trend.name,
        QString(labs::instantText(p.time, withTime) + u"  "_s + facility).trimmed() };
    QString value = labs::numberText(p.value);
    if (!trend.unit.isEmpty())
        value += u' ' + trend.unit;
    const QString flag = labs::flagLetter(p.flag);
    lines.append(flag.isEmpty() ? value : value + u"  "_s + flag);
    const QString range = labs::rangeText(p.low, p.high);
    if (!range.isEmpty())
        lines.append(tr("Reference range: %1 %2").arg(range, trend.unit).trimmed());
    return lines.join(u'\n');
}

void LabTrendChart::pointClicked(QLineSeries *series, const QPointF &point)
{
    const int s = int(m_values.indexOf(series));
    const int index = nearestPoint(s, point.x());
    if (index >= 0)
        Q_EMIT dateChosen(clinical::japanDate(m_trends[size_t(s)].points[size_t(index)].time));
}

void LabTrendChart::pointHovered(QLineSeries *series, const QPointF &point, bool inside)
{
    if (!inside) {
        QToolTip::hideText();
        return;
    }
    const int s = int(m_values.indexOf(series));
    QToolTip::showText(QCursor::pos(), pointToolTip(s, nearestPoint(s, point.x())), m_view);
}

void LabTrendChart::updateMarker()
{
    if (!m_timeAxis || !m_workspaceDate.isValid()) {
        m_marker->hide();
        m_lane->setMarker(clinical::kNoTime);
        return;
    }
    // Noon of the day: the middle of its column.
    const qint64 t = clinical::japanDayStart(m_workspaceDate) + clinical::kMsPerDay / 2;
    const qint64 min = m_timeAxis->min().toMSecsSinceEpoch();
    const qint64 max = m_timeAxis->max().toMSecsSinceEpoch();
    m_lane->setMarker(t);
    if (t < min || t > max || max <= min) {
        m_marker->hide();
        return;
    }
    const QRectF area = m_chart->plotArea();
    const double x = area.left() + double(t - min) / double(max - min) * area.width();
    m_marker->setLine(x, area.top(), x, area.bottom());
    m_marker->show();
}

void LabTrendChart::syncLane()
{
    if (m_timeAxis) {
        m_lane->setTimeRange(
            m_timeAxis->min().toMSecsSinceEpoch(), m_timeAxis->max().toMSecsSinceEpoch());
    }
    const QRectF area = m_chart->plotArea();
    const QPoint left = m_view->mapFromScene(area.topLeft());
    const QPoint right = m_view->mapFromScene(area.topRight());
    const QPoint offset = m_lane->mapFrom(m_view->parentWidget(), m_view->pos());
    m_lane->setPlotSpan(left.x() + offset.x(), right.x() + offset.x());
}

void LabTrendChart::retranslate()
{
    m_view->setAccessibleName(tr("Trend chart"));
    if (m_stack->currentIndex() == 0)
        rebuild();
}

void LabTrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace renkei::ui
