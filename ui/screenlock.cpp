#include "screenlock.h"

#include "audit/auditlog.h"
#include "idlewatcher.h"
#include "lockscreen.h"
#include "pinstore.h"
#include "session.h"
#include "uilogging.h"

#include <QApplication>
#include <QDialog>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace renkei::ui {

ScreenLock::ScreenLock(QStackedWidget &stack, QWidget &content, LockScreen &lockScreen,
    PinStore &pins, Session &session, IdleWatcher &idle, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_content(content)
    , m_lockScreen(lockScreen)
    , m_pins(pins)
    , m_session(session)
    , m_idle(idle)
{
    connect(&m_idle, &IdleWatcher::idle, this, [this] {
        if (m_session.isActive())
            lock();
    });
    connect(&m_lockScreen, &LockScreen::unlockRequested, this, &ScreenLock::tryPin);
    connect(&m_lockScreen, &LockScreen::signInRequested, this, &ScreenLock::signInRequested);
    connect(&m_session, &Session::signedIn, this, [this] {
        if (!m_locked)
            return;
        // A fresh sign-in is the user again: it also clears the wrong-PIN count.
        m_pins.resetAttempts();
        unlock();
    });
    connect(&m_session, &Session::signedOut, this, [this] {
        if (m_locked)
            refreshLockScreen();
    });
}

void ScreenLock::lock()
{
    if (m_locked) {
        m_lockScreen.focusPin();
        return;
    }
    m_locked = true;
    // Any other window of the application may show patient data too. Dialogs are cancelled (a
    // modal one's exec() returns Rejected); other windows are hidden until the unlock.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (!widget->isVisible() || widget == m_stack.window())
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(widget)) {
            dialog->reject();
        } else if (widget->windowType() == Qt::Popup || widget->windowType() == Qt::ToolTip) {
            widget->close(); // an open menu, a tooltip: gone, not restored
        } else {
            m_hiddenWindows.append(widget);
            widget->hide();
        }
    }
    m_lockScreen.setMessage(QString());
    m_lockScreen.clearPin();
    refreshLockScreen();
    m_stack.setCurrentWidget(&m_lockScreen);
    m_lockScreen.focusPin();
    qCInfo(lcUi) << "locked";
    Q_EMIT lockedChanged(true);
}

void ScreenLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_lockScreen.clearPin();
    m_lockScreen.setMessage(QString());
    m_stack.setCurrentWidget(&m_content);
    for (const QPointer<QWidget> &widget : std::exchange(m_hiddenWindows, {})) {
        if (widget)
            widget->show();
    }
    m_idle.noteActivity();
    qCInfo(lcUi) << "unlocked";
    Q_EMIT lockedChanged(false);
}

void ScreenLock::refreshLockScreen()
{
    m_lockScreen.setIdentity(m_session.userLabel(),
        m_session.hasProfile() ? m_session.profile().displayName : QString());
    const bool pinWorks = m_pins.hasPin() && !m_pins.isLockedOut();
    m_lockScreen.setMode(pinWorks ? LockScreen::Mode::Pin : LockScreen::Mode::SignInOnly);
}

void ScreenLock::tryPin(const crypto::SecretBytes &pin)
{
    if (!m_locked)
        return;
    m_lockScreen.setBusy(true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto checked = m_pins.verify(pin);
    QApplication::restoreOverrideCursor();
    m_lockScreen.setBusy(false);
    if (!checked) {
        m_lockScreen.setMessage(tr("The PIN could not be checked. Sign in again to unlock."));
        recordFailedUnlock(u"check-failed"_s);
        return;
    }
    switch (*checked) {
    case PinStore::Check::Right:
        unlock();
        return;
    case PinStore::Check::Wrong:
        recordFailedUnlock(u"wrong-pin"_s);
        m_lockScreen.setMessage(
            tr("That PIN is not right. Attempts left: %n.", nullptr, m_pins.attemptsLeft()));
        m_lockScreen.focusPin();
        return;
    case PinStore::Check::LockedOut:
        recordFailedUnlock(u"too-many-attempts"_s);
        refreshLockScreen();
        m_lockScreen.setMessage(tr("The PIN was wrong %n times.", nullptr, PinStore::kMaxAttempts));
        m_lockScreen.focusPin();
        return;
    }
}

void ScreenLock::recordFailedUnlock(const QString &reason)
{
    if (!m_audit)
        return;
    audit::AuditDetails details;
    details.outcome = audit::Outcome::Failure;
    details.reason = reason;
    if (auto appended = m_audit->append(audit::Action::FailedUnlock, {}, details); !appended)
        qCWarning(lcUi) << "a failed unlock could not be recorded:"
                        << errorKindName(appended.error().kind);
}

} // namespace renkei::ui
