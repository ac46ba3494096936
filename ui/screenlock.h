#pragma once

#include "crypto/secretbytes.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QStackedWidget;
class QWidget;

namespace renkei::audit {
class AuditLog;
}

namespace renkei::ui {

class IdleWatcher;
class LockScreen;
class PinStore;
class Session;

// The idle lock's rules (docs/user-guide.md "Idle lock"): when the IdleWatcher reports idle
// while a user is signed in, or on lock(), the window's stack shows the LockScreen instead of
// the content (the content page is hidden, not just covered). The PIN unlocks, checked by the
// PinStore; after PinStore::kMaxAttempts wrong PINs, or without a PIN, only a fresh sign-in does.
// Failed unlocks go to the audit log when one is attached. Locking cancels the application's open
// dialogs; its other windows are hidden until the unlock.
class ScreenLock : public QObject {
    Q_OBJECT
public:
    ScreenLock(QStackedWidget &stack, QWidget &content, LockScreen &lockScreen, PinStore &pins,
        Session &session, IdleWatcher &idle, QObject *parent = nullptr);

    void setAuditLog(audit::AuditLog *log) { m_audit = log; }

    bool isLocked() const { return m_locked; }
    void lock();

Q_SIGNALS:
    void lockedChanged(bool locked);
    // The user asked to sign in again (from the lock screen); a successful sign-in unlocks.
    void signInRequested();

private:
    void unlock();
    void tryPin(const crypto::SecretBytes &pin);
    void refreshLockScreen();
    void recordFailedUnlock(const QString &reason);

    QStackedWidget &m_stack;
    QWidget &m_content;
    LockScreen &m_lockScreen;
    PinStore &m_pins;
    Session &m_session;
    IdleWatcher &m_idle;
    audit::AuditLog *m_audit = nullptr;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenWindows; // dialogs put away while locked
};

} // namespace renkei::ui
