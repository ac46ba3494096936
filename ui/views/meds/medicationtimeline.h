#pragma once

#include <QDate>
#include <QRectF>
#include <QWidget>

#include <memory>
#include <vector>

namespace renkei::clinical {
class MedicationList;
}

namespace renkei::ui {

// The medication timeline: one lane per ingredient, one bar per episode (repeated refills of a
// drug at one facility collapse into one bar), coloured by the prescribing facility; where two
// facilities overlap on one ingredient the overlap is hatched red. A dashed line marks today and
// a blue one the workspace date. Clicking a bar chooses its start as the workspace date.
// Painted by hand (no widget per bar), so a long history stays light.
class MedicationTimeline : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        int episode = -1;
        QRectF rect;
    };

    explicit MedicationTimeline(QWidget *parent = nullptr);
    ~MedicationTimeline() override;

    // nullptr: nothing (no patient).
    void setList(std::shared_ptr<const clinical::MedicationList> list);
    // How far back the visible span reaches from today (or the marker, whichever is later);
    // 0 = the whole history.
    void setYears(int years);
    int years() const { return m_years; }
    void setToday(QDate today);
    void setMarker(QDate date);
    QDate marker() const { return m_marker; }

    QDate rangeStart() const { return m_from; }
    QDate rangeEnd() const { return m_to; }
    // The bars laid out for the current size and span (for tests and accessibility).
    const std::vector<Bar> &bars() const { return m_bars; }
    int laneCount() const { return int(m_lanes.size()); }
    // The x of a day in widget coordinates.
    double xOf(QDate day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void episodeClicked(int episode, QDate start);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Lane {
        int group = -1;
        int rows = 1;
        double top = 0;
        double height = 0;
        bool duplicate = false;
        std::vector<int> episodes;
        std::vector<int> rowOf; // sub-row of each episode (overlapping bars stack)
        size_t firstBar = 0; // its bars are m_bars[firstBar, firstBar + episodes.size())
    };
    void computeRange();
    void layoutBars();
    QDate episodeEnd(int episode) const;
    int barAt(QPointF pos) const;
    void paintAxis(QPainter &p);
    void paintLanes(QPainter &p);
    void paintMarkers(QPainter &p);
    void paintLegend(QPainter &p);
    double contentHeight() const;

    std::shared_ptr<const clinical::MedicationList> m_list;
    int m_years = 3;
    QDate m_today;
    QDate m_marker;
    QDate m_from;
    QDate m_to;
    std::vector<Lane> m_lanes;
    std::vector<Bar> m_bars;
    std::vector<int> m_legend; // facilities with a bar in the span
    int m_hover = -1;
};

} // namespace renkei::ui
