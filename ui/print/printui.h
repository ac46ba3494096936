#pragma once

#include "net/networkpolicy.h"

#include <QObject>

#include <memory>

class QAction;
class QMainWindow;

namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui {

class SessionUi;
struct SessionContext;

namespace emergency {
class EmergencyAccess;
}

namespace print {

class PrintActions;

// Printing, export and the emergency view in the main window, kept out of MainWindow (as
// SessionUi and ViewerUi are): the actions follow the open patient and the network's policy
// (networks/<id>/policy, tightened by what the network publishes): a forbidden action is
// disabled with a tooltip that says why, and the idle lock takes the policy's minutes.
class PrintUi : public QObject {
    Q_OBJECT
public:
    PrintUi(QMainWindow &window, QAction &print, QAction &exportPdf);
    ~PrintUi() override;

    QAction *emergencyAction() const { return m_emergencyAction; }
    PrintActions *printActions() const { return m_print; }
    emergency::EmergencyAccess *emergencyAccess() const { return m_emergency; }

    void setRecord(std::shared_ptr<const clinical::PatientRecord> record);
    // The audit log, who prints, the session's network policy, the idle lock, the lock itself.
    void attachSession(SessionUi &sessionUi, const SessionContext &context);
    // Applies a policy now (the session does it on every change of network).
    void applyPolicy(const net::NetworkPolicy &policy, const QString &networkName);
    void retranslate();

private:
    void onSessionChanged();

    QMainWindow &m_window;
    PrintActions *m_print;
    QAction *m_emergencyAction;
    emergency::EmergencyAccess *m_emergency;
    SessionUi *m_sessionUi = nullptr;
};

} // namespace print
} // namespace renkei::ui
