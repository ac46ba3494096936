// The sign-in window against a real demo server on loopback: the steps as they happen, Cancel,
// errors in plain Japanese (network down, a revoked session), the keychain fallback (a
// passphrase), and an unattended workstation (client credentials, no browser).
#include "demo/demoserverfixture.h"
#include "demo/demosignin.h"
#include "languagemanager.h"
#include "net/profilesecrets.h"
#include "newsecretdialog.h"
#include "screenshot.h"
#include "session.h"
#include "signindialog.h"
#include "tokenvaults.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using renkei::Error;
using renkei::ui::Session;
using renkei::ui::SignInDialog;
using renkei::ui::TokenVaults;

namespace {

// A keychain that is not there (no Secret Service), as on a server without a desktop.
class NoKeychain final : public renkei::net::TokenVault {
public:
    static Error error()
    {
        return Error { Error::Kind::Unavailable, u"org.freedesktop.secrets was not provided"_s, {},
            {}, u"no-secret-service"_s };
    }
    renkei::Result<void> store(const QString &, const renkei::crypto::SecretBytes &) override
    {
        return error();
    }
    renkei::Result<std::optional<renkei::crypto::SecretBytes>> load(const QString &) override
    {
        return error();
    }
    renkei::Result<void> remove(const QString &) override { return error(); }
};

renkei::crypto::ScryptParams cheap()
{
    renkei::crypto::ScryptParams p;
    p.n = 1 << 10;
    return p;
}

} // namespace

class TestSignInDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStepsAndCancels();
    void networkDownIsWorded();
    void revokedSessionAsksToSignInAgain();
    void noKeychainOffersAPassphrase();
    void unattendedWorkstationNeedsNoBrowser();
    void noNetworkConfigured();
    void demoSignsInWithoutTheBrowser();

private:
    renkei::net::NetworkProfile profile() const;
    static Session::Options fastOptions();
    void makeSession(std::unique_ptr<renkei::net::TokenVault> keychain);
    static QString stepText(const SignInDialog &dialog, int index);
    static void shoot(QWidget *widget, const QString &name);

    renkei::ui::LanguageManager m_languages;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<renkei::demo::DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    renkei::net::TokenVault *m_keychain = nullptr;
    std::unique_ptr<TokenVaults> m_vaults;
    std::unique_ptr<Session> m_session;
    QUrl m_opened;
};

void TestSignInDialog::initTestCase()
{
    QVERIFY(m_languages.setLanguage(u"ja"_s));
}

void TestSignInDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<renkei::demo::DemoServer>(renkei::test::smallDataset());
    QVERIFY(m_server->start(0, {}));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_opened = QUrl();
}

void TestSignInDialog::cleanup()
{
    m_session.reset();
    m_vaults.reset();
    m_nam.reset();
    m_server.reset();
}

void TestSignInDialog::makeSession(std::unique_ptr<renkei::net::TokenVault> keychain)
{
    m_keychain = keychain.get();
    m_vaults = std::make_unique<TokenVaults>(std::move(keychain), m_dir->filePath(u"tokens"_s),
        m_dir->filePath(u"tokens.keyparams"_s), cheap());
    m_session = std::make_unique<Session>(*m_nam);
    // A "browser" that only remembers where it was sent: the sign-in waits there.
    m_session->setUrlHandler([this](const QUrl &url) { m_opened = url; });
}

renkei::net::NetworkProfile TestSignInDialog::profile() const
{
    renkei::net::NetworkProfile p;
    p.id = u"hanamizuki"_s;
    p.displayName = u"はなみずき連携ネット"_s;
    p.fhirBaseUrl = m_server->url();
    p.clientId = u"renkei-viewer"_s;
    p.scopes = { u"openid"_s, u"offline_access"_s, u"user/*.read"_s };
    return p;
}

Session::Options TestSignInDialog::fastOptions()
{
    Session::Options o;
    o.transport.retry.baseDelayMs = 10;
    o.transport.retry.maxDelayMs = 40;
    return o;
}

QString TestSignInDialog::stepText(const SignInDialog &dialog, int index)
{
    auto *label = dialog.findChild<QLabel *>(u"step%1"_s.arg(index));
    return label && label->isVisible() ? label->text() : QString();
}

void TestSignInDialog::shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RENKEI_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(renkei::ui::saveScreenshot(widget, dir + u'/' + name));
}

