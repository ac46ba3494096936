#include "sessionui.h"

#include "idlewatcher.h"
#include "lockscreen.h"
#include "net/profilestore.h"
#include "newsecretdialog.h"
#include "pinstore.h"
#include "screenlock.h"
#include "session.h"
#include "sessionindicator.h"
#include "signindialog.h"
#include "tokenvaults.h"
#include "uilogging.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

const QString kLastNetworkKey = u"network/last"_s;

} // namespace

SessionUi::SessionUi(
    QMainWindow &window, QStackedWidget &stack, QWidget &content, const SessionContext &context)
    : QObject(&window)
    , m_window(window)
    , m_context(context)
    , m_signInAction(new QAction(this))
    , m_signOutAction(new QAction(this))
    , m_separator(new QAction(this))
    , m_lockAction(new QAction(this))
    , m_indicator(new SessionIndicator(*context.session, &window))
    , m_idle(new IdleWatcher(context.clock, this))
    , m_lockScreen(new LockScreen(&stack))
{
    Session &session = *m_context.session;
    m_signInAction->setObjectName(u"signInAction"_s);
    connect(m_signInAction, &QAction::triggered, this, &SessionUi::openSignIn);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    connect(m_signOutAction, &QAction::triggered, this, &SessionUi::signOut);
    m_separator->setSeparator(true);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    window.addAction(m_lockAction);

    window.statusBar()->addPermanentWidget(m_indicator);

    stack.addWidget(m_lockScreen);
    m_lock = new ScreenLock(stack, content, *m_lockScreen, *m_context.pins, session, *m_idle, this);
    m_lock->setAuditLog(m_context.audit);
    connect(m_lockAction, &QAction::triggered, m_lock, &ScreenLock::lock);
    connect(m_lock, &ScreenLock::signInRequested, this, &SessionUi::openSignIn);
    connect(m_lock, &ScreenLock::lockedChanged, this, [this](bool locked) {
        // Nothing behind the lock may be reached from the menus either.
        m_window.menuBar()->setEnabled(!locked);
        updateActions();
        Q_EMIT lockedChanged(locked);
    });

    m_idle->setTimeoutSeconds(qint64(IdleWatcher::minutesFromSettings(QSettings())) * 60);
    m_idle->start();

    connect(&session, &Session::statusChanged, this, &SessionUi::updateActions);
    connect(&session, &Session::signedIn, this, [this] {
        QSettings().setValue(kLastNetworkKey, m_context.session->profile().id);
        if (std::exchange(m_offerPinAfterSignIn, false) && !m_context.pins->hasPin()
            && !m_lock->isLocked())
            offerPin();
    });
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

SessionUi::~SessionUi() = default;

void SessionUi::startSession()
{
    if (!m_context.profiles)
        return;
    const QList<net::NetworkProfile> known = m_context.profiles->list();
    if (known.isEmpty())
        return;
    const QString last = QSettings().value(kLastNetworkKey).toString();
    net::NetworkProfile chosen = known.first();
    for (const net::NetworkProfile &profile : known) {
        if (profile.id == last)
            chosen = profile;
    }
    TokenVaults &vaults = *m_context.vaults;
    if (!TokenVaults::isDemo(chosen) && vaults.probeKeychain() && vaults.hasPassphraseVault()) {
        // No keychain, but the user keeps the sign-in under a passphrase: ask for it.
        NewSecretDialog ask(NewSecretDialog::Purpose::OpenVault, 1, &m_window);
        if (ask.exec() == QDialog::Accepted) {
            if (auto opened = vaults.usePassphrase(ask.secret()); !opened)
                qCInfo(lcUi) << "the passphrase vault did not open:"
                             << errorKindName(opened.error().kind);
        }
    }
    net::TokenVault &vault = vaults.vaultFor(chosen);
    if (auto set = m_context.session->setProfile(chosen, vault); !set) {
        qCWarning(lcUi) << "the network could not be chosen:" << errorKindName(set.error().kind)
                        << set.error().code;
        openSignIn();
        return;
    }
    const auto stored = vault.load(net::refreshTokenScope(chosen.id, u"default"_s));
    if (!stored || !stored->has_value()) {
        openSignIn();
        return;
    }
    connect(
        m_context.session, &Session::signInFailed, this, [this] { openSignIn(); },
        Qt::SingleShotConnection);
    m_context.session->resume();
}

SignInDialog *SessionUi::signInDialog() const
{
    return m_signInDialog.data();
}

NewSecretDialog *SessionUi::pinDialog() const
{
    return m_pinDialog.data();
}

QList<QAction *> SessionUi::actions() const
{
    return { m_signInAction, m_signOutAction, m_separator, m_lockAction };
}

void SessionUi::openSignIn()
{
    if (m_signInDialog && m_signInDialog->isVisible()) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    QList<net::NetworkProfile> profiles;
    if (m_context.profiles)
        profiles = m_context.profiles->list();
    m_signInDialog = new SignInDialog(*m_context.session, *m_context.vaults, profiles, &m_window);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Closed means gone (it is deleted later): the next request opens a fresh one.
    connect(m_signInDialog, &QDialog::finished, this, [this] { m_signInDialog = nullptr; });
    m_offerPinAfterSignIn = true;
    m_signInDialog->open();
    qCInfo(lcUi) << "sign-in window opened";
}

void SessionUi::offerPin()
{
    if (m_pinDialog)
        return;
    m_pinDialog
        = new NewSecretDialog(NewSecretDialog::Purpose::UnlockPin, PinStore::kMinLength, &m_window);
    m_pinDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pinDialog, &QDialog::finished, this, [this] { m_pinDialog = nullptr; });
    connect(m_pinDialog, &QDialog::accepted, this, [this, dialog = m_pinDialog.data()] {
        if (auto set = m_context.pins->setPin(dialog->secret()); !set)
            qCWarning(lcUi) << "the unlock PIN could not be set:"
                            << errorKindName(set.error().kind);
    });
    m_pinDialog->open();
}

void SessionUi::signOut()
{
    // Revoke and wipe the tokens, and forget the unlock PIN: the next user sets their own.
    m_context.session->signOut();
    m_context.pins->clear();
}

void SessionUi::updateActions()
{
    const Session &session = *m_context.session;
    const bool locked = m_lock->isLocked();
    m_signInAction->setEnabled(!locked && session.status() != Session::Status::SigningIn);
    m_signOutAction->setEnabled(!locked && session.status() != Session::Status::SignedOut);
    m_lockAction->setEnabled(!locked && session.isActive());
}

void SessionUi::retranslate()
{
    m_signInAction->setText(tr("&Sign In…"));
    m_signOutAction->setText(tr("Sign O&ut"));
    m_lockAction->setText(tr("&Lock Screen"));
}

bool SessionUi::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace renkei::ui
