// renkei: the desktop viewer. Command line and wiring only (STYLE.md §1).
#include "appearance.h"
#include "appicon.h"
#include "commandline.h"
#include "demo/demonetwork.h"
#include "demo/demosignin.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "net/keychaintokenvault.h"
#include "net/profilesecrets.h"
#include "net/profilestore.h"
#include "pinstore.h"
#include "screenshot.h"
#include "session.h"
#include "sessionui.h"
#include "tokenvaults.h"
#include "util/buildinfo.h"
#include "util/hardening.h"
#include "util/logging.h"
#include "workspace/screenshottour.h"
#include "workspace/viewerui.h"

#include <QApplication>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    if (!renkei::hardening::disableCoreDumps())
        std::fputs("renkei: warning: could not disable core dumps\n", stderr);
#endif

    // --version and --help before QApplication, which needs a display (or QT_QPA_PLATFORM).
    const renkei::ui::GuiOptions options
        = renkei::ui::parseGuiCommandLine(renkei::ui::argumentsFromArgv(argc, argv));
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "renkei: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.showHelp) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (options.showVersion) {
        std::printf("%s\n", qPrintable(renkei::buildInfo().versionText()));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Renkei"_s);
    QApplication::setApplicationName(u"renkei"_s);
    QApplication::setApplicationVersion(renkei::buildInfo().version);
    QApplication::setWindowIcon(renkei::ui::appIcon());
    // The installed desktop file (installer/linux/): Wayland compositors take the window's icon
    // and name from it.
    QGuiApplication::setDesktopFileName(u"jp.renkei.Viewer"_s);
    renkei::ui::ensureReadableFont();

    renkei::ui::LanguageManager languages;
    const QString language = options.language.isEmpty()
        ? renkei::ui::LanguageManager::savedLanguage(QSettings())
        : options.language;
    if (!languages.setLanguage(language))
        languages.setLanguage(u"en"_s);

    const auto mode
        = options.demo ? renkei::ui::NetworkMode::Demo : renkei::ui::NetworkMode::Offline;
    renkei::ui::MainWindow window(languages, mode);
    if (!options.screenshotPath.isEmpty())
        window.resize(renkei::ui::MainWindow::preferredSize());

    // The session: one QNetworkAccessManager for everything; refresh tokens in the keychain (or
    // the passphrase vault, or memory); the unlock PIN and the profiles in the settings.
    QNetworkAccessManager nam;
    QSettings settings;
    renkei::net::ProfileStore profiles(settings);
    renkei::ui::PinStore pins(settings);
    renkei::ui::TokenVaults vaults(std::make_unique<renkei::net::KeychainTokenVault>(),
        renkei::net::defaultTokenVaultDirectory(), renkei::net::defaultTokenVaultParamsFile());
    renkei::ui::Session session(nam);
    session.setUrlHandler([](const QUrl &url) {
        if (!QDesktopServices::openUrl(url))
            qCWarning(lcApp) << "no browser could be opened for the sign-in";
    });
    renkei::ui::SessionContext context;
    context.session = &session;
    context.vaults = &vaults;
    context.pins = &pins;
    context.profiles = options.demo ? nullptr : &profiles;
    window.attachSession(context);
    window.show();

    // `--demo`: the synthetic regional network runs inside this process, and the demo doctor
    // signs in by itself through the same OAuth flow (DemoSignIn fills in the sign-in page).
    renkei::demo::DemoNetwork demoNetwork;
    std::unique_ptr<renkei::demo::DemoSignIn> demoSignIn;
    if (options.demo) {
        QObject::connect(&demoNetwork, &renkei::demo::DemoNetwork::ready, &window,
            [&window, &demoNetwork, &demoSignIn, &session, &vaults, &nam](const QUrl &url) {
                qCInfo(lcApp) << "demo network ready on port" << url.port();
                window.showDemoNetworkReady(url);
                renkei::demo::DemoAccount doctor;
                for (const auto &account : demoNetwork.server()->accounts()) {
                    if (account.role == u"doctor"_s) {
                        doctor = account;
                        break;
                    }
                }
                renkei::net::NetworkProfile profile;
                profile.id = u"demo"_s;
                profile.displayName = demoNetwork.server()->networkName();
                profile.fhirBaseUrl = url;
                profile.clientId = u"renkei-viewer"_s;
                profile.scopes
                    = { u"openid"_s, u"fhirUser"_s, u"offline_access"_s, u"user/*.read"_s };
                renkei::ui::Session::Options sessionOptions;
                sessionOptions.account = u"demo"_s;
                sessionOptions.userDisplayName = doctor.displayName;
                if (auto chosen = session.setProfile(profile, vaults.memory(), sessionOptions);
                    !chosen) {
                    qCWarning(lcApp) << "the demo profile was refused:" << chosen.error().code;
                    return;
                }
                demoSignIn = std::make_unique<renkei::demo::DemoSignIn>(
                    nam, renkei::demo::DemoSignIn::Account { doctor.userId, doctor.password });
                QObject::connect(demoSignIn.get(), &renkei::demo::DemoSignIn::finished, &session,
                    [&session](bool ok, const QString &reason) {
                        if (ok)
                            return;
                        qCWarning(lcApp) << "the demo sign-in failed:" << reason;
                        session.cancelSignIn();
                    });
                // Also offered in the sign-in window (and so at the lock screen) next to the
                // browser.
                session.setAutomaticSignIn([signIn = demoSignIn.get()](
                                               const QUrl &authorize) { signIn->open(authorize); });
                session.signInAutomatically();
            });
        QObject::connect(&demoNetwork, &renkei::demo::DemoNetwork::failed, &window,
            [&window](const QString &reason) {
                qCWarning(lcApp) << "demo network failed:" << reason;
                window.showDemoNetworkFailed();
            });
        demoNetwork.start();
    } else if (options.screenshotPath.isEmpty()) {
        // A configured network: resume the last session, or open the sign-in window.
        window.sessionUi()->startSession();
    }

    if (!options.screenshotPath.isEmpty()) {
        // Once the event loop has shown and laid out the window (with --demo, once the demo
        // network has started or failed, so the picture shows where it listens).
        const auto grab = [&window, path = options.screenshotPath] {
            QCoreApplication::processEvents();
            const bool saved = renkei::ui::saveScreenshot(&window, path);
            if (!saved)
                std::fprintf(
                    stderr, "renkei: cannot save the screenshot to %s\n", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        const bool tour
            = options.demo && !options.screenshotPath.endsWith(u".png"_s, Qt::CaseInsensitive);
        if (tour) {
            // `--demo --screenshot DIR`: the demo's richest patient, one picture per view and one
            // of the side-by-side layout (ScreenshotTour).
            auto *shots = new renkei::ui::ScreenshotTour(
                window, *window.viewerUi(), options.screenshotPath, &window);
            QObject::connect(shots, &renkei::ui::ScreenshotTour::finished, &window, [](bool ok) {
                if (!ok)
                    std::fputs("renkei: the screenshots could not all be made\n", stderr);
                QCoreApplication::exit(ok ? 0 : 1);
            });
            QObject::connect(
                &session, &renkei::ui::Session::signedIn, &window, [&demoNetwork, shots] {
                    const auto &store = demoNetwork.server()->store();
                    QString richest;
                    qsizetype most = -1;
                    for (const int index : store.ofType(u"Patient"_s)) {
                        const QString id = store.at(index).resource.id;
                        if (store.ofPatient(id).size() > most) {
                            most = store.ofPatient(id).size();
                            richest = id;
                        }
                    }
                    shots->run(richest);
                });
            QObject::connect(&session, &renkei::ui::Session::signInFailed, &window,
                [] { QCoreApplication::exit(1); });
            QObject::connect(&demoNetwork, &renkei::demo::DemoNetwork::failed, &window,
                [] { QCoreApplication::exit(1); });
        } else if (options.demo) {
            // Once the demo doctor is signed in (or the demo network or its sign-in failed).
            QObject::connect(&session, &renkei::ui::Session::signedIn, &window,
                [&window, grab] { QTimer::singleShot(0, &window, grab); });
            QObject::connect(&session, &renkei::ui::Session::signInFailed, &window,
                [&window, grab] { QTimer::singleShot(0, &window, grab); });
            QObject::connect(&demoNetwork, &renkei::demo::DemoNetwork::failed, &window,
                [&window, grab] { QTimer::singleShot(0, &window, grab); });
        } else {
            QTimer::singleShot(0, &window, grab);
        }
    }
    qCInfo(lcApp) << "started" << (options.demo ? "(demo network)" : "(offline)");
    return QApplication::exec();
}
