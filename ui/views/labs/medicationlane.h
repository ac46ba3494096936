#pragma once

#include "clinical/clinicaltime.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <vector>

namespace renkei::clinical {
class MedicationList;
}

// The medication lane under the trend chart: one line per ingredient with a bar for each
// episode (refills of one drug at one facility, clinical::MedicationEpisode) in the chart's time
// range, coloured by the prescribing facility, so that a change in a value can be read against
// when a drug started or stopped. Its time axis is the chart's: the owner passes the chart's
// range and the pixels of its plot area.
namespace renkei::ui {

class MedicationLane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxLanes = 8;

    explicit MedicationLane(QWidget *parent = nullptr);

    void setMedications(std::shared_ptr<const clinical::MedicationList> medications);
    void setTimeRange(qint64 from, qint64 to);
    void setPlotSpan(int left, int right);
    void setMarker(qint64 msecs); // the workspace date (kNoTime: none)

    // Ingredient lanes shown for the current range (at most kMaxLanes), and how many more
    // ingredients had an episode in it.
    QStringList laneLabels() const;
    int hiddenLaneCount() const { return m_hidden; }
    int barCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dateChosen(QDate date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Bar {
        qint64 start = 0;
        qint64 end = 0; // exclusive (the day after the last)
        bool openEnded = false;
        int episode = -1;
        QColor colour;
    };
    struct Lane {
        QString label;
        std::vector<Bar> bars;
    };
    void relayout();
    double xOf(qint64 msecs) const;
    qint64 timeAt(double x) const;
    const Bar *barAt(const QPoint &pos, int *lane = nullptr) const;
    int laneTop(int lane) const;

    std::shared_ptr<const clinical::MedicationList> m_medications;
    std::vector<Lane> m_lanes;
    int m_hidden = 0;
    qint64 m_from = clinical::kNoTime;
    qint64 m_to = clinical::kNoTime;
    qint64 m_marker = clinical::kNoTime;
    int m_left = 0;
    int m_right = 0;
};

} // namespace renkei::ui
