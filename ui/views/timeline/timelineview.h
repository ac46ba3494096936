#pragma once

#include "workspace/recordview.h"

#include <QSet>

class QButtonGroup;
class QThread;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace renkei::ui {

class EmptyStateWidget;
class TimelineCanvas;

// The timeline (issue 6 §2): every encounter, admission, document, prescription and lab panel
// of the record on one time axis, one lane per facility; zoom from ten years to one week (the
// buttons, the wheel, +/-), "since last viewed" marked and new items highlighted. Clicking an
// item chooses the workspace date.
class TimelineView : public RecordView {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    QString viewId() const override;
    QString title() const override;
    void setRecord(std::shared_ptr<const clinical::PatientRecord> record) override;
    void setWorkspaceDate(QDate date) override;

    TimelineCanvas *canvas() const { return m_canvas; }
    // A large record's timeline is built on a worker thread (from this many values).
    static constexpr qsizetype kBuildOnWorkerFrom = 20000;
    bool isBuilding() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateZoomButtons();
    void updateControls();

    TimelineCanvas *m_canvas = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QButtonGroup *m_zoomGroup = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_latest = nullptr;
    QLabel *m_summary = nullptr;
    std::shared_ptr<const clinical::PatientRecord> m_record;
    QDate m_date;
    quint64 m_generation = 0;
    QSet<QThread *> m_builders;
};

} // namespace renkei::ui
