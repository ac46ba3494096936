#include "sessionuifixture.h"

#include "lockscreen.h"
#include "net/keychaintokenvault.h"
#include "signindialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace renkei::test {

SessionUiFixture::SessionUiFixture() = default;

SessionUiFixture::~SessionUiFixture()
{
    window.reset();
    browser.reset();
    session.reset();
    nam.reset();
    server.reset();
}

crypto::ScryptParams SessionUiFixture::cheapScrypt()
{
    crypto::ScryptParams p;
    p.n = 1 << 10;
    return p;
}

net::NetworkProfile SessionUiFixture::profile() const
{
    net::NetworkProfile p;
    p.id = u"hanamizuki"_s;
    p.displayName = u"はなみずき連携ネット"_s;
    p.fhirBaseUrl = server->url();
    p.clientId = u"renkei-viewer"_s;
    p.scopes = { u"openid"_s, u"offline_access"_s, u"user/*.read"_s };
    return p;
}

bool SessionUiFixture::start()
{
    QSettings().clear();
    server = std::make_unique<demo::DemoServer>(smallDataset());
    if (!server->start(0, {}))
        return false;
    settings = std::make_unique<QSettings>(dir.filePath(u"renkei.ini"_s), QSettings::IniFormat);
    profiles = std::make_unique<net::ProfileStore>(*settings);
    if (!profiles->save(profile()))
        return false;
    pins = std::make_unique<ui::PinStore>(*settings, cheapScrypt());
    std::unique_ptr<net::TokenVault> vault;
    if (qEnvironmentVariableIntValue("RENKEI_EXPECT_KEYCHAIN") == 1)
        vault = std::make_unique<net::KeychainTokenVault>(u"Renkei Viewer Test"_s);
    else
        vault = std::make_unique<net::MemoryTokenVault>();
    keychain = vault.get();
    vaults = std::make_unique<ui::TokenVaults>(std::move(vault), dir.filePath(u"tokens"_s),
        dir.filePath(u"tokens.keyparams"_s), cheapScrypt());
    nam = std::make_unique<QNetworkAccessManager>();
    languages = std::make_unique<ui::LanguageManager>();
    if (!languages->setLanguage(u"ja"_s))
        return false;
    return openWindow();
}

bool SessionUiFixture::restart()
{
    window.reset();
    browser.reset();
    session.reset();
    return openWindow();
}

bool SessionUiFixture::openWindow()
{
    session = std::make_unique<ui::Session>(*nam);
    browser = std::make_unique<demo::DemoSignIn>(
        *nam, demo::DemoSignIn::Account { u"doctor1"_s, kPassword });
    session->setUrlHandler([b = browser.get()](const QUrl &url) { b->open(url); });
    window = std::make_unique<ui::MainWindow>(*languages, ui::NetworkMode::Offline);
    ui::SessionContext context;
    context.session = session.get();
    context.vaults = vaults.get();
    context.pins = pins.get();
    context.profiles = profiles.get();
    context.clock = idleClock.clock();
    window->attachSession(context);
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

bool SessionUiFixture::signInThroughTheDialog()
{
    sessionUi().openSignIn();
    ui::SignInDialog *dialog = sessionUi().signInDialog();
    if (!dialog)
        return false;
    QSignalSpy signedIn(session.get(), &ui::Session::signedIn);
    dialog->startSignIn();
    return signedIn.wait(15000);
}

void SessionUiFixture::typePin(const QString &pin)
{
    auto *field = sessionUi().lockScreen()->findChild<QLineEdit *>(u"lockPin"_s);
    QVERIFY(field);
    QVERIFY(field->isVisible());
    field->setFocus();
    QTest::keyClicks(field, pin);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace renkei::test
