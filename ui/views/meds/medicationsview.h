#pragma once

#include "workspace/recordview.h"

#include <QFutureWatcher>

#include <memory>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace renkei::clinical {
class MedicationList;
}

namespace renkei::ui {

class AllergyBanner;
class EmptyStateWidget;
class MedicationTimeline;
class MedicationTreeModel;

// The medications view (issue 6 §4): allergies above; the current list (active on the workspace
// date, or today) or the whole history, grouped by ingredient, each line with its drug, dose,
// usage, days, prescriber, prescribing facility and dispensing pharmacy; cross-facility
// duplicates flagged with both sources named; the medication timeline beneath.
class MedicationsView : public RecordView {
    Q_OBJECT
public:
    explicit MedicationsView(QWidget *parent = nullptr);
    ~MedicationsView() override;

    QString viewId() const override;
    QString title() const override;
    void setRecord(std::shared_ptr<const clinical::PatientRecord> record) override;
    void setWorkspaceDate(QDate date) override;

    // The clock's day (tests and screenshots pin it); the current list follows it while no
    // workspace date is set.
    void setToday(QDate today);
    QDate asOf() const;
    void showHistory(bool history);
    // The list is built on a worker thread after setRecord(): true until it is shown
    // (recordShown() then).
    bool isBuilding() const;

    // For tests: the parts, by what they are.
    MedicationTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    MedicationTimeline *timeline() const { return m_timeline; }
    AllergyBanner *allergyBanner() const { return m_allergies; }
    QLabel *duplicateBanner() const { return m_duplicates; }
    QLabel *detailsLabel() const { return m_details; }

Q_SIGNALS:
    // The record given to setRecord() is on screen (also after setRecord(nullptr)).
    void recordShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshAsOf();
    void refreshSummary();
    void refreshDetails();
    void chooseLine(const QModelIndex &proxyIndex);
    void afterReset();
    void buildFinished();

    std::shared_ptr<const clinical::PatientRecord> m_record;
    std::shared_ptr<const clinical::MedicationList> m_list;
    QFutureWatcher<std::shared_ptr<const clinical::MedicationList>> m_watcher;
    QDate m_today;
    QDate m_workspaceDate;
    int m_selectedLine = -1;

    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    AllergyBanner *m_allergies;
    QPushButton *m_currentButton;
    QPushButton *m_historyButton;
    QButtonGroup *m_modeGroup;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QLabel *m_duplicates;
    MedicationTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLabel *m_details;
    QLabel *m_timelineTitle;
    QButtonGroup *m_spanGroup;
    QList<QToolButton *> m_spanButtons;
    QScrollArea *m_timelineScroll;
    MedicationTimeline *m_timeline;
};

} // namespace renkei::ui
