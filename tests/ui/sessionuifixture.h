#pragma once

#include "demo/demoserverfixture.h"
#include "demo/demosignin.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "net/profilestore.h"
#include "pinstore.h"
#include "session.h"
#include "sessionui.h"
#include "tokenvaults.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

// A main window wired to a real demo server on loopback: the session signs in through the demo
// sign-in page (DemoSignIn as the URL handler), the idle lock runs on a clock the test moves.
namespace renkei::test {

struct SessionUiFixture {
    SessionUiFixture();
    ~SessionUiFixture();
    bool start(); // the demo server, the session, the window (shown)
    // Quits and starts the application again: a new session and window over the same
    // settings, vaults and server (what is stored survives, what is in memory does not).
    bool restart();
    net::NetworkProfile profile() const;
    static crypto::ScryptParams cheapScrypt();
    ui::SessionUi &sessionUi() const { return *window->sessionUi(); }
    // Signs in through the sign-in dialog, as a user would (true when signed in).
    bool signInThroughTheDialog();
    bool openWindow();
    // Types into the lock screen's PIN field and presses Return.
    void typePin(const QString &pin);

    TestClock idleClock;
    QTemporaryDir dir;
    std::unique_ptr<demo::DemoServer> server;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<net::ProfileStore> profiles;
    std::unique_ptr<ui::PinStore> pins;
    // Owned by vaults: in memory, or with RENKEI_EXPECT_KEYCHAIN=1 (the _keychain test, run by
    // tests/support/with-keyring.sh) the real OS keychain through QtKeychain.
    net::TokenVault *keychain = nullptr;
    std::unique_ptr<ui::TokenVaults> vaults;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<demo::DemoSignIn> browser;
    std::unique_ptr<ui::LanguageManager> languages;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace renkei::test
