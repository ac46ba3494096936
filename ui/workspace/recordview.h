#pragma once

#include <QDate>
#include <QString>
#include <QWidget>

#include <memory>

namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui {

// What every view of a patient's record is to the workspace (issue 6 §6): the workspace shows
// two or three of them side by side, hands each the open record, and keeps them on one date.
//
// - setRecord(): the patient just opened (nullptr when none, or when the window locks: the view
//   must then drop every patient value it shows). The record is immutable and shared.
// - setWorkspaceDate(): the date every view follows (scroll to it, select the column or item
//   nearest to it, mark it); called after setRecord and whenever another view or the timeline
//   chooses a date. A view never echoes it back through workspaceDateChosen().
// - workspaceDateChosen(): the user chose a date in this view (clicked an item, a column, a point).
class RecordView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // A stable id for settings and menus: "timeline", "labs", "meds", "docs".
    virtual QString viewId() const = 0;
    // The view's name as menus and pane headers show it (tr()).
    virtual QString title() const = 0;

    virtual void setRecord(std::shared_ptr<const clinical::PatientRecord> record) = 0;
    virtual void setWorkspaceDate(QDate date) = 0;

Q_SIGNALS:
    void workspaceDateChosen(QDate date);
};

} // namespace renkei::ui
