#pragma once

#include "clinical/timeline.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <vector>

namespace renkei::ui {

// The painted part of the timeline view: a time axis on top, one lane per facility (colour bar
// and name in a gutter on the left), each lane with a row for visits and admissions, lab panels,
// prescriptions and dispenses, and documents. Only the visible range is painted (range queries
// on clinical::Timeline), at most one glyph per pixel column and row, so ten years of a
// 131,000-value chart paint in milliseconds.
//
// Wheel: zoom around the pointer (one week to ten years); Shift+wheel or a drag: pan. Arrow
// keys pan, +/- zoom, Home/End jump to the start/end of the record. A click chooses a date:
// the item's under the pointer, else the day under it (dateClicked).
class TimelineCanvas : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 kDay = clinical::kMsPerDay;
    static constexpr qint64 kMinSpan = 7 * kDay;
    static constexpr qint64 kMaxSpan = 3653 * kDay;

    explicit TimelineCanvas(QWidget *parent = nullptr);
    ~TimelineCanvas() override;

    // nullptr clears. `lastViewed` (msecs, clinical::kNoTime: never) places the "since last
    // viewed" marker; later items are highlighted as new.
    void setTimeline(std::shared_ptr<const clinical::Timeline> timeline, qint64 lastViewed);
    const clinical::Timeline *timeline() const { return m_timeline.get(); }
    qint64 lastViewed() const { return m_lastViewed; }

    void setWorkspaceDate(QDate date); // scrolls to it when outside the visible range
    QDate workspaceDate() const { return m_date; }

    qint64 viewStart() const { return m_from; }
    qint64 viewEnd() const { return m_from + m_span; }
    qint64 span() const { return m_span; }
    void setVisibleRange(qint64 from, qint64 span);
    void zoomBy(double factor, qint64 anchor);
    // Keeps the workspace date (else the centre) in view at a new span.
    void showSpan(qint64 span);
    void showLatest(); // the newest items at the right edge, at the current span

    // Hit test and placement (also for tests): the item at a point, or -1; an item's centre.
    int itemAt(QPoint pos) const;
    QPoint itemCentre(int index) const;
    int laneCount() const { return int(m_lanes.size()); }
    int paintedGlyphs() const { return m_paintedGlyphs; }
    // The kind as the legend and tooltips name it.
    static QString kindName(clinical::TimelineItem::Kind kind);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dateClicked(QDate date);
    void visibleRangeChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    static constexpr int kGutter = 176; // lane names
    static constexpr int kAxisHeight = 40;
    static constexpr int kLegendHeight = 28;
    static constexpr int kRows = 4; // visits/admissions, labs, medications, documents
    static constexpr int kLanePadding = 6;
    static constexpr int kGlyph = 8;
    struct Geometry {
        QRect plot; // the lanes' area, right of the gutter, below the axis
        int laneHeight = 0;
        int rowHeight = 0;
        int laneTop(int slot) const { return plot.top() + slot * laneHeight; }
        int rowCentre(int slot, int row) const
        {
            return laneTop(slot) + kLanePadding + row * rowHeight + rowHeight / 2;
        }
    };
    Geometry geometry() const;
    double xOf(qint64 time) const;
    qint64 timeAt(double x) const;
    int slotOfLane(int lane) const;
    static int rowOf(clinical::TimelineItem::Kind kind);
    void clampRange();
    QString toolTipFor(int index) const;

    void paintAxis(QPainter &p, const Geometry &g);
    void paintLanes(QPainter &p, const Geometry &g);
    void paintItems(QPainter &p, const Geometry &g);
    void paintMarkers(QPainter &p, const Geometry &g);
    void paintLegend(QPainter &p, const Geometry &g);

    std::shared_ptr<const clinical::Timeline> m_timeline;
    std::vector<int> m_lanes; // facility index per lane slot (-1: unknown facility)
    qint64 m_lastViewed = clinical::kNoTime;
    QDate m_date;
    qint64 m_from = 0;
    qint64 m_span = 365 * kDay;
    QPoint m_pressPos;
    qint64 m_pressFrom = 0;
    bool m_dragging = false;
    int m_paintedGlyphs = 0;
};

} // namespace renkei::ui
