#include "printui.h"

#include "emergency/emergencyaccess.h"
#include "idlewatcher.h"
#include "net/profilesecrets.h"
#include "printactions.h"
#include "session.h"
#include "sessionui.h"

#include <QAction>
#include <QMainWindow>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::print {

PrintUi::PrintUi(QMainWindow &window, QAction &print, QAction &exportPdf)
    : QObject(&window)
    , m_window(window)
    , m_print(new PrintActions(print, exportPdf, this))
    , m_emergencyAction(new QAction(&window))
    , m_emergency(nullptr)
{
    m_emergencyAction->setObjectName(u"emergencyViewAction"_s);
    m_emergencyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_emergency = new emergency::EmergencyAccess(*m_emergencyAction, window, this);
    retranslate();
}

PrintUi::~PrintUi() = default;

void PrintUi::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    m_print->setRecord(record);
    m_emergency->setRecord(std::move(record));
}

void PrintUi::attachSession(SessionUi &sessionUi, const SessionContext &context)
{
    m_sessionUi = &sessionUi;
    m_print->setAuditLog(context.audit);
    m_emergency->setAuditLog(context.audit);
    // Locking ends an emergency access (the lock hides windows; the access must not outlive it).
    connect(&sessionUi, &SessionUi::lockedChanged, this, [this](bool locked) {
        if (locked)
            m_emergency->end();
    });
    if (Session *session = context.session) {
        connect(session, &Session::profileChanged, this, &PrintUi::onSessionChanged);
        connect(session, &Session::statusChanged, this, &PrintUi::onSessionChanged);
    }
    onSessionChanged();
}

void PrintUi::onSessionChanged()
{
    Session *session = m_sessionUi ? m_sessionUi->session() : nullptr;
    if (!session)
        return;
    const auto settings = net::openViewerSettings(); // where the profiles are
    const net::NetworkProfile &profile = session->profile();
    applyPolicy(net::effectivePolicy(*settings, profile.id), profile.displayName);
    // The footer: who prints, and where (the workstation's facility when set, else the network).
    const QString facility = settings->value(u"print/facility"_s).toString();
    m_print->setPrinter(session->userLabel(), facility.isEmpty() ? profile.displayName : facility);
}

void PrintUi::applyPolicy(const net::NetworkPolicy &policy, const QString &networkName)
{
    m_print->setPolicy(policy, networkName);
    if (m_sessionUi && m_sessionUi->idleWatcher()) {
        const int minutes = policy.idleMinutes(IdleWatcher::minutesFromSettings(QSettings()));
        m_sessionUi->idleWatcher()->setTimeoutSeconds(qint64(minutes) * 60);
    }
}

void PrintUi::retranslate()
{
    m_emergencyAction->setText(tr("Emer&gency View…"));
    m_emergencyAction->setIconText(tr("Emergency View"));
}

} // namespace renkei::ui::print
