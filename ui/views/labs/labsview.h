#pragma once

#include "clinical/labtable.h"
#include "workspace/recordview.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFutureWatcher>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QItemSelection;
class QLabel;
class QModelIndex;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace renkei::clinical {
class MedicationList;
}

// The labs view (issue 6 §3): the cumulative table (検査結果の時系列表) with its test, unit and
// range columns frozen while the dates scroll, filters (panel, abnormal only, period), and the
// trend chart of the selected tests with their reference bands and the medication lane. The
// table and the medication episodes are built on a worker thread (a large chart takes longer than
// a frame); a quiet placeholder shows meanwhile and the window never freezes.
namespace renkei::ui {

class EmptyStateWidget;
class FrozenTableView;
class LabTableModel;
class LabTrendChart;

class LabsView : public RecordView {
    Q_OBJECT
public:
    explicit LabsView(QWidget *parent = nullptr);
    ~LabsView() override;

    QString viewId() const override;
    QString title() const override;
    void setRecord(std::shared_ptr<const clinical::PatientRecord> record) override;
    void setWorkspaceDate(QDate date) override;

    // The filter in force; setting it also sets the controls.
    clinical::LabFilter filter() const;
    void setFilter(const clinical::LabFilter &filter);

    // True while the table of the record set last is being built.
    bool isBuilding() const;
    // How long the last build took on the worker (ms), -1 before the first.
    qint64 lastBuildMs() const { return m_lastBuildMs; }

    LabTableModel *model() const { return m_model; }
    FrozenTableView *table() const { return m_table; }
    LabTrendChart *trendChart() const { return m_chart; }
    // LabTable rows selected in the table (what the chart shows), in table order.
    std::vector<int> selectedTableRows() const;
    // The row charted when a record opens: the numeric test most often out of range (then the
    // most measured); -1 when no test has two numeric values.
    static int defaultChartRow(const clinical::LabTable &table);

Q_SIGNALS:
    // The record set last is on screen (its table built and shown), or cleared.
    void recordShown();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Built {
        std::shared_ptr<const clinical::LabTable> labs;
        std::shared_ptr<const clinical::MedicationList> medications;
        qint64 ms = 0;
        quint64 generation = 0;
    };
    void buildFinished();
    void present(const Built &built);
    void clear();
    void applyFilterControls();
    void periodChanged();
    void showTableExtent();
    void fillPanels();
    void updateStatus();
    void selectionChanged();
    void cellClicked(const QModelIndex &index);
    void headerClicked(int section);
    void chooseDate(QDate date);
    void markWorkspaceDate(bool scroll);
    void retranslate();
    void adaptToWidth();

    std::shared_ptr<const clinical::PatientRecord> m_record;
    std::shared_ptr<const clinical::MedicationList> m_medications;
    QFutureWatcher<Built> m_watcher;
    quint64 m_generation = 0;
    qint64 m_lastBuildMs = -1;
    QDate m_workspaceDate;
    bool m_settingFilter = false;
    bool m_scrolledByHand = false;
    bool m_narrow = false; // the frozen part shows the test's name only

    LabTableModel *m_model;
    QComboBox *m_panel;
    QCheckBox *m_abnormal;
    QLabel *m_periodLabel;
    QLabel *m_panelLabel;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_tilde;
    QLabel *m_status;
    QStackedWidget *m_pages;
    EmptyStateWidget *m_empty;
    QWidget *m_busy;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QSplitter *m_splitter;
    FrozenTableView *m_table;
    LabTrendChart *m_chart;
    QTimer *m_busyDelay;
    QTimer *m_selectionDelay;
};

} // namespace renkei::ui
