#pragma once

#include "net/clock.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QStackedWidget;
class QWidget;

namespace renkei::audit {
class AuditLog;
}
namespace renkei::net {
class ProfileStore;
}

namespace renkei::ui {

class IdleWatcher;
class LockScreen;
class NewSecretDialog;
class PinStore;
class ScreenLock;
class Session;
class SessionIndicator;
class SignInDialog;
class TokenVaults;

// What the main window needs for signing in and the idle lock, all owned by main() (or a test).
struct SessionContext {
    Session *session = nullptr;
    TokenVaults *vaults = nullptr;
    PinStore *pins = nullptr;
    net::ProfileStore *profiles = nullptr; // may be null: only the session's own network
    net::Clock clock; // the idle lock's time (empty: the system clock)
    audit::AuditLog *audit = nullptr; // failed unlocks are recorded here when given
};

// The session's part of the main window, kept out of MainWindow: the status-bar indicator, the
// Sign In / Sign Out / Lock Screen actions, the sign-in dialog, the unlock-PIN dialog after a
// sign-in, and the idle lock (IdleWatcher + LockScreen page + ScreenLock). The window only gives
// it its stack (content page + room for the lock page) and places the actions.
class SessionUi : public QObject {
    Q_OBJECT
public:
    SessionUi(QMainWindow &window, QStackedWidget &stack, QWidget &content,
        const SessionContext &context);
    ~SessionUi() override;

    QList<QAction *> actions() const; // Sign In…, Sign Out, separator, Lock Screen
    QAction *signInAction() const { return m_signInAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    QAction *lockAction() const { return m_lockAction; }
    Session *session() const { return m_context.session; }
    SessionIndicator *indicator() const { return m_indicator; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    ScreenLock *screenLock() const { return m_lock; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    SignInDialog *signInDialog() const;
    NewSecretDialog *pinDialog() const;

    // At application start: chooses the network last signed in to (else the first), opens the
    // passphrase vault when that is where the sign-in is kept (asks for the passphrase), then
    // resumes from the stored refresh token without a browser; with nothing stored, or when
    // that fails, opens the sign-in window.
    void startSession();
    void openSignIn(); // the sign-in dialog (window-modal, not blocking)
    void offerPin(); // the unlock-PIN dialog (window-modal, not blocking)
    void signOut();

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    void updateActions();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QMainWindow &m_window;
    SessionContext m_context;
    QAction *m_signInAction;
    QAction *m_signOutAction;
    QAction *m_separator;
    QAction *m_lockAction;
    SessionIndicator *m_indicator;
    IdleWatcher *m_idle;
    LockScreen *m_lockScreen;
    ScreenLock *m_lock;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<NewSecretDialog> m_pinDialog;
    bool m_offerPinAfterSignIn = false;
};

} // namespace renkei::ui
