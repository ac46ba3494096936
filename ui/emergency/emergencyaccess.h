#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace renkei::audit {
class AuditLog;
}
namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui::emergency {

class EmergencyView;

// File › Emergency View… (救急時医療情報共有, issue 7 §3), two clicks from a patient: the patient
// chosen in the search panel or open in the workspace, then this action. Outside the normal
// consent path it asks for a reason first (break the glass: BreakGlassDialog, reason required),
// records the access in the audit log (action emergency-view, the reason), and shows the
// emergency view with its red banner until the user ends the access, the patient changes or the
// window locks.
class EmergencyAccess : public QObject {
    Q_OBJECT
public:
    // Seams for tests: the reason (nullopt: cancelled) and whether this patient's consent is
    // on record (the default: never known to this client, so every emergency opening asks).
    using ReasonPrompt = std::function<std::optional<QString>(QWidget *parent, const QString &who)>;
    using ConsentCheck = std::function<bool(const clinical::PatientRecord &record)>;

    EmergencyAccess(QAction &action, QWidget &window, QObject *parent = nullptr);
    ~EmergencyAccess() override;

    void setRecord(std::shared_ptr<const clinical::PatientRecord> record);
    void setAuditLog(audit::AuditLog *log) { m_audit = log; }
    void setReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }
    void setConsentCheck(ConsentCheck check) { m_consent = std::move(check); }

    // Opens the emergency view of the current patient; false when cancelled, not recorded
    // (the audit log refused: no access without a record of it) or no patient.
    bool open();
    void end(); // closes the view; its banner goes with it
    bool isActive() const;
    QString reason() const { return m_reason; }
    QDialog *window() const { return m_dialog; }
    EmergencyView *view() const { return m_view; }

Q_SIGNALS:
    void activeChanged(bool active);
    void message(const QString &text);

private:
    void update();

    QAction &m_action;
    QWidget &m_window;
    std::shared_ptr<const clinical::PatientRecord> m_record;
    audit::AuditLog *m_audit = nullptr;
    ReasonPrompt m_reasonPrompt;
    ConsentCheck m_consent;
    QPointer<QDialog> m_dialog;
    EmergencyView *m_view = nullptr;
    QString m_reason;
};

} // namespace renkei::ui::emergency
