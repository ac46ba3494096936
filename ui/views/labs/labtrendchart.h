#pragma once

#include "clinical/clinicaltime.h"
#include "clinical/labtable.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsLineItem;
class QLabel;
class QLineSeries;
class QStackedLayout;

namespace renkei::clinical {
class MedicationList;
} // namespace renkei::clinical

// The trend chart of the labs view: the values of one to three selected tests over time (Qt
// Charts, a QDateTimeAxis shared by all, a value axis per test), each test's reference band (the
// range of the facility that measured each value, as a step band), abnormal values marked, the
// workspace date as a vertical line, and the medication lane beneath on the same time axis.
namespace renkei::ui {

class MedicationLane;

class LabTrendChart : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxSeries = 3;
    // Above this many points a series is drawn as a line only (markers would hide the trend
    // and slow painting).
    static constexpr int kMaxMarkedPoints = 150;
    // Above this many values over more than two years the chart opens on the last year.
    static constexpr int kDensePoints = 1000;

    explicit LabTrendChart(QWidget *parent = nullptr);
    ~LabTrendChart() override;

    void setSources(std::shared_ptr<const clinical::LabTable> table,
        std::shared_ptr<const clinical::MedicationList> medications);
    // LabTable rows to plot (the first kMaxSeries are).
    void setRows(const std::vector<int> &rows);
    const std::vector<int> &rows() const { return m_rows; }
    // Days shown (inclusive); invalid: the data's own extent.
    void setDateRange(QDate from, QDate to);
    void setWorkspaceDate(QDate date);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    const QList<QLineSeries *> &valueSeries() const { return m_values; }
    const QList<QAreaSeries *> &bands() const { return m_bands; }
    MedicationLane *medicationLane() const { return m_lane; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    // The measured point of a series nearest to a time (msecs), -1 when none; what its tooltip
    // says (the test, the exact time and facility, the value and flag, that facility's range).
    int nearestPoint(int series, double x) const;
    QString pointToolTip(int series, int index) const;

Q_SIGNALS:
    void dateChosen(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void clearChart();
    void addSeries(int index, const clinical::TrendSeries &trend, qint64 lo, qint64 hi);
    void updateMarker();
    void updateTimeFormat();
    void syncLane();
    void pointClicked(QLineSeries *series, const QPointF &point);
    void pointHovered(QLineSeries *series, const QPointF &point, bool inside);
    void retranslate();

    std::shared_ptr<const clinical::LabTable> m_table;
    std::shared_ptr<const clinical::MedicationList> m_medications;
    std::vector<int> m_rows;
    QDate m_from, m_to;
    QDate m_workspaceDate;
    qint64 m_fullFrom = 0; // the extent of the data (the band's), zoomed or not
    qint64 m_fullTo = 0;

    QStackedLayout *m_stack;
    QLabel *m_hint;
    QChart *m_chart;
    QChartView *m_view;
    MedicationLane *m_lane;
    QDateTimeAxis *m_timeAxis = nullptr;
    QGraphicsLineItem *m_marker = nullptr;
    QList<QLineSeries *> m_values;
    QList<QAreaSeries *> m_bands;
    std::vector<clinical::TrendSeries> m_trends; // what each series plots, oldest first
    QLabel *m_note;
};

} // namespace renkei::ui