void TestSignInDialog::showsTheStepsAndCancels()
{
    makeSession(std::make_unique<renkei::net::MemoryTokenVault>());
    SignInDialog dialog(*m_session, *m_vaults, { profile() });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"サインイン"_s);
    auto *signIn = dialog.findChild<QPushButton *>(u"signInButton"_s);
    auto *cancel = dialog.findChild<QPushButton *>(u"cancelButton"_s);
    QCOMPARE(signIn->text(), u"サインイン"_s);
    QCOMPARE(cancel->text(), u"閉じる"_s);
    shoot(&dialog, u"renkei-signin.png"_s);

    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY(!m_opened.isEmpty()); // the browser was sent to the authorize page
    QCOMPARE(m_opened.path(), u"/authorize"_s);
    QVERIFY(dialog.isWorking());
    QCOMPARE(stepText(dialog, 0), u"ネットワークに接続しています"_s);
    QCOMPARE(stepText(dialog, 1), u"ブラウザでサインインしてください…"_s); // the current step
    QCOMPARE(stepText(dialog, 2), u"サインインを確認しています"_s);
    QVERIFY(!signIn->isEnabled());
    QCOMPARE(cancel->text(), u"サインインを中止"_s);
    QCOMPARE(m_session->status(), Session::Status::SigningIn);
    shoot(&dialog, u"renkei-signin-waiting.png"_s);

    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(m_session->status(), Session::Status::SignedOut);
    QVERIFY(dialog.isVisible()); // the first Cancel stops the sign-in, the window stays
    QCOMPARE(dialog.errorTitle(), u"サインインを取り消しました"_s);
    QVERIFY(signIn->isEnabled());
    QCOMPARE(cancel->text(), u"閉じる"_s);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestSignInDialog::networkDownIsWorded()
{
    makeSession(std::make_unique<renkei::net::MemoryTokenVault>());
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    renkei::net::NetworkProfile down = profile();
    down.id = u"down"_s;
    down.displayName = u"つながらないネット"_s;
    down.fhirBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    QVERIFY(m_session->setProfile(down, m_vaults->vaultFor(down), fastOptions()));
    SignInDialog dialog(*m_session, *m_vaults, { down });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startSignIn();
    // Discovery cannot connect (after its retries); that is what the user hears.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.errorTitle(), u"ネットワークに接続できません"_s, 15000);
    QVERIFY(!dialog.isWorking());
    const auto *detail = dialog.findChild<QLabel *>(u"errorDetail"_s);
    QVERIFY(!detail->text().isEmpty());
    QVERIFY(!detail->text().contains(QString::number(port)));
    QCOMPARE(dialog.findChild<QPushButton *>(u"signInButton"_s)->text(), u"もう一度サインイン"_s);

    // With its own endpoints, the token request itself meets the closed port.
    down.authorizationEndpoint = QUrl(u"http://127.0.0.1:%1/authorize"_s.arg(port));
    down.tokenEndpoint = QUrl(u"http://127.0.0.1:%1/token"_s.arg(port));
    down.signInMethod = renkei::net::SignInMethod::ClientCredentials;
    down.id = u"down2"_s;
    QVERIFY(m_session->setProfile(down, m_vaults->vaultFor(down), fastOptions()));
    SignInDialog second(*m_session, *m_vaults, { down });
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    second.startSignIn();
    QTRY_COMPARE_WITH_TIMEOUT(second.errorTitle(), u"ネットワークに接続できません"_s, 15000);
    shoot(&second, u"renkei-signin-error.png"_s);
}

void TestSignInDialog::revokedSessionAsksToSignInAgain()
{
    makeSession(std::make_unique<renkei::net::MemoryTokenVault>());
    // A stored refresh token the network no longer knows (revoked, expired).
    QVERIFY(m_keychain->store(renkei::net::refreshTokenScope(u"hanamizuki"_s, u"default"_s),
        renkei::crypto::SecretBytes::copyOf(QByteArray("withdrawn-refresh-token"))));
    QVERIFY(m_session->setProfile(profile(), m_vaults->vaultFor(profile())));
    SignInDialog dialog(*m_session, *m_vaults, { profile() });
    dialog.show();
    m_session->resume();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.errorTitle(), u"もう一度サインインしてください"_s, 15000);
    QCOMPARE(m_session->status(), Session::Status::Expired);
}

