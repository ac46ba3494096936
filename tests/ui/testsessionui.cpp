// The whole sign-in and idle-lock story in the main window, against a real demo server on
// loopback (offscreen): sign in through the dialog (DemoSignIn fills in the demo's page), set
// the unlock PIN, lock on idle with a moved clock, refuse a wrong PIN, unlock with the right
// one, Ctrl+L, lock-out after five wrong PINs, a fresh sign-in unlocks, sign-out.
#include "audit/auditlog.h"
#include "crypto/keystore.h"
#include "emptystatewidget.h"
#include "idlewatcher.h"
#include "lockscreen.h"
#include "newsecretdialog.h"
#include "screenlock.h"
#include "screenshot.h"
#include "sessionindicator.h"
#include "sessionuifixture.h"
#include "signindialog.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using renkei::test::SessionUiFixture;
using renkei::ui::Session;

class TestSessionUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void signInShowsTheUserAndAsksForAPin();
    void locksOnIdleAndTheRightPinUnlocks();
    void ctrlLLocksAtOnce();
    void fiveWrongPinsNeedAFreshSignIn();
    void failedUnlocksAreAudited();
    void revokedSessionShowsExpired();
    void signOutReturnsToSignedOut();
    void noIdleLockWhenSignedOut();
    void startResumesTheStoredSessionOrAsks();
    void lockingCancelsDialogsAndHidesOtherWindows();
    void nothingSecretInTheLog();

private:
    static bool patientAreaVisible(const SessionUiFixture &f);
    static void setPinThroughTheDialog(SessionUiFixture &f, const QString &pin);
    static void shoot(QWidget *widget, const QString &name);
};

void TestSessionUi::initTestCase()
{
    QCoreApplication::setOrganizationName(u"RenkeiTest"_s);
    QCoreApplication::setApplicationName(u"TestSessionUi"_s);
}

bool TestSessionUi::patientAreaVisible(const SessionUiFixture &f)
{
    auto *splitter = f.window->findChild<QSplitter *>(u"mainSplitter"_s);
    auto *search = f.window->findChild<QWidget *>(u"patientSearchPanel"_s);
    auto *patient = f.window->findChild<QWidget *>(u"patientPlaceholder"_s);
    return splitter && splitter->isVisible() && search->isVisible() && patient->isVisible();
}

void TestSessionUi::setPinThroughTheDialog(SessionUiFixture &f, const QString &pin)
{
    QTRY_VERIFY(f.sessionUi().pinDialog());
    renkei::ui::NewSecretDialog *dialog = f.sessionUi().pinDialog();
    QVERIFY(dialog->isVisible());
    shoot(dialog, u"renkei-pin-setup.png"_s);
    dialog->fill(pin, pin + u"x"_s);
    QVERIFY(!dialog->problem().isEmpty()); // the two entries differ
    dialog->fill(pin, pin);
    QVERIFY(dialog->problem().isEmpty());
    dialog->accept();
    QTRY_VERIFY(f.pins->hasPin());
}

