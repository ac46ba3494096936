#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace renkei::ui {

class EmptyStateWidget;
class PatientBanner;
class PatientOpener;
class Workspace;

// The right side of the window: the patient banner above the side-by-side workspace while a
// patient is open, a calm empty state otherwise; wired to the opener (record, sync, problems).
class PatientArea : public QWidget {
    Q_OBJECT
public:
    explicit PatientArea(PatientOpener &opener, QWidget *parent = nullptr);
    ~PatientArea() override;

    PatientBanner *banner() const { return m_banner; }
    Workspace *workspace() const { return m_workspace; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    bool showsPatient() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showProblem(const QString &message);

    PatientOpener &m_opener;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QWidget *m_patientPage = nullptr;
    PatientBanner *m_banner = nullptr;
    Workspace *m_workspace = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace renkei::ui
