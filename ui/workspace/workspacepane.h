#pragma once

#include <QDate>
#include <QFrame>

#include <memory>

class QLabel;
class QMenu;
class QToolButton;
class QVBoxLayout;

namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui {

class RecordView;
class ViewRegistry;

// One pane of the workspace: a header whose menu chooses the view (timeline, labs, medications,
// documents: what the registry holds), and that view below it.
class WorkspacePane : public QFrame {
    Q_OBJECT
public:
    WorkspacePane(const ViewRegistry &registry, int number, QWidget *parent = nullptr);
    ~WorkspacePane() override;

    // Replaces the view (the record and the date carry over). False for an unknown id.
    bool setView(const QString &id);
    QString viewId() const;
    RecordView *view() const { return m_view; }
    int number() const { return m_number; }

    void setRecord(std::shared_ptr<const clinical::PatientRecord> record);
    void setWorkspaceDate(QDate date);
    QToolButton *viewButton() const { return m_viewButton; }

Q_SIGNALS:
    // The user chose a date in this pane's view.
    void dateChosen(QDate date);
    void viewChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMenu();
    void retranslateUi();

    const ViewRegistry &m_registry;
    int m_number;
    QToolButton *m_viewButton = nullptr;
    QLabel *m_dateLabel = nullptr;
    QMenu *m_menu = nullptr;
    QVBoxLayout *m_layout = nullptr;
    RecordView *m_view = nullptr;
    std::shared_ptr<const clinical::PatientRecord> m_record;
    QDate m_date;
};

} // namespace renkei::ui