void TestSessionUi::shoot(QWidget *widget, const QString &name)
{
    // RENKEI_SCREENSHOT_DIR=/tmp: pictures of the sign-in window and the lock screen to look at.
    const QString dir = qEnvironmentVariable("RENKEI_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(renkei::ui::saveScreenshot(widget, dir + u'/' + name));
}

void TestSessionUi::signInShowsTheUserAndAsksForAPin()
{
    SessionUiFixture f;
    QVERIFY(f.start());
    auto *indicator = f.sessionUi().indicator();
    auto *search
        = f.window->findChild<renkei::ui::EmptyStateWidget *>(u"patientSearchPlaceholder"_s);
    QCOMPARE(indicator->text(), u"サインアウト"_s);
    QCOMPARE(search->title(), u"ネットワークに接続していません"_s);
    QVERIFY(!f.sessionUi().lockAction()->isEnabled());
    QVERIFY(f.sessionUi().signInAction()->isEnabled());

    QVERIFY(f.signInThroughTheDialog());
    QCOMPARE(f.session->status(), Session::Status::SignedIn);
    QVERIFY(indicator->text().contains(u"はなみずき連携ネット"_s));
    QVERIFY(indicator->text().endsWith(u"サインインしました"_s));
    // The status bar makes room for the longer text (nothing cut off).
    QTRY_VERIFY(indicator->width() >= indicator->sizeHint().width());
    QVERIFY(indicator->toolTip().contains(u"まで有効"_s));
    QCOMPARE(search->title(), u"サインインしました"_s);
    QTRY_VERIFY(!f.sessionUi().signInDialog()); // closed itself
    QVERIFY(f.sessionUi().lockAction()->isEnabled());
    QVERIFY(f.sessionUi().signOutAction()->isEnabled());
    QCOMPARE(f.window->windowTitle(), u"地域医療連携ビューア"_s);
    // The refresh token went to the (test) keychain.
    auto stored = f.keychain->load(renkei::net::refreshTokenScope(u"hanamizuki"_s, u"default"_s));
    QVERIFY(stored && stored->has_value());

    // First sign-in: the unlock PIN is asked for.
    setPinThroughTheDialog(f, u"246810"_s);

    // In English too.
    QVERIFY(f.languages->setLanguage(u"en"_s));
    QTRY_VERIFY(indicator->text().endsWith(u"Signed in"_s));
    QCOMPARE(f.sessionUi().lockAction()->text(), u"&Lock Screen"_s);
}

void TestSessionUi::locksOnIdleAndTheRightPinUnlocks()
{
    SessionUiFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signInThroughTheDialog());
    setPinThroughTheDialog(f, u"246810"_s);
    auto *stack = f.window->findChild<QStackedWidget *>(u"mainStack"_s);
    renkei::ui::IdleWatcher *idle = f.sessionUi().idleWatcher();
    QCOMPARE(idle->timeoutSeconds(), 600); // the default, 10 minutes
    QVERIFY(patientAreaVisible(f));

    idle->noteActivity();
    f.idleClock.advance(599);
    idle->checkNow();
    QVERIFY(!f.sessionUi().screenLock()->isLocked());
    f.idleClock.advance(2);
    idle->checkNow();
    QVERIFY(f.sessionUi().screenLock()->isLocked());
    QCOMPARE(stack->currentWidget(), f.sessionUi().lockScreen());
    QVERIFY(f.sessionUi().lockScreen()->isVisible());
    QVERIFY(!patientAreaVisible(f));
    QVERIFY(!f.window->menuBar()->isEnabled());
    QCOMPARE(f.window->windowTitle(), u"地域医療連携ビューア"_s);
    QCOMPARE(f.sessionUi().lockScreen()->mode(), renkei::ui::LockScreen::Mode::Pin);
    QTRY_VERIFY(
        f.sessionUi().indicator()->width() >= f.sessionUi().indicator()->sizeHint().width());
    shoot(f.window.get(), u"renkei-lock-screen.png"_s);

    f.typePin(u"135790"_s);
    QVERIFY(f.sessionUi().screenLock()->isLocked());
    QCOMPARE(f.sessionUi().lockScreen()->message(), u"PIN が違います。残り 4 回です。"_s);
    QVERIFY(!patientAreaVisible(f));
    shoot(f.window.get(), u"renkei-lock-wrong-pin.png"_s);

    // The lock screen follows a language switch.
    auto *title = f.sessionUi().lockScreen()->findChild<QLabel *>(u"lockTitle"_s);
    QCOMPARE(title->text(), u"画面をロックしました"_s);
    QVERIFY(f.languages->setLanguage(u"en"_s));
    QTRY_COMPARE(title->text(), u"Screen locked"_s);
    QVERIFY(f.languages->setLanguage(u"ja"_s));
    QTRY_COMPARE(title->text(), u"画面をロックしました"_s);

    f.typePin(u"246810"_s);
    QVERIFY(!f.sessionUi().screenLock()->isLocked());
    QVERIFY(patientAreaVisible(f));
    QVERIFY(f.window->menuBar()->isEnabled());
    QCOMPARE(f.pins->failedAttempts(), 0);
    // The unlock counts as activity: no immediate lock again.
    idle->checkNow();
    QVERIFY(!f.sessionUi().screenLock()->isLocked());
}

void TestSessionUi::ctrlLLocksAtOnce()
{
    SessionUiFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signInThroughTheDialog());
    setPinThroughTheDialog(f, u"246810"_s);
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QCOMPARE(f.sessionUi().lockAction()->shortcut(), QKeySequence(u"Ctrl+L"_s));
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(f.sessionUi().screenLock()->isLocked());
    QVERIFY(!patientAreaVisible(f));
    QVERIFY(!f.sessionUi().lockAction()->isEnabled());
    f.typePin(u"246810"_s);
    QVERIFY(!f.sessionUi().screenLock()->isLocked());
    // The menu entry does the same.
    f.sessionUi().lockAction()->trigger();
    QVERIFY(f.sessionUi().screenLock()->isLocked());
}