void TestSignInDialog::noKeychainOffersAPassphrase()
{
    makeSession(std::make_unique<NoKeychain>());
    SignInDialog dialog(*m_session, *m_vaults, { profile() });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = dialog.findChild<QFrame *>(u"keychainNote"_s);
    auto *text = dialog.findChild<QLabel *>(u"keychainText"_s);
    auto *button = dialog.findChild<QPushButton *>(u"passphraseButton"_s);
    QVERIFY(note->isVisible());
    QVERIFY(text->text().contains(u"キーチェーンのサービス"_s));
    QVERIFY(text->text().contains(u"パスフレーズ"_s));
    QVERIFY(button->isVisible());
    QCOMPARE(m_vaults->mode(), TokenVaults::Mode::SessionOnly);
    shoot(&dialog, u"renkei-signin-no-keychain.png"_s);

    // The passphrase dialog is modal: answer it once it is up.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *ask = qobject_cast<renkei::ui::NewSecretDialog *>(QApplication::activeModalWidget());
        if (!ask)
            return;
        ask->fill(u"correct horse battery"_s, u"correct horse battery"_s);
        answered = true;
        ask->accept();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(m_vaults->mode(), TokenVaults::Mode::Passphrase);
    QVERIFY(QFile::exists(m_dir->filePath(u"tokens.keyparams"_s)));
    QVERIFY(!button->isVisible());
    QVERIFY(text->text().contains(u"パスフレーズで暗号化"_s));

    // Signing in now keeps the refresh token in the sealed files, not in memory only.
    renkei::demo::DemoSignIn browser(
        *m_nam, renkei::demo::DemoSignIn::Account { u"doctor1"_s, renkei::test::kPassword });
    m_session->setUrlHandler([&browser](const QUrl &url) { browser.open(url); });
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    dialog.startSignIn();
    QVERIFY(signedIn.wait(15000));
    QVERIFY(!QDir(m_dir->filePath(u"tokens"_s)).entryList(QDir::Files).isEmpty());
}

void TestSignInDialog::unattendedWorkstationNeedsNoBrowser()
{
    makeSession(std::make_unique<renkei::net::MemoryTokenVault>());
    renkei::net::NetworkProfile batch = profile();
    batch.id = u"batch"_s;
    batch.clientId = u"renkei-batch"_s;
    batch.scopes = { u"system/*.read"_s };
    batch.signInMethod = renkei::net::SignInMethod::ClientCredentials;
    QVERIFY(m_keychain->store(renkei::net::clientSecretScope(u"batch"_s),
        renkei::crypto::SecretBytes::copyOf(QByteArray("renkei-batch-demo-secret"))));
    SignInDialog dialog(*m_session, *m_vaults, { batch });
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(u"networkDetail"_s)->text().contains(u"無人端末"_s));
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    dialog.startSignIn();
    QCOMPARE(stepText(dialog, 1), u"この端末を認証しています"_s);
    QVERIFY(stepText(dialog, 2).isEmpty()); // two steps only
    QVERIFY(signedIn.wait(15000));
    QVERIFY(m_opened.isEmpty()); // no browser
    QTRY_VERIFY(!dialog.isVisible()); // closes itself when signed in
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSignInDialog::noNetworkConfigured()
{
    makeSession(std::make_unique<renkei::net::MemoryTokenVault>());
    SignInDialog dialog(*m_session, *m_vaults, {});
    dialog.show();
    QVERIFY(!dialog.findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"networkDetail"_s)->text().contains(u"管理者"_s));
    dialog.startSignIn(); // nothing happens
    QCOMPARE(m_session->status(), Session::Status::SignedOut);
}

void TestSignInDialog::demoSignsInWithoutTheBrowser()
{
    makeSession(std::make_unique<renkei::net::MemoryTokenVault>());
    const auto button = [](const SignInDialog &d) {
        return d.findChild<QPushButton *>(u"automaticSignInButton"_s);
    };
    {
        // No automatic sign-in offered: no such button.
        SignInDialog plain(*m_session, *m_vaults, { profile() });
        plain.show();
        QVERIFY(!button(plain)->isVisible());
    }
    renkei::demo::DemoSignIn doctor(
        *m_nam, renkei::demo::DemoSignIn::Account { u"doctor1"_s, renkei::test::kPassword });
    Session::Options options;
    options.userDisplayName = u"連携 太郎"_s;
    QVERIFY(m_session->setProfile(profile(), m_vaults->memory(), options));
    m_session->setAutomaticSignIn([&doctor](const QUrl &url) { doctor.open(url); });
    SignInDialog dialog(*m_session, *m_vaults, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(button(dialog)->isVisible());
    QCOMPARE(button(dialog)->text(), u"デモ医師として自動でサインイン"_s);
    shoot(&dialog, u"renkei-signin-demo.png"_s);
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    QTest::mouseClick(button(dialog), Qt::LeftButton);
    QVERIFY(signedIn.wait(15000));
    QVERIFY(m_opened.isEmpty()); // the system browser was not used
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(m_session->userLabel(), u"連携 太郎"_s);
    // Through the browser anyone may sign in: the doctor's name is no longer claimed.
    m_session->signOut();
    m_session->signIn();
    QCOMPARE(m_session->userLabel(), QString());
    m_session->cancelSignIn();
}

QTEST_MAIN(TestSignInDialog)
#include "testsignindialog.moc"
