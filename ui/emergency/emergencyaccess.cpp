#include "emergencyaccess.h"

#include "audit/auditlog.h"
#include "breakglassdialog.h"
#include "clinical/patientrecord.h"
#include "emergencyview.h"

#include <QAction>
#include <QDialog>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::emergency {

EmergencyAccess::EmergencyAccess(QAction &action, QWidget &window, QObject *parent)
    : QObject(parent)
    , m_action(action)
    , m_window(window)
{
    connect(&m_action, &QAction::triggered, this, [this] { open(); });
    update();
}

EmergencyAccess::~EmergencyAccess()
{
    if (m_dialog)
        delete m_dialog;
}

void EmergencyAccess::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    if (record != m_record)
        end(); // the emergency view never shows another patient than the one it was opened for
    m_record = std::move(record);
    update();
}

void EmergencyAccess::update()
{
    m_action.setEnabled(m_record != nullptr);
    m_action.setToolTip(m_record ? tr("Allergies, medications, diagnoses and key results of this "
                                      "patient on one screen (break the glass when needed)")
                                 : tr("Choose a patient first."));
}

bool EmergencyAccess::isActive() const
{
    return m_dialog && m_dialog->isVisible();
}

bool EmergencyAccess::open()
{
    if (!m_record)
        return false;
    const bool consented = m_consent && m_consent(*m_record);
    QString reason;
    if (!consented) {
        const QString who = m_record->patient().displayName();
        std::optional<QString> given;
        if (m_reasonPrompt) {
            given = m_reasonPrompt(&m_window, who);
        } else {
            BreakGlassDialog dialog(who, &m_window);
            if (dialog.exec() == QDialog::Accepted)
                given = dialog.reason();
        }
        if (!given || given->trimmed().isEmpty())
            return false; // cancelled, or no reason: nothing opens
        reason = given->trimmed();
    }
    if (m_audit) {
        audit::AuditDetails details;
        details.reason = consented ? u"consent on record"_s : reason;
        details.sections = { u"emergency"_s };
        if (!m_audit->append(audit::Action::EmergencyView, m_record->cacheKey(), details)) {
            Q_EMIT message(tr("The emergency access could not be recorded in the audit log, so "
                              "it was not opened."));
            return false;
        }
    }
    m_reason = reason;
    if (!m_dialog) {
        m_dialog = new QDialog(&m_window, Qt::Window);
        m_dialog->setObjectName(u"emergencyWindow"_s);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        auto *layout = new QVBoxLayout(m_dialog);
        layout->setContentsMargins(0, 0, 0, 0);
        m_view = new EmergencyView(m_dialog);
        layout->addWidget(m_view);
        m_dialog->resize(1100, 760);
        connect(m_view, &EmergencyView::endRequested, this, &EmergencyAccess::end);
        connect(m_dialog, &QDialog::finished, this, [this] {
            if (m_view)
                m_view->clear();
            m_reason.clear();
            Q_EMIT activeChanged(false);
        });
    }
    m_dialog->setWindowTitle(tr("Emergency View"));
    // As of today; a record whose newest value is older is shown as of that day (said on screen),
    // so that "current" medications are those of the last known prescriptions.
    QDate asOf = QDate::currentDate();
    if (m_record->newestTime() != clinical::kNoTime) {
        const QDate newest = clinical::japanDate(m_record->newestTime());
        if (newest < asOf)
            asOf = newest;
    }
    m_view->show(m_record, asOf, reason);
    m_dialog->show();
    m_dialog->raise();
    Q_EMIT activeChanged(true);
    return true;
}

void EmergencyAccess::end()
{
    if (m_dialog && m_dialog->isVisible())
        m_dialog->reject(); // finished() clears the view and the banner
}

} // namespace renkei::ui::emergency