void TestSessionUi::fiveWrongPinsNeedAFreshSignIn()
{
    SessionUiFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signInThroughTheDialog());
    setPinThroughTheDialog(f, u"246810"_s);
    f.sessionUi().lockAction()->trigger();
    for (int i = 0; i < renkei::ui::PinStore::kMaxAttempts; ++i)
        f.typePin(u"000000"_s);
    renkei::ui::LockScreen *lock = f.sessionUi().lockScreen();
    QCOMPARE(lock->mode(), renkei::ui::LockScreen::Mode::SignInOnly);
    QCOMPARE(lock->message(), u"PIN を 5 回間違えました。"_s);
    QVERIFY(!lock->findChild<QLineEdit *>(u"lockPin"_s)->isVisible());
    QVERIFY(f.sessionUi().screenLock()->isLocked());
    shoot(f.window.get(), u"renkei-lock-signin-only.png"_s);

    // "Sign in again" opens the sign-in window; a fresh sign-in unlocks and clears the count.
    auto *again = lock->findChild<QPushButton *>(u"lockSignIn"_s);
    QVERIFY(again && again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY(f.sessionUi().signInDialog());
    QSignalSpy signedIn(f.session.get(), &Session::signedIn);
    f.sessionUi().signInDialog()->startSignIn();
    QVERIFY(signedIn.wait(15000));
    QVERIFY(!f.sessionUi().screenLock()->isLocked());
    QVERIFY(patientAreaVisible(f));
    QCOMPARE(f.pins->failedAttempts(), 0);
    QVERIFY(f.pins->hasPin());
}

void TestSessionUi::failedUnlocksAreAudited()
{
    SessionUiFixture f;
    renkei::crypto::MemoryKeyStore keys;
    auto log = renkei::audit::AuditLog::open(
        f.dir.filePath(u"audit.sqlite"_s), keys, { u"hanamizuki"_s, u"doctor1"_s, u"ws-1"_s });
    QVERIFY(log);
    QVERIFY(f.start());
    f.sessionUi().screenLock()->setAuditLog(log->get());
    QVERIFY(f.signInThroughTheDialog());
    setPinThroughTheDialog(f, u"246810"_s);
    f.sessionUi().lockAction()->trigger();
    f.typePin(u"111111"_s);
    f.typePin(u"246810"_s);
    const auto read = (*log)->read();
    QVERIFY(read);
    QCOMPARE(read->records.size(), 1);
    QCOMPARE(read->records.at(0).action, renkei::audit::Action::FailedUnlock);
    QCOMPARE(read->records.at(0).details.outcome, renkei::audit::Outcome::Failure);
    QVERIFY(!read->records.at(0).details.reason.contains(u"111111"_s));
}

void TestSessionUi::revokedSessionShowsExpired()
{
    SessionUiFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signInThroughTheDialog());
    // The network withdraws the grant; the next renewal is refused.
    auto stored = f.keychain->load(renkei::net::refreshTokenScope(u"hanamizuki"_s, u"default"_s));
    QVERIFY(stored && stored->has_value());
    renkei::test::RequestOptions revoke;
    revoke.method = "POST";
    revoke.contentType = "application/x-www-form-urlencoded";
    revoke.body
        = renkei::test::form({ { u"token"_s, QString::fromLatin1((*stored)->view().toByteArray()) },
            { u"client_id"_s, u"renkei-viewer"_s } });
    QCOMPARE(
        renkei::test::fetch(*f.nam, renkei::test::at(*f.server, u"/revoke"_s), revoke).status, 200);
    QSignalSpy expired(f.session.get(), &Session::expired);
    f.session->oauth()->refreshAccessToken(f.session.get(), [](const renkei::Result<void> &) {});
    QVERIFY(expired.wait(10000));
    QCOMPARE(f.session->status(), Session::Status::Expired);
    QCOMPARE(f.sessionUi().indicator()->text(),
        u"はなみずき連携ネット  ·  セッション期限切れ：再度サインインしてください"_s);
}

void TestSessionUi::signOutReturnsToSignedOut()
{
    SessionUiFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signInThroughTheDialog());
    setPinThroughTheDialog(f, u"246810"_s);
    QSignalSpy signedOut(f.session.get(), &Session::signedOut);
    f.sessionUi().signOutAction()->trigger();
    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(f.session->status(), Session::Status::SignedOut);
    QCOMPARE(f.sessionUi().indicator()->text(), u"サインアウト"_s);
    QVERIFY(!f.pins->hasPin()); // the next user sets their own
    auto stored = f.keychain->load(renkei::net::refreshTokenScope(u"hanamizuki"_s, u"default"_s));
    QVERIFY(stored && !stored->has_value()); // wiped
    QVERIFY(f.session->oauth()->accessToken().isEmpty());
    auto *search
        = f.window->findChild<renkei::ui::EmptyStateWidget *>(u"patientSearchPlaceholder"_s);
    QCOMPARE(search->title(), u"サインインしていません"_s);
    QVERIFY(!f.sessionUi().signOutAction()->isEnabled());
    QVERIFY(!f.sessionUi().lockAction()->isEnabled());
}

void TestSessionUi::noIdleLockWhenSignedOut()
{
    SessionUiFixture f;
    QVERIFY(f.start());
    f.idleClock.advance(3600);
    f.sessionUi().idleWatcher()->checkNow();
    QVERIFY(!f.sessionUi().screenLock()->isLocked());
}

void TestSessionUi::startResumesTheStoredSessionOrAsks()
{
    SessionUiFixture f;
    QVERIFY(f.start());
    // Nothing stored yet: the sign-in window opens.
    f.sessionUi().startSession();
    QTRY_VERIFY(f.sessionUi().signInDialog());
    QVERIFY(f.sessionUi().signInDialog()->isVisible());
    QSignalSpy signedIn(f.session.get(), &Session::signedIn);
    f.sessionUi().signInDialog()->startSignIn();
    QVERIFY(signedIn.wait(15000));
    setPinThroughTheDialog(f, u"246810"_s);

    if (qEnvironmentVariableIntValue("RENKEI_EXPECT_KEYCHAIN") == 1) {
        // The real keychain answered: it is where the sign-in went.
        QCOMPARE(f.vaults->probeKeychain().has_value(), false);
        QCOMPARE(f.vaults->mode(), renkei::ui::TokenVaults::Mode::Keychain);
    }
    // The next start resumes from the stored refresh token: no browser, no dialog.
    QVERIFY(f.restart());
    QCOMPARE(f.session->status(), Session::Status::SignedOut);
    QSignalSpy resumed(f.session.get(), &Session::signedIn);
    f.sessionUi().startSession();
    QVERIFY(resumed.wait(15000));
    QCOMPARE(f.session->profile().id, u"hanamizuki"_s);
    QVERIFY(!f.sessionUi().signInDialog());
    QVERIFY(!f.browser->isBusy());
    QVERIFY(f.pins->hasPin()); // the PIN stays: the same user carries on
    QVERIFY(!f.sessionUi().pinDialog());
}

void TestSessionUi::lockingCancelsDialogsAndHidesOtherWindows()
{
    SessionUiFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signInThroughTheDialog());
    setPinThroughTheDialog(f, u"246810"_s);
    // A dialog (it could be a print preview) and another window (a detached view) are open.
    QDialog dialog(f.window.get());
    dialog.show();
    QWidget other;
    other.setWindowTitle(u"detached"_s);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    f.sessionUi().lockAction()->trigger();
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!other.isVisible());
    f.typePin(u"246810"_s);
    QVERIFY(!f.sessionUi().screenLock()->isLocked());
    QVERIFY(other.isVisible()); // back
    QVERIFY(!dialog.isVisible()); // cancelled for good
}

namespace {
QStringList *g_log = nullptr;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(QString::fromLatin1(context.category) + u' ' + message);
}
} // namespace

void TestSessionUi::nothingSecretInTheLog()
{
    // Every category on at every level, over sign-in, PIN, lock, wrong and right PIN, renewal
    // and sign-out: no token, code, password, PIN or one-time code may appear.
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    QStringList log;
    g_log = &log;
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QStringList secrets;
    {
        SessionUiFixture f;
        QVERIFY(f.start());
        QVERIFY(f.signInThroughTheDialog());
        secrets.append(QString::fromLatin1(f.session->oauth()->accessToken().view().toByteArray()));
        auto stored
            = f.keychain->load(renkei::net::refreshTokenScope(u"hanamizuki"_s, u"default"_s));
        QVERIFY(stored && stored->has_value());
        secrets.append(QString::fromLatin1((*stored)->view().toByteArray()));
        setPinThroughTheDialog(f, u"975312"_s);
        f.sessionUi().lockAction()->trigger();
        f.typePin(u"864200"_s);
        f.typePin(u"975312"_s);
        QSignalSpy renewed(f.session.get(), &Session::renewed);
        f.session->oauth()->refreshAccessToken(
            f.session.get(), [](const renkei::Result<void> &) {});
        QVERIFY(renewed.wait(10000));
        secrets.append(QString::fromLatin1(f.session->oauth()->accessToken().view().toByteArray()));
        f.sessionUi().signOutAction()->trigger();
    }
    qInstallMessageHandler(previous);
    g_log = nullptr;
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(log.size() > 10);
    QVERIFY(log.join(u'\n').contains(u"renkei.ui"_s));
    secrets.append({ u"975312"_s, u"864200"_s, renkei::test::kPassword });
    for (const QString &line : std::as_const(log)) {
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!line.contains(secret), qPrintable(line));
        }
        QVERIFY2(!line.contains(u"code="_s), qPrintable(line));
        QVERIFY2(!line.contains(u"otp"_s, Qt::CaseInsensitive), qPrintable(line));
    }
}

QTEST_MAIN(TestSessionUi)
#include "testsessionui.moc"
